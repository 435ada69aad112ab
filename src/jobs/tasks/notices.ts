// Closes public-notice periods that have ended, computed from the data (noticeEndsOn before today), so a
// period that ended while the server was down is closed at the next run.
import type { Payload } from 'payload'

import { chinaDay } from '../../email/format'
import { closeEndedNotice } from '../../workflow/notice'

type Id = number | string

/** Applications in public notice whose notice period ended before `today` (YYYY-MM-DD, China). */
export async function selectEndedNotices(payload: Payload, today: string): Promise<Id[]> {
  const found = await payload.find({
    collection: 'applications',
    where: { and: [{ status: { equals: 'public-notice' } }, { noticeEndsOn: { exists: true } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    sort: 'id',
    select: { noticeEndsOn: true },
  })
  return (found.docs as unknown as { id: Id; noticeEndsOn?: string | null }[])
    .filter((doc) => {
      const end = chinaDay(doc.noticeEndsOn)
      return end !== null && end < today
    })
    .map((doc) => doc.id)
}

export interface CloseNoticesResult {
  today: string
  selected: Id[]
  closed: Id[]
  skipped: Id[]
  errors: { id: Id; error: string }[]
}

export async function closeEndedNotices(payload: Payload, today: string): Promise<CloseNoticesResult> {
  const result: CloseNoticesResult = { today, selected: await selectEndedNotices(payload, today), closed: [], skipped: [], errors: [] }
  for (const id of result.selected) {
    try {
      const outcome = await closeEndedNotice(payload, id, today)
      ;(outcome === 'closed' ? result.closed : result.skipped).push(id)
    } catch (error) {
      // One bad application must not keep the others open; the next run tries again.
      result.errors.push({ id, error: error instanceof Error ? error.message : String(error) })
      payload.logger.error({ err: error, msg: `closing the public notice of application ${id} failed` })
    }
  }
  return result
}
