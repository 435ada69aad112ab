// Reads what the database really holds, through a connection of its own (not the app's): "on disk" means
// committed and visible to anyone, which is what an acknowledged write promises.
import Database from 'libsql'
import pg from 'pg'

import { withCheckChar } from '../../src/lib/credit-code'
import type { TestDatabase } from './database'

export const sqlitePathOf = (url: string): string => decodeURIComponent(url.replace(/^file:(\/\/)?/, '').replace(/\?.*$/, ''))

/** Runs one SQL statement on a connection of its own and returns the rows. */
export async function queryDisk<T = Record<string, unknown>>(db: TestDatabase, sql: string, params: unknown[] = []): Promise<T[]> {
  if (db.kind === 'postgres') {
    const client = new pg.Client({ connectionString: db.url })
    await client.connect()
    try {
      return (await client.query(sql, params)).rows as T[]
    } finally {
      await client.end()
    }
  }
  const connection = new Database(sqlitePathOf(db.url))
  try {
    connection.exec('PRAGMA busy_timeout = 10000')
    // pg placeholders ($1) become SQLite's (?1).
    const statement = connection.prepare(sql.replace(/\$(\d+)/g, '?$1'))
    return (statement.reader ? statement.all(...params) : (statement.run(...params), [])) as T[]
  } finally {
    connection.close()
  }
}

/** The ids among `ids` that are committed in `table`. */
export async function idsOnDisk(db: TestDatabase, table: string, ids: Array<number | string>): Promise<Set<number>> {
  if (ids.length === 0) return new Set()
  const placeholders = ids.map((_, i) => `$${i + 1}`).join(', ')
  const rows = await queryDisk<{ id: number | string }>(db, `SELECT id FROM ${table} WHERE id IN (${placeholders})`, ids.map(Number))
  return new Set(rows.map((row) => Number(row.id)))
}

let serial = 0
/** A unit with a valid, unique 统一社会信用代码. */
export function newOrganization(name: string): { name: string; creditCode: string; kind: 'enterprise' } {
  serial += 1
  const body = `913302${String(process.pid % 1000).padStart(3, '0')}${String(Date.now() % 1e5).padStart(5, '0')}${String(serial % 1000).padStart(3, '0')}`
  return { name, creditCode: withCheckChar(body.slice(0, 17)), kind: 'enterprise' }
}
