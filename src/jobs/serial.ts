// One scheduled task body at a time in this process. Payload runs the jobs of one run (and the crons of several
// queues) concurrently; on SQLite (libsql, synchronous, one writer) overlapping transactions in one process fail
// with SQLITE_BUSY instead of waiting. Across processes the database's own locking applies.
let tail: Promise<unknown> = Promise.resolve()

export function serially<T>(fn: () => Promise<T>): Promise<T> {
  const run = tail.then(fn, fn)
  tail = run.catch(() => undefined)
  return run
}
