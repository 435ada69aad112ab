import type { PayloadRequest } from 'payload'

import { idOf } from '../access/roles'

export type Id = number | string

export { idOf }

/** Loads an application inside the request's transaction, without access checks (a system read). */
export async function loadApplication(req: PayloadRequest, id: Id) {
  return req.payload.findByID({ collection: 'applications', id, depth: 0, overrideAccess: true, req, trash: true })
}

/**
 * Serialises contenders on one parent row: the first write of the transaction takes the row's lock
 * (PostgreSQL) or the database's write lock (SQLite, BEGIN IMMEDIATE), so a concurrent check-then-insert
 * waits for this one to commit and then reads its result. Adapter-neutral: it is an ordinary update.
 */
export async function serializeOn(req: PayloadRequest, collection: 'applications' | 'organizations', id: Id): Promise<void> {
  await req.payload.db.updateOne({
    collection,
    id,
    data: { lockVersion: Date.now() },
    req,
    returning: false,
  })
}
