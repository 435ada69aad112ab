// Picks the database adapter from DATABASE_URL's scheme. Nothing else in the code knows which adapter runs.
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { DatabaseAdapterObj } from 'payload'

import { migrations as postgresMigrations } from '../migrations/postgres/index'
import { migrations as sqliteMigrations } from '../migrations/sqlite/index'
import { ConfigError, dataDir } from './env'
import { withPagedSearch } from './paged-search'
import { SerialSqliteClient } from './sqlite-client'
import { transactionSlots, withCheckedCommits } from './transactions'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export interface DatabaseTarget {
  kind: DatabaseKind
  url: string
}

const defaultSqliteUrl = (): string => `file:${path.join(dataDir(), 'carriers.db')}`

/**
 * Outside production Payload pushes the schema derived from the collections at every start. The integration
 * tests turn that off (DATABASE_PUSH=false): their databases are copies of one built by the migrations, the
 * schema production runs on.
 */
const schemaPush = (): false | undefined => (process.env.DATABASE_PUSH === 'false' ? false : undefined)

/** Reads a DATABASE_URL; unset or `file:` is embedded SQLite. Throws one clear line for anything else. */
export function resolveDatabase(rawUrl: string | undefined = process.env.DATABASE_URL): DatabaseTarget {
  const url = rawUrl?.trim()
  if (!url) return { kind: 'sqlite', url: defaultSqliteUrl() }
  if (url.startsWith('file:')) {
    if (url === 'file:' || url === 'file://') {
      throw new ConfigError(`DATABASE_URL 缺少文件路径 / DATABASE_URL "${url}" names no file: use e.g. file:./data/carriers.db`)
    }
    if (/:memory:|mode=memory/.test(url)) {
      throw new ConfigError(
        `DATABASE_URL 不支持内存数据库 / DATABASE_URL "${url}": an in-memory database loses everything at exit and cannot be shared by the server's connections; use a file, e.g. file:./data/carriers.db`,
      )
    }
    return { kind: 'sqlite', url }
  }
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new ConfigError(
      `DATABASE_URL 格式错误 / malformed DATABASE_URL "${url}": use file:./data/carriers.db, postgres://user@host:5432/db or mongodb://host:27017/db`,
    )
  }
  const scheme = parsed.protocol.replace(/:$/, '')
  if (scheme === 'postgres' || scheme === 'postgresql') {
    if (!parsed.hostname || parsed.pathname.length <= 1) {
      throw new ConfigError(`DATABASE_URL 缺少主机或数据库名 / DATABASE_URL "${url}" needs a host and a database name`)
    }
    return { kind: 'postgres', url }
  }
  if (scheme === 'mongodb' || scheme === 'mongodb+srv') {
    if (!parsed.hostname) throw new ConfigError(`DATABASE_URL 缺少主机 / DATABASE_URL "${url}" needs a host`)
    return { kind: 'mongodb', url }
  }
  throw new ConfigError(
    `不支持的数据库 / unsupported DATABASE_URL scheme "${scheme}:": use file:, postgres:// or mongodb://`,
  )
}

export function databaseAdapter(target: DatabaseTarget = resolveDatabase()): DatabaseAdapterObj {
  switch (target.kind) {
    case 'sqlite': {
      const file = sqliteFile(target.url)
      mkdirSync(path.dirname(file), { recursive: true })
      const adapter = sqliteAdapter({
        client: { url: target.url },
        // Any value turns Payload's transactions on for SQLite; every one begins IMMEDIATE (see sqlite-client.ts).
        transactionOptions: { behavior: 'immediate' },
        migrationDir: path.resolve('migrations/sqlite'),
        prodMigrations: sqliteMigrations,
        push: schemaPush(),
      })
      return withCheckedCommits(withPagedSearch(withClient(adapter, () => new SerialSqliteClient({ path: file, onSlowTurn: warnSlowTurn }))))
    }
    case 'postgres': {
      const poolMax = Math.max(3, Number(process.env.DATABASE_POOL_MAX ?? 10) || 10)
      return withCheckedCommits(
        postgresAdapter({
          pool: {
            connectionString: target.url,
            max: poolMax,
            // A runaway query or a transaction left open by a crashed request must not hold locks for ever.
            statement_timeout: Number(process.env.DATABASE_STATEMENT_TIMEOUT_MS ?? 60_000),
            idle_in_transaction_session_timeout: Number(process.env.DATABASE_IDLE_TRANSACTION_TIMEOUT_MS ?? 120_000),
          },
          migrationDir: path.resolve('migrations/postgres'),
          prodMigrations: postgresMigrations,
          push: schemaPush(),
        }),
        // Some connections stay free for the queries Payload runs outside an operation's transaction.
        { maxTransactions: transactionSlots(poolMax) },
      )
    }
    case 'mongodb':
      return mongooseAdapter({
        url: target.url,
        // A wrong URL should fail in seconds, not after mongoose's 30 s default.
        connectOptions: { serverSelectionTimeoutMS: 5_000 },
      })
  }
}

/** The file behind a `file:` URL (relative paths from the working directory, as libsql reads them). */
export function sqliteFile(url: string): string {
  return path.resolve(decodeURIComponent(url.replace(/^file:(\/\/)?/, '').replace(/\?.*$/, '')))
}

/** Gives the SQLite adapter our client: connect() only creates its own when none is set. */
function withClient(adapterObj: DatabaseAdapterObj, createClient: () => SerialSqliteClient): DatabaseAdapterObj {
  const init = adapterObj.init
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = init(args) as ReturnType<typeof init> & { client?: unknown }
      adapter.client = createClient()
      return adapter
    },
  }
}

// A write that waits seconds for its turn is almost always a write made outside the transaction its own request
// holds (a nested Local API call without `req`): say where it came from.
function warnSlowTurn(waitedMs: number, stack: string | undefined): void {
  console.warn(`[sqlite] a write waited ${waitedMs} ms for its turn; a write outside its request's transaction?\n${stack ?? ''}`)
}
