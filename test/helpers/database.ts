// A fresh database per test file: a temporary SQLite file, or a new PostgreSQL database; a copy of the migrated
// template when the integration project's setup built one (database-template.ts), empty otherwise.
import { randomBytes } from 'node:crypto'
import { copyFileSync, existsSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

export interface TestDatabase {
  url: string
  kind: 'sqlite' | 'postgres'
  /** Copied from the migrated template: the schema is there, and Payload must not push its own. */
  migrated: boolean
  drop: () => Promise<void>
}

/** The PostgreSQL template of this run: named like the run's other databases, so the teardown drops it too. */
export const templateDatabaseName = (runPid = process.pid): string => `carriers_test_${runPid}_template`

export const sqliteFiles = (file: string): string[] => [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]

export async function createTestDatabase(kind = process.env.TEST_DB ?? 'sqlite', template?: string): Promise<TestDatabase> {
  const suffix = `${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`
  if (kind === 'postgres') {
    const base = process.env.TEST_DATABASE_URL
    if (!base) throw new Error('TEST_DB=postgres needs TEST_DATABASE_URL')
    // Named after vitest's main process (the workers' parent), so one run drops only its own databases.
    const name = `carriers_test_${process.ppid}_${suffix}`
    const admin = new pg.Client({ connectionString: base })
    await admin.connect()
    // The template has no open connection (its builder exited), which PostgreSQL requires for a copy.
    await admin.query(template ? `CREATE DATABASE ${name} TEMPLATE ${new URL(template).pathname.slice(1)}` : `CREATE DATABASE ${name}`)
    await admin.end()
    const url = new URL(base)
    url.pathname = `/${name}`
    return {
      url: url.toString(),
      kind: 'postgres',
      migrated: Boolean(template),
      // Dropped by the global teardown once the workers (and their pools) are gone: see global-setup.ts.
      drop: async () => undefined,
    }
  }
  const file = path.join(os.tmpdir(), `carriers-test-${suffix}.db`)
  if (template) {
    const source = template.replace(/^file:/, '')
    copyFileSync(source, file)
    if (existsSync(`${source}-wal`)) copyFileSync(`${source}-wal`, `${file}-wal`)
  }
  return {
    url: `file:${file}`,
    kind: 'sqlite',
    migrated: Boolean(template),
    drop: async () => {
      for (const f of sqliteFiles(file)) rmSync(f, { force: true })
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
