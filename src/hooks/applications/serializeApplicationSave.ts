import type { CollectionBeforeOperationHook } from 'payload'

import { serializeOn, type Id } from '../relations'

/**
 * An application save rewrites the whole row, server-kept figures included (disbursedTotal, written by each
 * disbursement). Read before a concurrent disbursement commits and written after it, the save would put the old
 * total back. So the save takes the row's lock before Payload reads the row: concurrent disbursements, member
 * changes and transitions on this application wait for it, and it waits for them.
 * Bulk edits lock their rows in id order, so two bulk edits cannot deadlock each other.
 */
export const serializeApplicationSave: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'update') return args
  const request = args.req ?? req
  const id = (args as { id?: Id }).id
  if (id !== undefined && id !== null) {
    await serializeOn(request, 'applications', id)
    return args
  }
  const where = (args as { where?: Record<string, unknown> }).where
  if (!where) return args
  const { docs } = await request.payload.db.find<{ id: Id }>({ collection: 'applications', where: where as never, select: { id: true } as never, pagination: false, sort: 'id', req: request })
  for (const doc of docs) await serializeOn(request, 'applications', doc.id)
  return args
}
