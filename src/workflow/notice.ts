// STUB — the workflow engine (issue 5) fills this in.
import type { Payload } from 'payload'

/** Closes the public-notice period of one application whose end date has passed. Idempotent. */
export async function closeEndedNotice(_payload: Payload, _applicationId: number | string, _today: string): Promise<'closed' | 'skipped'> {
  return 'skipped'
}
