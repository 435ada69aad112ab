// Begin, commit and roll back Payload's transactions so that a failed COMMIT fails the operation.
//
// @payloadcms/drizzle 3.90.1 starts a drizzle transaction whose callback waits on a promise, and ends it by settling
// that promise; but the drizzle transaction's own outcome goes to a `.catch` that resolves, so a COMMIT that fails
// (a deferred constraint, a serialization failure, a dropped connection, SQLITE_BUSY) is reported as success
// (payloadcms/payload#17726, #17727). Here the outcome is kept and awaited by commitTransaction. This file can go
// once the adapter awaits the transaction's result itself: check @payloadcms/drizzle's
// src/transactions/beginTransaction.ts on every upgrade.
import { randomUUID } from 'node:crypto'
import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'
import { APIError } from 'payload'

/** A COMMIT that the database refused: nothing is reported as saved. */
export class CommitFailedError extends APIError {
  constructor(cause: unknown) {
    super(
      '未能确认保存：数据库没有提交这次更改，请刷新页面核对后重试 / Not saved: the database did not commit this change. Reload, check, and try again.',
      503,
      undefined,
      true,
    )
    this.name = 'CommitFailedError'
    this.cause = cause
  }
}

/** The database could not start a transaction in time (another writer held it): nothing was written. */
export class DatabaseUnavailableError extends APIError {
  constructor(cause: unknown) {
    super('数据库繁忙，本次操作未执行，请稍后重试 / The database is busy: nothing was changed. Please try again shortly.', 503, undefined, true)
    this.name = 'DatabaseUnavailableError'
    this.cause = cause
  }
}

interface DrizzleLike {
  transaction: (fn: (tx: unknown) => Promise<void>, options?: unknown) => Promise<void>
}

interface Session {
  db: unknown
  resolve: () => Promise<void>
  reject: () => Promise<void>
}

interface DrizzleAdapter extends BaseDatabaseAdapter {
  drizzle: DrizzleLike
  initializing: Promise<void>
  sessions: Record<string, Session>
  transactionOptions?: unknown
}

class RolledBack extends Error {
  override name = 'RolledBack'
}

/**
 * A counting semaphore: at most `limit` holders at once, the others wait their turn in order.
 *
 * Why, for PostgreSQL: every transaction holds one pooled connection until it ends, and Payload itself runs some
 * queries of an operation outside the operation's transaction — the document-lock check of every update
 * (checkDocumentLockStatus) and relationship population through its dataloader — each needing a second connection
 * while the first is held. With as many concurrent writes as the pool has free connections, every connection is
 * held by a transaction waiting for another one, and nothing moves (observed: concurrent REST writes on one
 * application's children never settled). Keeping some connections out of transactions' reach lets those queries
 * always run, so every transaction can finish; the other writes wait their turn without holding a connection.
 */
export class Semaphore {
  private held = 0
  private readonly queue: (() => void)[] = []
  constructor(readonly limit: number) {}
  async acquire(): Promise<() => void> {
    if (this.held < this.limit) this.held += 1
    else await new Promise<void>((resolve) => this.queue.push(resolve))
    let released = false
    return () => {
      if (released) return
      released = true
      const next = this.queue.shift()
      if (next) next()
      else this.held -= 1
    }
  }
}

/**
 * Transactions allowed at once for a pool of `poolMax` connections. @payloadcms/db-postgres 3.90 keeps one
 * connection checked out from connect() on (connectWithReconnect never releases it); of the rest, a quarter (at
 * least one) stays free for the queries Payload runs outside an operation's transaction.
 */
export const transactionSlots = (poolMax: number): number => Math.max(1, poolMax - 1 - Math.max(1, Math.floor(poolMax / 4)))

/**
 * Wraps a SQL adapter (SQLite or PostgreSQL) so that its transactions report their real outcome; with
 * `maxTransactions`, no more than that many are open at once (see Semaphore).
 */
export function withCheckedCommits(adapterObj: DatabaseAdapterObj, options: { maxTransactions?: number } = {}): DatabaseAdapterObj {
  const slots = options.maxTransactions ? new Semaphore(options.maxTransactions) : null
  const init = adapterObj.init
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = init(args) as ReturnType<typeof init> & DrizzleAdapter

      adapter.beginTransaction = async function beginTransaction(this: DrizzleAdapter, options) {
        await this.initializing
        const release = slots ? await slots.acquire() : () => undefined
        let transaction: unknown
        let finish!: (error?: Error) => void
        let ready!: () => void
        let failedToStart!: (error: unknown) => void
        const started = new Promise<void>((resolve, reject) => {
          ready = resolve
          failedToStart = reject
        })
        const outcome = this.drizzle.transaction(async (tx) => {
          transaction = tx
          await new Promise<void>((resolve, reject) => {
            finish = (error) => (error ? reject(error) : resolve())
            ready()
          })
        }, options ?? this.transactionOptions)
        // The slot is free once the transaction has ended, however it ended (its connection is back in the pool).
        outcome.then(release, release)
        // Before the callback ran, a failure means BEGIN failed; after, it is the COMMIT's (or the rollback's).
        outcome.catch(failedToStart)
        try {
          await started
        } catch (error) {
          throw new DatabaseUnavailableError(error)
        }
        const id = randomUUID()
        this.sessions[id] = {
          db: transaction,
          resolve: async () => {
            finish()
            try {
              await outcome
            } catch (error) {
              throw new CommitFailedError(error)
            }
          },
          reject: async () => {
            finish(new RolledBack())
            try {
              await outcome
            } catch (error) {
              // The rollback we asked for; anything else is logged by the caller's error path.
              if (!(error instanceof RolledBack)) throw error
            }
          },
        }
        return id
      }

      adapter.commitTransaction = async function commitTransaction(this: DrizzleAdapter, incomingID) {
        const id = String(await incomingID)
        const session = this.sessions[id]
        if (!session) return
        delete this.sessions[id]
        await session.resolve()
      }

      adapter.rollbackTransaction = async function rollbackTransaction(this: DrizzleAdapter, incomingID) {
        const id = String(await incomingID)
        const session = this.sessions[id]
        if (!session) return
        delete this.sessions[id]
        await session.reject()
      }

      return adapter
    },
  }
}
