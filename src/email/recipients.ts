// Who receives a notification: one user, several users, everyone of a role, or the applicants of an application
// (users with role applicant whose organisation is the application's lead). System reads inside the caller's transaction.
import type { PayloadRequest, Where } from 'payload'

import type { Role } from '../access/roles'
import type { Lang } from './format'

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

const toRecipient = (u: UserRow): Recipient | null =>
  u.email ? { userId: u.id, email: u.email, name: u.name ?? null, language: u.language === 'en' ? 'en' : 'zh' } : null

async function usersWhere(req: PayloadRequest, where: Where): Promise<Recipient[]> {
  const found = await req.payload.find({
    collection: 'users',
    where,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
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
  const lead = idOf((app as { lead?: unknown } | null)?.lead)
  if (lead === null) return []
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
