// Who receives a notification: one user, several users, everyone of a role, or the applicants of an application
// (users with role applicant whose organisation is the application's lead). System reads inside the caller's transaction.
import type { PayloadRequest, Where } from 'payload'

import type { Role } from '../access/roles'
import type { Lang } from './format'
import { inTransaction, rawRows } from '../hooks/relations'

type Id = number | string

export interface Recipient {
  userId: Id | null
  email: string
  name: string | null
  language: Lang
}

export type RecipientSpec =
  | { userId: Id }
  | { userIds: Id[] }
  | { email: string; name?: string; language?: Lang }
  | { role: Role }
  | { applicantsOf: Id }

const idOf = (value: unknown): Id | null => {
  if (value === null || value === undefined) return null
  if (typeof value === 'object') return ((value as { id?: Id }).id ?? null) as Id | null
  return value as Id
}

interface UserRow {
  id: Id
  email?: string | null
  name?: string | null
  language?: string | null
}

export const toRecipient = (u: UserRow): Recipient | null =>
  u.email ? { userId: u.id, email: u.email, name: u.name ?? null, language: u.language === 'en' ? 'en' : 'zh' } : null

async function usersWhere(req: PayloadRequest, where: Where): Promise<Recipient[]> {
  // Adapter-level: a system read of three plain columns, on every queued email's path (users have no trash and
  // no read hooks these columns need).
  const found = await req.payload.db.find({
    collection: 'users',
    where,
    limit: 0,
    pagination: false,
    req,
    sort: 'id',
    select: { email: true, name: true, language: true },
  })
  return (found.docs as unknown as UserRow[]).map(toRecipient).filter((r): r is Recipient => r !== null)
}

/** The applicants of an application: users with role applicant in the application's lead organisation. */
export async function applicantsOf(req: PayloadRequest, applicationId: Id): Promise<Recipient[]> {
  const app = await req.payload.findByID({
    collection: 'applications',
    id: applicationId,
    depth: 0,
    overrideAccess: true,
    req,
    trash: true,
    disableErrors: true,
    select: { lead: true },
  })
  return applicantsOfLead(req, idOf((app as { lead?: unknown } | null)?.lead))
}

/** The applicants of a lead unit (when the caller already knows the application's lead). */
export async function applicantsOfLead(req: PayloadRequest, lead: Id | null): Promise<Recipient[]> {
  if (lead === null) return []
  if (await inTransaction(req)) {
    // A plain SELECT on every recorded payment's path (see hooks/relations rawRows).
    const rows = await rawRows(req, (sql) => sql`SELECT id, email, name, language FROM users WHERE role = 'applicant' AND organization_id = ${Number(lead)} ORDER BY id`)
    return rows.map((r) => toRecipient({ id: Number(r.id), email: r.email as string | null, name: r.name as string | null, language: r.language as string | null })).filter((r): r is Recipient => r !== null)
  }
  return usersWhere(req, { and: [{ role: { equals: 'applicant' } }, { organization: { equals: lead } }] })
}

export async function resolveRecipients(req: PayloadRequest, spec: RecipientSpec): Promise<Recipient[]> {
  if ('email' in spec) {
    return [{ userId: null, email: spec.email, name: spec.name ?? null, language: spec.language === 'en' ? 'en' : 'zh' }]
  }
  if ('userId' in spec) return usersWhere(req, { id: { equals: spec.userId } })
  if ('userIds' in spec) return spec.userIds.length ? usersWhere(req, { id: { in: spec.userIds } }) : []
  if ('role' in spec) return usersWhere(req, { role: { equals: spec.role } })
  return applicantsOf(req, spec.applicantsOf)
}

/** One message to several people is written in English only when every one of them chose English. */
export const languageFor = (recipients: Recipient[]): Lang =>
  recipients.length > 0 && recipients.every((r) => r.language === 'en') ? 'en' : 'zh'
