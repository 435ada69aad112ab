import type { PayloadRequest } from 'payload'

import { idOf, type Id } from './relations'

export interface AuditEntry {
  action: 'transition' | 'change' | 'override' | 'create' | 'delete'
  collectionSlug: string
  docId: Id
  application?: Id | null
  lead?: unknown
  district?: unknown
  transition?: string
  from?: string | null
  to?: string | null
  reason?: string | null
  changes?: Record<string, { from: unknown; to: unknown }>
  summary: string
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
      user: req.user && req.user.collection === 'users' ? (req.user.id as number) : null,
    },
    req,
    returning: false,
  })
}
