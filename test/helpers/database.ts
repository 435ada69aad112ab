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
    const name = `carriers_test_${suffix}`
    const admin = new pg.Client({ connectionString: base })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
    await admin.end()
    const url = new URL(base)
    url.pathname = `/${name}`
    return {
      url: url.toString(),
      kind: 'postgres',
      drop: async () => {
        const client = new pg.Client({ connectionString: base })
        await client.connect()
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
        await client.end()
      },
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
