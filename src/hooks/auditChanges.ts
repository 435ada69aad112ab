import type { CollectionAfterChangeHook } from 'payload'

import { writeAudit } from './audit'
import { idOf } from './relations'

/** Records creation and every change of the watched fields (money, status, grades). */
export const auditChanges =
  (fields: string[]): CollectionAfterChangeHook =>
  async ({ collection, doc, previousDoc, operation, req }) => {
    const changes: Record<string, { from: unknown; to: unknown }> = {}
    for (const field of fields) {
      const before = operation === 'create' ? undefined : previousDoc?.[field]
      if (JSON.stringify(before) !== JSON.stringify(doc[field])) changes[field] = { from: before ?? null, to: doc[field] ?? null }
    }
    if (Object.keys(changes).length === 0) return doc
    const application = collection.slug === 'applications' ? doc.id : idOf(doc.application)
    await writeAudit(req, {
      action: operation === 'create' ? 'create' : 'change',
      collectionSlug: collection.slug,
      docId: doc.id,
      application,
      lead: doc.lead,
      district: doc.district,
      changes,
      summary: `${collection.slug} #${doc.id}: ${Object.entries(changes)
        .map(([k, v]) => `${k} ${JSON.stringify(v.from)} → ${JSON.stringify(v.to)}`)
        .join('; ')}`.slice(0, 500),
    })
    return doc
  }
