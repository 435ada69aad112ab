// Sessions live on the user row (Payload's `sessions` array), and Payload's login, refresh and logout each read the
// row, change the list and write it back whole: two of them at once for one account lose one another's change
// (20 simultaneous logins left 1 working token). So each of them runs while holding the account: on PostgreSQL a
// transaction that first locks the user row (held for one sign-in, one account); on SQLite, whose one writer would
// otherwise be held while the password is hashed, an in-process lock per account (the server is the only process
// that signs users in).
import type { PayloadRequest } from 'payload'
import { commitTransaction, initTransaction, killTransaction } from 'payload'

import { normalizeEmail } from './throttle-rules'

const held = new Map<string, Promise<void>>()

async function inProcess<T>(account: string, fn: () => Promise<T>): Promise<T> {
  const previous = held.get(account) ?? Promise.resolve()
  let release!: () => void
  const mine = new Promise<void>((resolve) => (release = resolve))
  const tail = previous.then(() => mine)
  held.set(account, tail)
  await previous
  try {
    return await fn()
  } finally {
    release()
    if (held.get(account) === tail) held.delete(account)
  }
}

/** Runs fn (a login, refresh or logout of `email`'s account) with the account held; commits what fn wrote. */
export async function withAccount<T>(req: PayloadRequest, email: string, fn: () => Promise<T>): Promise<T> {
  const account = normalizeEmail(email)
  if (req.payload.db.name === 'sqlite') return inProcess(account, fn)

  const own = await initTransaction(req)
  try {
    // An UPDATE takes the row lock for the rest of the transaction; a sign-in for an unknown email locks nothing.
    await req.payload.db.updateOne({
      collection: 'users',
      where: { email: { equals: account } },
      data: { sessionsRevision: { $inc: 1 } } as Record<string, unknown>,
      options: { atomic: true },
      req,
      returning: false,
    })
    const result = await fn()
    if (own) await commitTransaction(req)
    return result
  } catch (error) {
    if (own) await killTransaction(req)
    throw error
  }
}
