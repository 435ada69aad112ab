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
import { serializeSqliteTransactions } from './sqlite-serial'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export interface DatabaseTarget {
  kind: DatabaseKind
  url: string
}

const defaultSqliteUrl = (): string => `file:${path.join(dataDir(), 'carriers.db')}`

/** Reads a DATABASE_URL; unset or `file:` is embedded SQLite. Throws one clear line for anything else. */
export function resolveDatabase(rawUrl: string | undefined = process.env.DATABASE_URL): DatabaseTarget {
  const url = rawUrl?.trim()
  if (!url) return { kind: 'sqlite', url: defaultSqliteUrl() }
  if (url.startsWith('file:')) {
    if (url === 'file:' || url === 'file://') {
      throw new ConfigError(`DATABASE_URL 缺少文件路径 / DATABASE_URL "${url}" names no file: use e.g. file:./data/carriers.db`)
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
      const file = target.url.replace(/^file:(\/\/)?/, '')
      if (file && file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
      const busyTimeout = 30_000
      return serializeSqliteTransactions(
        sqliteAdapter({
          client: { url: target.url },
          // Transactions are off on SQLite unless set. IMMEDIATE takes the write lock at BEGIN, so
          // two requests checking one cap cannot both read the old total.
          transactionOptions: { behavior: 'immediate' },
          busyTimeout,
          migrationDir: path.resolve('migrations/sqlite'),
          prodMigrations: sqliteMigrations,
        }),
        busyTimeout,
      )
    }
    case 'postgres':
      return postgresAdapter({
        pool: { connectionString: target.url, max: Number(process.env.DATABASE_POOL_MAX ?? 10) },
        migrationDir: path.resolve('migrations/postgres'),
        prodMigrations: postgresMigrations,
      })
    case 'mongodb':
      return mongooseAdapter({
        url: target.url,
        // A wrong URL should fail in seconds, not after mongoose's 30 s default.
        connectOptions: { serverSelectionTimeoutMS: 5_000 },
      })
  }
}
