// A fresh database per test file: a temporary SQLite file, or a new PostgreSQL database cloned from nothing.
import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

export interface TestDatabase {
  url: string
  kind: 'sqlite' | 'postgres'
  drop: () => Promise<void>
}

export async function createTestDatabase(kind = process.env.TEST_DB ?? 'sqlite'): Promise<TestDatabase> {
  const suffix = `${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`
  if (kind === 'postgres') {
    const base = process.env.TEST_DATABASE_URL
    if (!base) throw new Error('TEST_DB=postgres needs TEST_DATABASE_URL')
    // Named after vitest's main process (the workers' parent), so one run drops only its own databases.
    const name = `carriers_test_${process.ppid}_${suffix}`
    const admin = new pg.Client({ connectionString: base })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
    await admin.end()
    const url = new URL(base)
    url.pathname = `/${name}`
    return {
      url: url.toString(),
      kind: 'postgres',
      // Dropped by the global teardown once the workers (and their pools) are gone: see global-setup.ts.
      drop: async () => undefined,
    }
  }
  const file = path.join(os.tmpdir(), `carriers-test-${suffix}.db`)
  return {
    url: `file:${file}`,
    kind: 'sqlite',
    drop: async () => {
      for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) rmSync(f, { force: true })
    },
  }
}

/** Drops every database the integration suite created on the server named by TEST_DATABASE_URL. */
export async function dropTestDatabases(base = process.env.TEST_DATABASE_URL, runPid = process.pid): Promise<number> {
  if (!base) return 0
  const client = new pg.Client({ connectionString: base })
  await client.connect()
  try {
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`carriers\\_test\\_${runPid}\\_%`])
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`)
    return rows.length
  } finally {
    await client.end()
  }
}
