import type { PayloadRequest, SelectType } from 'payload'
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

/**
 * serializeOn, then the row as it now stands. With `select`, only those fields are read: an application has many
 * array and relationship tables, and reading them all is most of a save. (Not through updateOne's `select`:
 * @payloadcms/drizzle 3.90 then answers from UPDATE … RETURNING and drops the selected arrays.)
 */
export async function lockApplication(req: PayloadRequest, id: Id, select?: SelectType): Promise<Application> {
  if (select) {
    await serializeOn(req, 'applications', id)
    const doc = await req.payload.db.findOne({ collection: 'applications', where: { id: { equals: id } }, select, req })
    if (!doc) throw new NotFound(req.t)
    return doc as unknown as Application
  }
  const doc = await req.payload.db.updateOne({ collection: 'applications', id, data: { lockVersion: Date.now() }, req })
  if (!doc) throw new NotFound(req.t)
  return doc as unknown as Application
}
