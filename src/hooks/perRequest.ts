// Lookups that every save of a request repeats (the acting office, the policy revision in force) are read once per
// request. Keyed by the request object itself, which nested Local API calls share (they pass `req`), so a bulk
// transition or an import that saves many rows reads each once; the next request reads afresh, so a change made by
// another request or another app process is seen from its next request on.
import type { PayloadRequest } from 'payload'

const memos = new WeakMap<PayloadRequest, Map<string, Promise<unknown>>>()

/** compute() once per request and key; a failed lookup is not kept (the next caller tries again). */
export function oncePerRequest<T>(req: PayloadRequest, key: string, compute: () => Promise<T>): Promise<T> {
  let memo = memos.get(req)
  if (!memo) memos.set(req, (memo = new Map()))
  const known = memo.get(key) as Promise<T> | undefined
  if (known) return known
  const pending = compute()
  memo.set(key, pending)
  pending.catch(() => memo.delete(key))
  return pending
}

/** What this request already looked up under key, if anything (without looking it up). */
export function knownPerRequest<T>(req: PayloadRequest, key: string): Promise<T> | undefined {
  return memos.get(req)?.get(key) as Promise<T> | undefined
}

/** Keeps a value this request learnt by other means (e.g. returned by a write) for its later lookups. */
export function rememberPerRequest<T>(req: PayloadRequest, key: string, value: T): void {
  let memo = memos.get(req)
  if (!memo) memos.set(req, (memo = new Map()))
  memo.set(key, Promise.resolve(value))
}

/** Forget a request's lookups of one kind (after the request itself changed what they read). */
export function forgetPerRequest(req: PayloadRequest, prefix: string): void {
  const memo = memos.get(req)
  if (!memo) return
  for (const key of [...memo.keys()]) if (key.startsWith(prefix)) memo.delete(key)
}
