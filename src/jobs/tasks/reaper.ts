// A runner that crashed leaves its jobs "processing" forever (Payload 3 never releases them): release jobs whose
// row has not moved for a while so the next run picks them up again (every task is idempotent by key). Outbox
// rows left "sending" by such a runner are failed with the reason (see failInterruptedSends).
import type { Payload, Where } from 'payload'

import { failInterruptedSends } from '../../email/deliver'

type Id = number | string

export const STUCK_JOB_MINUTES = 15
/** Completed jobs (a delivery run every minute) are kept this long for the admin, then deleted. */
export const KEEP_COMPLETED_JOBS_DAYS = 3

export interface ReapResult {
  releasedJobs: Id[]
  interruptedNotifications: Id[]
  purgedCompletedJobs: number
}

export async function reapStuckJobs(payload: Payload, now: Date = new Date(), olderThanMinutes = STUCK_JOB_MINUTES): Promise<ReapResult> {
  const cutoff = new Date(now.getTime() - olderThanMinutes * 60_000).toISOString()
  const stuckConditions: Where[] = [{ processing: { equals: true } }, { updatedAt: { less_than: cutoff } }]
  const stuckWhere: Where = { and: stuckConditions }
  const stuck = await payload.db.find({ collection: 'payload-jobs', where: stuckWhere, limit: 0, pagination: false })
  const releasedJobs: Id[] = []
  for (const job of stuck.docs as { id: Id }[]) {
    // Conditional on still being stuck: a runner that just finished or moved on is left alone.
    const released = await payload.db.updateOne({
      collection: 'payload-jobs',
      where: { and: [{ id: { equals: job.id } }, ...stuckConditions] },
      data: { processing: false, updatedAt: now.toISOString() },
    })
    if (released) releasedJobs.push(job.id)
  }
  if (releasedJobs.length) payload.logger.warn({ msg: `released ${releasedJobs.length} job(s) stuck in processing`, ids: releasedJobs })
  const interruptedNotifications = await failInterruptedSends(payload, now, olderThanMinutes * 60_000)

  const purgeWhere: Where = { completedAt: { less_than: new Date(now.getTime() - KEEP_COMPLETED_JOBS_DAYS * 86_400_000).toISOString() } }
  const purgedCompletedJobs = (await payload.db.count({ collection: 'payload-jobs', where: purgeWhere })).totalDocs
  if (purgedCompletedJobs > 0) await payload.db.deleteMany({ collection: 'payload-jobs', where: purgeWhere })
  return { releasedJobs, interruptedNotifications, purgedCompletedJobs }
}
