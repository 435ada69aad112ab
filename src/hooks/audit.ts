import type { PayloadRequest } from 'payload'

import { ROLE_LABELS, roleOf } from '../access/roles'
import { knownPerRequest, oncePerRequest, rememberPerRequest } from './perRequest'
import { idOf, inTransaction, rawRows, type Id } from './relations'

export interface AuditEntry {
  action: 'transition' | 'change' | 'override' | 'create' | 'delete' | 'correction'
  collectionSlug: string
  docId: Id
  application?: Id | null
  lead?: unknown
  district?: unknown
  transition?: string
  from?: string | null
  to?: string | null
  reason?: string | null
  /** field → { from, to }: ids and plain values only, never populated records */
  changes?: Record<string, { from: unknown; to: unknown }>
  /** one line in plain Chinese: what happened to what */
  summary: string
}

/** Who acted, as they were then: the entry keeps naming them after their account is deleted. */
export function actorSnapshot(req: PayloadRequest): { user: number | null; actorName: string; actorRole: string } {
  const user = req.user && req.user.collection === 'users' ? req.user : null
  if (!user) return { user: null, actorName: '系统（定时任务）', actorRole: '系统' }
  const role = roleOf(user)
  const name = (user as { name?: unknown }).name
  return {
    user: user.id as number,
    actorName: typeof name === 'string' && name.trim() ? name.trim() : `用户 #${user.id}`,
    actorRole: role ? ROLE_LABELS[role].zh : '—',
  }
}

/**
 * The office that acted, by its own name, as it was then: a district officer's bureau (鄞州区科技局 /
 * Yinzhou District S&T Bureau), the city bureau's name from the site settings, the applicant's unit.
 */
type Office = { actorOffice: string | null; actorOfficeEn: string | null }
const OFFICE = 'actorOffice'

export function actorOffice(req: PayloadRequest): Promise<Office> {
  // Once per request: a bulk transition or an import writes one entry per row for the same person.
  return oncePerRequest(req, OFFICE, () => readActorOffice(req))
}

type SqlTag = Parameters<Parameters<typeof rawRows>[1]>[0]

/**
 * The acting office as SQL expressions read inside the audit INSERT itself (the same rules as readActorOffice),
 * so the first entry of a request costs one statement rather than a lookup and an insert.
 */
function officeExpressions(req: PayloadRequest, sql: SqlTag): [unknown, unknown] {
  const user = req.user && req.user.collection === 'users' ? req.user : null
  const role = roleOf(user)
  if (!user || !role) return [sql`${null}`, sql`${null}`]
  const label = ROLE_LABELS[role]
  if (role === 'district-officer') {
    const id = idOf((user as { district?: unknown }).district)
    if (id === null) return [sql`${label.zh}`, sql`${label.en}`]
    return [
      sql`coalesce((SELECT name || '科技局' FROM districts WHERE id = ${Number(id)} AND coalesce(name, '') <> ''), ${label.zh})`,
      sql`coalesce((SELECT name_en || ' S&T Bureau' FROM districts WHERE id = ${Number(id)} AND coalesce(name, '') <> '' AND coalesce(name_en, '') <> ''), ${label.en})`,
    ]
  }
  if (role === 'city-officer') {
    return [sql`coalesce(nullif((SELECT bureau_name FROM site_settings ORDER BY created_at DESC LIMIT 1), ''), ${label.zh})`, sql`${'City S&T Bureau'}`]
  }
  if (role === 'applicant') {
    const id = idOf((user as { organization?: unknown }).organization)
    if (id === null) return [sql`${label.zh}`, sql`${'Applicant unit'}`]
    return [sql`coalesce((SELECT name FROM organizations WHERE id = ${Number(id)}), ${label.zh})`, sql`${'Applicant unit'}`]
  }
  return [sql`${label.zh}`, sql`${label.en}`]
}

async function readActorOffice(req: PayloadRequest): Promise<{ actorOffice: string | null; actorOfficeEn: string | null }> {
  const user = req.user && req.user.collection === 'users' ? req.user : null
  const role = roleOf(user)
  if (!user || !role) return { actorOffice: null, actorOfficeEn: null }
  const read = <T extends { id: number | string }>(collection: 'districts' | 'organizations', id: unknown) =>
    idOf(id) === null ? Promise.resolve(null) : req.payload.db.findOne<T>({ collection, where: { id: { equals: idOf(id) } }, req })
  if (role === 'district-officer') {
    const district = await read<{ id: number; name?: string; nameEn?: string | null }>('districts', (user as { district?: unknown }).district)
    if (!district?.name) return { actorOffice: ROLE_LABELS[role].zh, actorOfficeEn: ROLE_LABELS[role].en }
    return { actorOffice: `${district.name}科技局`, actorOfficeEn: district.nameEn ? `${district.nameEn} S&T Bureau` : ROLE_LABELS[role].en }
  }
  if (role === 'city-officer') {
    // The stored row only (no hooks or access to run: this is on every save's path); never saved: the role's name.
    const settings = (await req.payload.db.findGlobal({ slug: 'site-settings', req })) as { bureauName?: string | null } | null
    return { actorOffice: settings?.bureauName || ROLE_LABELS[role].zh, actorOfficeEn: 'City S&T Bureau' }
  }
  if (role === 'applicant') {
    const unit = await read<{ id: number; name?: string }>('organizations', (user as { organization?: unknown }).organization)
    return { actorOffice: unit?.name ?? ROLE_LABELS[role].zh, actorOfficeEn: 'Applicant unit' }
  }
  return { actorOffice: ROLE_LABELS[role].zh, actorOfficeEn: ROLE_LABELS[role].en }
}

/**
 * Writes one audit entry in the request's transaction: it commits or rolls back with the change itself.
 * An adapter-level insert: the trail has no hooks or access of its own to run, and it is on every save's path.
 */
export async function writeAudit(req: PayloadRequest, entry: AuditEntry): Promise<void> {
  const now = new Date().toISOString()
  const actor = actorSnapshot(req)
  const row = {
    ...entry,
    docId: String(entry.docId),
    lead: idOf(entry.lead) as number | null,
    district: idOf(entry.district) as number | null,
    application: (entry.application ?? null) as number | null,
    at: now,
    ...actor,
  }
  if (await inTransaction(req)) {
    // One plain INSERT in the request's transaction: the adapter's create costs more than the statement, and
    // this runs on every audited save. The columns are the collection's own (collections/AuditLog.ts). The office
    // is read by the INSERT itself the first time in a request and returned for the request's later entries.
    const n = (v: unknown) => (v === undefined ? null : v)
    const known = await knownPerRequest<Office>(req, OFFICE)?.catch(() => undefined)
    const [inserted] = await rawRows(req, (sql) => {
      const [office, officeEn] = known ? [sql`${known.actorOffice}`, sql`${known.actorOfficeEn}`] : officeExpressions(req, sql)
      return sql`INSERT INTO audit_log (at, action, collection_slug, doc_id, application_id, lead_id, district_id, transition, "from", "to", reason, changes, summary, user_id, actor_name, actor_role, actor_office, actor_office_en, updated_at, created_at)
      VALUES (${now}, ${row.action}, ${row.collectionSlug}, ${row.docId}, ${n(row.application === null ? null : Number(row.application))}, ${row.lead === null ? null : Number(row.lead)}, ${row.district === null ? null : Number(row.district)}, ${n(row.transition)}, ${n(row.from)}, ${n(row.to)}, ${n(row.reason)}, ${row.changes === undefined ? null : JSON.stringify(row.changes)}, ${row.summary}, ${actor.user}, ${actor.actorName}, ${actor.actorRole}, ${office}, ${officeEn}, ${now}, ${now})
      RETURNING actor_office, actor_office_en`
    })
    if (!known && inserted) rememberPerRequest<Office>(req, OFFICE, { actorOffice: (inserted.actor_office as string | null) ?? null, actorOfficeEn: (inserted.actor_office_en as string | null) ?? null })
    return
  }
  await req.payload.db.create({ collection: 'audit-log', data: { ...row, ...(await actorOffice(req)) }, req, returning: false })
}
