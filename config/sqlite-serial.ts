// SQLite has one writer at a time. The libsql client gives its connection to each transaction and opens a
// fresh one afterwards without the adapter's busy_timeout, so a concurrent BEGIN IMMEDIATE fails at once with
// SQLITE_BUSY instead of waiting. So write transactions of this process take turns on an in-process queue, and
// a BEGIN that still meets another process's lock is retried until busyTimeout. Writes should therefore run
// in transactions (Payload's operations do; our own multi-step writes open one).
import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

type TransactionAdapter = Pick<BaseDatabaseAdapter, 'beginTransaction' | 'commitTransaction' | 'rollbackTransaction'>

const isBusy = (error: unknown) => /SQLITE_BUSY|database is locked/i.test(String((error as Error)?.message ?? error))
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export function serializeSqliteTransactions(adapterObj: DatabaseAdapterObj, busyTimeoutMs: number): DatabaseAdapterObj {
  const init = adapterObj.init
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = init(args) as ReturnType<typeof init> & TransactionAdapter
      const begin = adapter.beginTransaction.bind(adapter)
      const commit = adapter.commitTransaction.bind(adapter)
      const rollback = adapter.rollbackTransaction.bind(adapter)
      let tail: Promise<void> = Promise.resolve()
      const releases = new Map<string | number, () => void>()

      const debug = process.env.DEBUG_SQLITE_QUEUE ? (...a: unknown[]) => console.error('[sqlite-queue]', ...a) : () => undefined
      adapter.beginTransaction = async (options) => {
        debug('wait', new Error().stack?.split('\n').slice(2, 6).join(' | '))
        let release!: () => void
        const turn = new Promise<void>((resolve) => (release = resolve))
        const previous = tail
        tail = previous.then(() => turn)
        await previous
        const deadline = Date.now() + busyTimeoutMs
        for (let attempt = 0; ; attempt++) {
          try {
            const id = await begin(options)
            debug('begin', id)
            if (id === null) release()
            else releases.set(id, release)
            return id
          } catch (error) {
            if (!isBusy(error) || Date.now() > deadline) {
              release()
              throw error
            }
            await sleep(Math.min(200, 5 * 2 ** attempt))
          }
        }
      }
      const finish = (end: (id: string | number) => Promise<void>) => async (id: Promise<number | string> | number | string) => {
        const resolved = await id
        debug('end', resolved, releases.has(resolved))
        const started = Date.now()
        try {
          await end(resolved)
        } finally {
          if (Date.now() - started > 2000) debug('slow end', resolved, Date.now() - started)
          releases.get(resolved)?.()
          releases.delete(resolved)
        }
      }
      adapter.commitTransaction = finish(commit)
      adapter.rollbackTransaction = finish(rollback)
      return adapter
    },
  }
}
