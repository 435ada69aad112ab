// A real Payload on a fresh database for one test file.
import type { Payload } from 'payload'
import { getPayload } from 'payload'

import { createTestDatabase, type TestDatabase } from './database'

export interface TestContext {
  payload: Payload
  db: TestDatabase
  close: () => Promise<void>
}

export async function startPayload(): Promise<TestContext> {
  const db = await createTestDatabase()
  process.env.DATABASE_URL = db.url
  process.env.PAYLOAD_SECRET ??= 'test-secret-not-for-production-0123456789'
  // The config reads DATABASE_URL when it is evaluated: import it only now (vitest isolates modules per file).
  const { default: config } = await import('../../payload.config')
  // A key of its own: getPayload caches instances on globalThis, which outlives one test file in a worker.
  const payload = await getPayload({ config: await config, key: db.url })
  return {
    payload,
    db,
    close: async () => {
      await payload.destroy()
      ;(globalThis as { _payload?: Map<string, unknown> })._payload?.delete(db.url)
      await db.drop()
    },
  }
}
