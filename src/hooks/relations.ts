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
  // No join fields (members, agreements, …): reading them cost each save of a child a scan of its siblings, which
  // made a members import quadratic.
  const doc = await req.payload.db.findOne<Application>({ collection: 'applications', where: { id: { equals: id } }, joins: false as never, req })
  if (!doc) throw new NotFound(req.t)
  return doc
}

/**
 * Serialises contenders on one parent row, so a concurrent check-then-insert waits for this one to commit and then
 * reads its result. Without writing the row (an application is wide: rewriting it for a lock cost more than the
 * check it guards):
 * - PostgreSQL: `SELECT … FOR UPDATE` takes the row's lock for the rest of the transaction;
 * - SQLite: every transaction begins IMMEDIATE (config/database.ts), so the transaction already holds the
 *   database's write lock from its first statement: nothing more to take;
 * - no transaction (or another adapter): an ordinary update of lockVersion, as before.
 */
export async function serializeOn(req: PayloadRequest, collection: 'applications' | 'organizations', id: Id): Promise<void> {
  const db = req.payload.db as unknown as { name: string; sessions?: Record<string, { db: unknown }>; tables?: Record<string, unknown> }
  const transactionID = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  const session = transactionID ? db.sessions?.[String(transactionID)]?.db : undefined
  if (session && db.name === 'sqlite') return
  const table = db.tables?.[collection.replace(/-/g, '_')]
  if (session && db.name === 'postgres' && table) {
    const sql = await sqlTagOf('postgres')
    const rows = await (session as { execute: (q: unknown) => Promise<{ rows: unknown[] }> }).execute(
      sql`SELECT 1 FROM ${table} WHERE id = ${Number(id)} FOR UPDATE`,
    )
    if (rows.rows.length === 0) throw new NotFound(req.t)
    return
  }
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
 * array and relationship tables, and reading them all is most of a save.
 */
export async function lockApplication(req: PayloadRequest, id: Id, select?: SelectType): Promise<Application> {
  await serializeOn(req, 'applications', id)
  const doc = await req.payload.db.findOne({ collection: 'applications', where: { id: { equals: id } }, ...(select ? { select } : {}), req })
  if (!doc) throw new NotFound(req.t)
  return doc as unknown as Application
}

type SqlTag = typeof import('@payloadcms/db-sqlite').sql
type RawAdapter = { name: string; sessions?: Record<string, { db: unknown }>; drizzle: unknown; execute: (args: { db?: unknown; drizzle: unknown; sql: unknown }) => Promise<{ rows: unknown[] }> }

// Imported once per process: each dynamic import() goes through the module loader again (under tsx, a round trip to
// its loader thread: a tenth of a hooked save's CPU in a profile).
const tags = new Map<string, Promise<SqlTag>>()
function sqlTagOf(adapter: string): Promise<SqlTag> {
  let tag = tags.get(adapter)
  if (!tag) {
    tag = adapter === 'postgres' ? import('@payloadcms/db-postgres').then((m) => m.sql as unknown as SqlTag) : import('@payloadcms/db-sqlite').then((m) => m.sql)
    tags.set(adapter, tag)
  }
  return tag
}

/** drizzle's `sql` tag of the running adapter (each adapter package carries its own drizzle). */
export function sqlTag(req: PayloadRequest): Promise<SqlTag> {
  return sqlTagOf(req.payload.db.name === 'postgres' ? 'postgres' : 'sqlite')
}

/**
 * One raw statement in the request's transaction (SQLite and PostgreSQL: both drizzle adapters), for the few reads
 * and writes on every save's path where the adapter's query builder costs more than the statement. Column names
 * are the tables' own (snake_case); values come back as the driver gives them (numeric may be a string on
 * PostgreSQL, dates a Date): callers convert.
 */
export async function rawRows(req: PayloadRequest, build: (sql: SqlTag) => unknown): Promise<Record<string, unknown>[]> {
  const db = req.payload.db as unknown as RawAdapter
  const transactionID = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  const session = transactionID ? db.sessions?.[String(transactionID)]?.db : undefined
  const result = await db.execute({ db: session, drizzle: db.drizzle, sql: build(await sqlTag(req)) })
  return (result.rows ?? []) as Record<string, unknown>[]
}

/** Whether this request holds a transaction (every save does; a hook called outside one falls back to Payload's API). */
export async function inTransaction(req: PayloadRequest): Promise<boolean> {
  const db = req.payload.db as unknown as RawAdapter
  const transactionID = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  return Boolean(transactionID && db.sessions?.[String(transactionID)]?.db)
}
