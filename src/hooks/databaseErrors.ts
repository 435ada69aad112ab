// A database that could not take a write in time (SQLite's lock held by another process past the timeout, a
// PostgreSQL pool exhausted…) is a 503 with a plain message, not a 500: nothing was written and the user may retry.
import type { AfterErrorHook } from 'payload'

import { isBusyError } from '../../config/sqlite-client'
import { errorBody, platformError } from '../lib/errors'

const causes = (error: unknown): unknown[] => {
  const chain: unknown[] = []
  for (let e = error; e && chain.length < 6; e = (e as { cause?: unknown }).cause) chain.push(e)
  return chain
}

export const databaseBusyIsServiceUnavailable: AfterErrorHook = ({ error }) => {
  if (!causes(error).some(isBusyError)) return
  return { status: 503, response: errorBody([platformError(503)]) as unknown as Record<string, unknown> }
}
