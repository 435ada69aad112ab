// A real Payload on a fresh database for one test file.
import type { Payload } from 'payload'
import { getPayload } from 'payload'
import { inject } from 'vitest'

import { createTestDatabase, type TestDatabase } from './database'

export interface TestContext {
  payload: Payload
  db: TestDatabase
  close: () => Promise<void>
}

export async function startPayload(): Promise<TestContext> {
  const db = await createTestDatabase(undefined, inject('databaseTemplate'))
  process.env.DATABASE_URL = db.url
  process.env.DATABASE_PUSH = db.migrated ? 'false' : 'true'
  process.env.PAYLOAD_SECRET ??= 'test-secret-not-for-production-0123456789'
  // The config reads DATABASE_URL when it is evaluated: import it only now (vitest isolates modules per file).
  const { default: config } = await import('../../payload.config')
  // getPayload caches instances on globalThis, which outlives one test file in a worker. The REST route
  // handlers look up the default entry, so this file's instance must be the default one: drop any left over.
  const cache = (globalThis as { _payload?: Map<string, unknown> })._payload
  cache?.delete('default')
  const payload = await getPayload({ config: await config })
  return {
    payload,
    db,
    close: async () => {
      await payload.destroy()
      ;(globalThis as { _payload?: Map<string, unknown> })._payload?.delete('default')
      await db.drop()
    },
  }
}
