import type { PayloadRequest } from 'payload'

import { ROLE_LABELS, roleOf } from '../access/roles'
import { idOf, type Id } from './relations'

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
 * Writes one audit entry in the request's transaction: it commits or rolls back with the change itself.
 * An adapter-level insert: the trail has no hooks or access of its own to run, and it is on every save's path.
 */
export async function writeAudit(req: PayloadRequest, entry: AuditEntry): Promise<void> {
  await req.payload.db.create({
    collection: 'audit-log',
    data: {
      ...entry,
      docId: String(entry.docId),
      lead: idOf(entry.lead) as number | null,
      district: idOf(entry.district) as number | null,
      application: (entry.application ?? null) as number | null,
      at: new Date().toISOString(),
      ...actorSnapshot(req),
    },
    req,
    returning: false,
  })
}
