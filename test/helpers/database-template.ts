// Global setup of an integration project: builds one database with the migrations, the way production gets its
// schema, and hands its address to the test files, which start from a copy (see createTestDatabase). Copying
// takes a fraction of a second where pushing the schema took 10–30 s per file.
import { execFile } from 'node:child_process'
import { rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'
import type { TestProject } from 'vitest/node'

import { sqliteFiles, templateDatabaseName } from './database'
import { tsNode } from '../../scripts/node-args'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseTemplate: string
  }
}

const run = promisify(execFile)

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const kind = project.config.env?.TEST_DB ?? 'sqlite'
  let url: string
  let remove: () => Promise<void>
  if (kind === 'postgres') {
    const base = process.env.TEST_DATABASE_URL
    if (!base) throw new Error('TEST_DB=postgres needs TEST_DATABASE_URL')
    const name = templateDatabaseName()
    const admin = new pg.Client({ connectionString: base })
    await admin.connect()
    await admin.query(`DROP DATABASE IF EXISTS ${name}`)
    await admin.query(`CREATE DATABASE ${name}`)
    await admin.end()
    const target = new URL(base)
    target.pathname = `/${name}`
    url = target.toString()
    // The root teardown drops it with the run's other databases.
    remove = async () => undefined
  } else {
    const file = path.join(os.tmpdir(), `carriers-test-template-${process.pid}.db`)
    url = `file:${file}`
    remove = async () => {
      for (const f of sqliteFiles(file)) rmSync(f, { force: true })
    }
  }
  const { NODE_ENV: _testEnv, ...env } = process.env
  await run(process.execPath, tsNode('test/helpers/migrate-database.ts'), {
    env: { ...env, NODE_ENV: 'production', DATABASE_URL: url, PAYLOAD_SECRET: 'test-secret-not-for-production-0123456789', SEED_DEMO: 'false' },
    maxBuffer: 16 * 1024 * 1024,
  })
  project.provide('databaseTemplate', url)
  return remove
}
