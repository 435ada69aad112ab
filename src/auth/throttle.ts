// The throttle's counters, kept in the `login-throttles` collection. Each step is one atomic UPDATE (or an
// INSERT for a key seen for the first time), committed at once: a refused attempt stays counted even though the
// request that made it fails, and concurrent attempts never lose a count, on SQLite and PostgreSQL alike.
import type { Payload, Where } from 'payload'

import { type CounterState, type CountDecision, decide, type ThrottleLimit } from './throttle-rules'

export const THROTTLES = 'login-throttles' as const

export interface CounterKey {
  key: string
  scope: string
  email?: string | null
  address?: string | null
}

const staleWhere = (key: string, now: Date, limit: ThrottleLimit): Where => ({
  and: [
    { key: { equals: key } },
    {
      or: [
        { pausedUntil: { less_than_equal: now.toISOString() } },
        { and: [{ pausedUntil: { exists: false } }, { windowStartedAt: { less_than_equal: new Date(now.getTime() - limit.windowMs).toISOString() } }] },
      ],
    },
  ],
})

async function increment(payload: Payload, key: string, now: Date): Promise<CounterState | null> {
  return (await payload.db.updateOne({
    collection: THROTTLES,
    where: { key: { equals: key } },
    data: { attempts: { $inc: 1 }, lastAttemptAt: now.toISOString() } as Record<string, unknown>,
    options: { atomic: true },
  })) as unknown as CounterState | null
}

/** Counts one attempt under `counter` and decides it. */
export async function countAttempt(payload: Payload, counter: CounterKey, limit: ThrottleLimit, now: Date = new Date()): Promise<CountDecision> {
  // A counter whose window passed or whose pause ended starts again at zero.
  await payload.db.updateOne({
    collection: THROTTLES,
    where: staleWhere(counter.key, now, limit),
    data: { attempts: 0, windowStartedAt: now.toISOString(), pausedUntil: null },
    options: { atomic: true },
    returning: false,
  })
  let state: CounterState | null = await increment(payload, counter.key, now)
  if (!state) {
    const first: CounterState = { attempts: 1, windowStartedAt: now.toISOString(), pausedUntil: null }
    try {
      // The row as inserted is this attempt's count (the adapter re-reads it afterwards, which may already show
      // later attempts).
      await payload.db.create({ collection: THROTTLES, data: { ...counter, ...first, lastAttemptAt: now.toISOString() }, returning: false })
      state = first
    } catch (error) {
      // Another attempt created the key first (unique index): count on its row.
      state = await increment(payload, counter.key, now)
      if (!state) throw error
    }
  }
  const decision = decide(state, now, limit)
  if (decision.pauseUntil) {
    await payload.db.updateOne({ collection: THROTTLES, where: { key: { equals: counter.key } }, data: { pausedUntil: decision.pauseUntil }, options: { atomic: true }, returning: false })
  }
  return decision
}

/** Takes back one counted attempt (a successful sign-in is not a failure). */
export async function uncount(payload: Payload, key: string): Promise<void> {
  await payload.db.updateOne({
    collection: THROTTLES,
    where: { and: [{ key: { equals: key } }, { attempts: { greater_than: 0 } }] },
    data: { attempts: { $inc: -1 } } as Record<string, unknown>,
    options: { atomic: true },
    returning: false,
  })
}

/** Clears a counter and its pause. */
export async function resetCounter(payload: Payload, key: string): Promise<void> {
  await payload.db.updateOne({
    collection: THROTTLES,
    where: { key: { equals: key } },
    data: { attempts: 0, pausedUntil: null },
    options: { atomic: true },
    returning: false,
  })
}
