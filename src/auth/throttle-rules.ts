// Sign-in throttling, as data and pure functions. Every attempt is counted before the password is checked, under
// three keys: the account from this address (a user who mistypes is paused after 5), the address over all accounts
// (password spraying), and the account over all addresses (a distributed guess). Unknown and known emails are
// counted alike, so the answers never tell which addresses have an account. A pause ends by itself after 15
// minutes, or at once when an administrator lifts it, so nobody can lock a real user out for long.

export type ThrottleScope = 'account-address' | 'address' | 'account'

export interface ThrottleLimit {
  /** Attempts allowed in one window; the attempt that reaches it is still checked, the next ones are refused. */
  attempts: number
  windowMs: number
  /** How long sign-in stays paused once the limit is reached. */
  pauseMs: number
}

const MINUTE = 60_000

export const SIGN_IN_LIMITS: Record<ThrottleScope, ThrottleLimit> = {
  'account-address': { attempts: 5, windowMs: 15 * MINUTE, pauseMs: 15 * MINUTE },
  address: { attempts: 30, windowMs: 15 * MINUTE, pauseMs: 15 * MINUTE },
  account: { attempts: 30, windowMs: 15 * MINUTE, pauseMs: 15 * MINUTE },
}

/** Password-reset requests: a few per address and account an hour; more are answered the same way but not sent. */
export const RESET_LIMITS: Record<'account' | 'address', ThrottleLimit> = {
  account: { attempts: 3, windowMs: 60 * MINUTE, pauseMs: 60 * MINUTE },
  address: { attempts: 10, windowMs: 60 * MINUTE, pauseMs: 60 * MINUTE },
}

export const normalizeEmail = (email: string): string => email.trim().toLowerCase()

export function throttleKey(scope: ThrottleScope | `reset-${'account' | 'address'}`, email: string, address: string): string {
  switch (scope) {
    case 'account-address':
      return `sign-in:${normalizeEmail(email)}|${address}`
    case 'address':
      return `sign-in-address:${address}`
    case 'account':
      return `sign-in-account:${normalizeEmail(email)}`
    case 'reset-account':
      return `reset-account:${normalizeEmail(email)}`
    case 'reset-address':
      return `reset-address:${address}`
  }
}

export interface CounterState {
  attempts: number
  windowStartedAt: string | null
  pausedUntil: string | null
}

/** Whether a stored counter is stale at `now` (its window passed, or its pause ended): the next attempt starts afresh. */
export function isStale(state: CounterState, now: Date, limit: ThrottleLimit): boolean {
  if (state.pausedUntil) return new Date(state.pausedUntil).getTime() <= now.getTime()
  if (!state.windowStartedAt) return true
  return new Date(state.windowStartedAt).getTime() + limit.windowMs <= now.getTime()
}

export interface CountDecision {
  allowed: boolean
  /** Set when this attempt reached the limit: the pause starts now. */
  pauseUntil: string | null
  /** When refused: how long until the pause ends. */
  retryAfterMs: number
  /** When allowed: attempts left before the pause (0 means the next failure pauses). */
  remaining: number
}

/** Decides an attempt from the counter *after* it was incremented for this attempt. */
export function decide(state: CounterState, now: Date, limit: ThrottleLimit): CountDecision {
  const pausedUntil = state.pausedUntil ? new Date(state.pausedUntil).getTime() : 0
  if (pausedUntil > now.getTime() || state.attempts > limit.attempts) {
    const until = pausedUntil > now.getTime() ? pausedUntil : now.getTime() + limit.pauseMs
    return { allowed: false, pauseUntil: null, retryAfterMs: until - now.getTime(), remaining: 0 }
  }
  const reached = state.attempts === limit.attempts
  return {
    allowed: true,
    pauseUntil: reached ? new Date(now.getTime() + limit.pauseMs).toISOString() : null,
    retryAfterMs: 0,
    remaining: limit.attempts - state.attempts,
  }
}

/** Minutes, rounded up, for messages. */
export const minutesOf = (ms: number): number => Math.max(1, Math.round(ms / MINUTE))
