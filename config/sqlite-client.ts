// The embedded SQLite database, driven so that no acknowledged write can be lost.
//
// Why not the client @payloadcms/db-sqlite makes for itself (@libsql/client 0.14 over libsql 0.4.7):
// - libsql does not reset a statement whose step failed with SQLITE_BUSY (tursodatabase/libsql-js#237), so that
//   connection keeps a lock or a stale snapshot while looking idle, and a later COMMIT on it fails;
// - its transaction() hands the current connection to the transaction and opens a fresh one without busy_timeout;
// - Payload writes outside transactions (job queueing and stats, login attempts) while other requests hold one.
// So this client owns its connections: one writer, on which every write of the process takes its turn on a FIFO
// gate (a transaction holds the gate from BEGIN IMMEDIATE to COMMIT/ROLLBACK; a write outside a transaction holds it
// for one statement), and one reader for plain SELECTs outside transactions (WAL: readers see the last commit and
// never block the writer). busy_timeout is set on every connection, and a connection that met SQLITE_BUSY is closed
// and never used again. It can go when the drivers reset failed statements and Payload writes inside transactions.
import { type Client, type InArgs, type InStatement, type ResultSet, Sqlite3Client, Sqlite3Transaction, type Transaction, type TransactionMode } from '@libsql/client/sqlite3'
import Database from 'libsql'

export interface SerialSqliteOptions {
  /** Path of the database file (no `file:` prefix). */
  path: string
  /** How long one statement waits for another process's lock (SQLite's busy_timeout). */
  busyTimeoutMs?: number
  /** How long a write waits for its turn in this process, and for another process's lock, before giving up. */
  writeTimeoutMs?: number
  /** Called when a write waited unusually long for its turn: usually a write made outside the transaction that holds it. */
  onSlowTurn?: (waitedMs: number, stack: string | undefined) => void
}

/** The database could not take the write: nothing was written. Mapped to 503 by the caller. */
export class DatabaseBusyError extends Error {
  override name = 'DatabaseBusyError'
  readonly code = 'SQLITE_BUSY'
}

export const isBusyError = (error: unknown): boolean => {
  const e = error as { code?: unknown; message?: unknown; cause?: { code?: unknown; message?: unknown } } | null
  const text = `${String(e?.code ?? '')} ${String(e?.message ?? error)} ${String(e?.cause?.code ?? '')} ${String(e?.cause?.message ?? '')}`
  return /SQLITE_BUSY|SQLITE_LOCKED|database is locked|database table is locked/i.test(text)
}

// Only statements that cannot write go to the reader. Everything else (INSERT … RETURNING, PRAGMA, DDL) takes a turn.
const READ_ONLY = /^\s*select\b/i
const sqlOf = (stmt: InStatement | string): string => (typeof stmt === 'string' ? stmt : stmt.sql)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

type Release = () => void

/** First come, first served; a waiter that gives up leaves the queue without blocking those behind it. */
class WriteGate {
  #held = false
  #waiters: Array<(release: Release) => void> = []

  acquire(timeoutMs: number): Promise<Release> {
    if (!this.#held) {
      this.#held = true
      return Promise.resolve(this.#releaser())
    }
    return new Promise((resolve, reject) => {
      const grant = (release: Release) => {
        clearTimeout(timer)
        resolve(release)
      }
      const timer = setTimeout(() => {
        this.#waiters = this.#waiters.filter((waiter) => waiter !== grant)
        reject(new DatabaseBusyError(`database is locked: no write turn within ${timeoutMs} ms`))
      }, timeoutMs)
      this.#waiters.push(grant)
    })
  }

  #releaser(): Release {
    let released = false
    return () => {
      if (released) return
      released = true
      const next = this.#waiters.shift()
      if (next) next(this.#releaser())
      else this.#held = false
    }
  }
}

// One gate per database file for the whole process: two clients of one file (two Payload instances) take turns too.
const gates = new Map<string, WriteGate>()

interface Connection {
  db: Database.Database
  client: Sqlite3Client
}

export class SerialSqliteClient implements Client {
  closed = false
  protocol = 'file' as const
  readonly #path: string
  readonly #busyTimeoutMs: number
  readonly #writeTimeoutMs: number
  readonly #onSlowTurn?: SerialSqliteOptions['onSlowTurn']
  readonly #gate: WriteGate
  #writer: Connection | null = null
  #reader: Connection | null = null

  constructor(options: SerialSqliteOptions) {
    if (!options.path || options.path === ':memory:' || /mode=memory/.test(options.path)) {
      // Each connection of an in-memory database is a database of its own: the reader would see no tables.
      throw new Error('SerialSqliteClient needs a database file, not :memory:')
    }
    this.#path = options.path
    this.#gate = gates.get(options.path) ?? new WriteGate()
    gates.set(options.path, this.#gate)
    this.#busyTimeoutMs = options.busyTimeoutMs ?? 5_000
    this.#writeTimeoutMs = options.writeTimeoutMs ?? 30_000
    this.#onSlowTurn = options.onSlowTurn
    // Opening the writer now puts the file in WAL mode before anything reads it.
    this.#writerConnection()
  }

  #open(role: 'writer' | 'reader'): Connection {
    const db = new Database(this.#path)
    db.exec(`PRAGMA busy_timeout = ${this.#busyTimeoutMs}`)
    if (role === 'writer') {
      // WAL lets the reader (and other processes) read while a write is in progress. FULL syncs the WAL at every
      // commit: an acknowledged write survives the process being killed and the machine losing power.
      db.exec('PRAGMA journal_mode = WAL')
      db.exec('PRAGMA synchronous = FULL')
    } else {
      db.exec('PRAGMA query_only = 1')
    }
    return { db, client: new Sqlite3Client(this.#path, {}, db, 'number') }
  }

  #writerConnection(): Connection {
    this.#writer ??= this.#open('writer')
    return this.#writer
  }

  #readerConnection(): Connection {
    this.#reader ??= this.#open('reader')
    return this.#reader
  }

  /** Closes a connection that met SQLITE_BUSY: its failed statement may still hold a lock or a snapshot. */
  #discard(role: 'writer' | 'reader'): void {
    const connection = role === 'writer' ? this.#writer : this.#reader
    if (role === 'writer') this.#writer = null
    else this.#reader = null
    try {
      connection?.db.close()
    } catch {
      // Closing is best effort; the connection is never used again either way.
    }
  }

  /** Runs fn on a healthy connection, replacing the connection and retrying while another process holds the lock. */
  async #withRetry<T>(role: 'writer' | 'reader', fn: (connection: Connection) => Promise<T>): Promise<T> {
    const deadline = Date.now() + this.#writeTimeoutMs
    for (let attempt = 0; ; attempt++) {
      const connection = role === 'writer' ? this.#writerConnection() : this.#readerConnection()
      try {
        return await fn(connection)
      } catch (error) {
        if (!isBusyError(error)) throw error
        this.#discard(role)
        if (Date.now() >= deadline) throw new DatabaseBusyError(`database is locked by another process for more than ${this.#writeTimeoutMs} ms`)
        await sleep(Math.min(100, 5 * 2 ** attempt))
      }
    }
  }

  async #turn(): Promise<Release> {
    const started = Date.now()
    const stack = this.#onSlowTurn ? new Error().stack : undefined
    const release = await this.#gate.acquire(this.#writeTimeoutMs)
    const waited = Date.now() - started
    if (waited > 2_000) this.#onSlowTurn?.(waited, stack)
    return release
  }

  async #write<T>(fn: (connection: Connection) => Promise<T>): Promise<T> {
    this.#checkOpen()
    const release = await this.#turn()
    try {
      return await this.#withRetry('writer', fn)
    } finally {
      release()
    }
  }

  execute(stmt: InStatement): Promise<ResultSet>
  execute(sql: string, args?: InArgs): Promise<ResultSet>
  async execute(stmtOrSql: InStatement | string, args?: InArgs): Promise<ResultSet> {
    const stmt: InStatement = typeof stmtOrSql === 'string' ? { sql: stmtOrSql, args: args ?? [] } : stmtOrSql
    if (READ_ONLY.test(sqlOf(stmt))) {
      this.#checkOpen()
      return this.#withRetry('reader', (connection) => connection.client.execute(stmt))
    }
    return this.#write((connection) => connection.client.execute(stmt))
  }

  batch(stmts: Array<InStatement>, mode?: TransactionMode): Promise<Array<ResultSet>> {
    return this.#write((connection) => connection.client.batch(stmts, mode === 'read' || mode === 'deferred' ? 'write' : mode))
  }

  migrate(stmts: Array<InStatement>): Promise<Array<ResultSet>> {
    return this.#write((connection) => connection.client.migrate(stmts))
  }

  executeMultiple(sql: string): Promise<void> {
    return this.#write((connection) => connection.client.executeMultiple(sql))
  }

  /** Every transaction takes the write lock at BEGIN (IMMEDIATE): a cap checked inside it cannot be raced. */
  async transaction(_mode?: TransactionMode): Promise<Transaction> {
    this.#checkOpen()
    const release = await this.#turn()
    try {
      const connection = await this.#withRetry('writer', async (c) => {
        c.db.exec('BEGIN IMMEDIATE')
        return c
      })
      return new SerialTransaction(connection, release, () => this.#discard('writer'))
    } catch (error) {
      release()
      throw error
    }
  }

  async sync(): Promise<never> {
    throw new Error('sync() is for embedded replicas, which this client does not use')
  }

  close(): void {
    this.closed = true
    this.#discard('reader')
    this.#discard('writer')
  }

  #checkOpen(): void {
    if (this.closed) throw new Error('the SQLite client is closed')
  }
}

/** A transaction on the writer; it gives the write turn back when it ends, however it ends. */
class SerialTransaction implements Transaction {
  readonly #inner: Sqlite3Transaction
  readonly #db: Database.Database
  readonly #release: Release
  readonly #discardConnection: () => void
  #poisoned = false
  #ended = false

  constructor(connection: Connection, release: Release, discardConnection: () => void) {
    this.#inner = new Sqlite3Transaction(connection.db, 'number')
    this.#db = connection.db
    this.#release = release
    this.#discardConnection = discardConnection
  }

  async #guard<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn()
    } catch (error) {
      if (isBusyError(error)) this.#poisoned = true
      throw error
    }
  }

  execute(stmt: InStatement): Promise<ResultSet>
  execute(sql: string, args?: InArgs): Promise<ResultSet>
  execute(stmtOrSql: InStatement | string, args?: InArgs): Promise<ResultSet> {
    const stmt: InStatement = typeof stmtOrSql === 'string' ? { sql: stmtOrSql, args: args ?? [] } : stmtOrSql
    return this.#guard(() => this.#inner.execute(stmt))
  }

  batch(stmts: Array<InStatement>): Promise<Array<ResultSet>> {
    return this.#guard(() => this.#inner.batch(stmts))
  }

  executeMultiple(sql: string): Promise<void> {
    return this.#guard(() => this.#inner.executeMultiple(sql))
  }

  /** A failed COMMIT throws (and the caller rolls back); the turn is given back only once the transaction is over. */
  async commit(): Promise<void> {
    await this.#guard(() => this.#inner.commit())
    this.#end()
  }

  async rollback(): Promise<void> {
    try {
      if (this.#db.open && this.#db.inTransaction) await this.#inner.rollback()
    } catch (error) {
      this.#poisoned = true
      throw error
    } finally {
      this.#end()
    }
  }

  close(): void {
    try {
      if (this.#db.open && this.#db.inTransaction) this.#inner.close()
    } catch {
      this.#poisoned = true
    } finally {
      this.#end()
    }
  }

  get closed(): boolean {
    return this.#ended
  }

  #end(): void {
    if (this.#ended) return
    this.#ended = true
    // A connection still inside a transaction after COMMIT/ROLLBACK, or one that met SQLITE_BUSY, is not reused.
    if (this.#poisoned || (this.#db.open && this.#db.inTransaction)) this.#discardConnection()
    this.#release()
  }
}
