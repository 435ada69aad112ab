// Ends a bench's PostgreSQL database at the end of its run. Not pool.end(): Payload's adapter keeps one client
// checked out for good, and end() would wait for it. The forced drop ends the pool's connections instead, so their
// errors are expected.
import pg from 'pg'
import type { Payload } from 'payload'

export async function dropBenchDatabase(payload: Payload, serverUrl: string, name: string): Promise<void> {
  ;(payload.db as unknown as { pool?: { on: (e: string, f: () => void) => void } }).pool?.on('error', () => undefined)
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  await admin.end()
}
