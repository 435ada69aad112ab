// Runs in vitest's main process: PostgreSQL test databases are dropped after every worker has exited.
import { dropTestDatabases } from './database'

export async function teardown(): Promise<void> {
  await dropTestDatabases()
}
