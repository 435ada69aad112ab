import type { PayloadRequest } from 'payload'
import { NotFound } from 'payload'

import type { Application } from '../payload-types'

import { idOf } from '../access/roles'

export type Id = number | string

export { idOf }

/**
 * Loads an application inside the request's transaction: a system read at the adapter level (no access,
 * no read hooks), since the hooks that call it run on every save and need only the stored values.
 */
export async function loadApplication(req: PayloadRequest, id: Id): Promise<Application> {
  const doc = await req.payload.db.findOne<Application>({ collection: 'applications', where: { id: { equals: id } }, req })
  if (!doc) throw new NotFound(req.t)
  return doc
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

/** serializeOn and loadApplication in one statement: the locking write returns the row as it now stands. */
export async function lockApplication(req: PayloadRequest, id: Id): Promise<Application> {
  const doc = await req.payload.db.updateOne({ collection: 'applications', id, data: { lockVersion: Date.now() }, req })
  if (!doc) throw new NotFound(req.t)
  return doc as unknown as Application
}
