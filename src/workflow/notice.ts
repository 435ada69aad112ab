// Public notice periods: closing one that ended (by the scheduled job, also after downtime).
import type { Payload } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { chinaDay } from '../email/format'
import { writeAudit } from '../hooks/audit'

/**
 * A notice period that ended is closed: the date is recorded, the trail says so, and the application is
 * ready for the city officer's approve / file (whose guard checks the period and objections). Nothing is
 * approved by the machine. Idempotent: an application not in notice, still in its period, or already
 * closed is skipped.
 */
export async function closeEndedNotice(payload: Payload, applicationId: number | string, today: string): Promise<'closed' | 'skipped'> {
  const application = await payload.findByID({ collection: 'applications', id: applicationId, depth: 0, overrideAccess: true })
  const endsOn = chinaDay(application.noticeEndsOn)
  if (application.status !== 'public-notice' || !endsOn || today <= endsOn || application.noticeClosedOn) return 'skipped'
  const req = await createLocalReq({ context: { transition: true } }, payload)
  const ownTransaction = await initTransaction(req)
  try {
    await payload.update({ collection: 'applications', id: applicationId, data: { noticeClosedOn: today }, overrideAccess: true, context: { transition: true }, req })
    await writeAudit(req, {
      action: 'change',
      collectionSlug: 'applications',
      docId: applicationId,
      application: applicationId,
      lead: application.lead,
      district: application.district,
      summary: `公示期（至${endsOn}）届满，无异议，待审定 / notice period ended on ${endsOn} without objection; ready for approval`,
    })
    if (ownTransaction) await commitTransaction(req)
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }
  return 'closed'
}
