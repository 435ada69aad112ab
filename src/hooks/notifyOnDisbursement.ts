// A payment recorded for a carrier is news to its applicants: one email per payment (business key
// disbursement:<id>), queued in the request's transaction. A reversal corrects the ledger and says nothing.
import type { CollectionAfterChangeHook } from 'payload'

import { queueNotification, type NotificationInput } from '../email/enqueue'
import { CAP_APPLICATION } from './enforceDisbursementCaps'
import { idOf } from './relations'

export const notifyOnDisbursement: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || doc.reverses) return doc
  const applicationId = idOf(doc.application)
  if (applicationId === null) return doc
  await queueNotification(req, {
    template: 'disbursement-recorded',
    to: { applicantsOf: applicationId },
    application: applicationId,
    data: { amount: doc.amount, installment: doc.installment, year: doc.year, basis: doc.basis, paidOn: doc.paidOn ?? null },
    businessKey: `disbursement:${doc.id}`,
    // The key names the row this transaction just created, and the caps hook has just read the application.
    freshKey: true,
    known: req.context[CAP_APPLICATION] as NotificationInput['known'],
  })
  return doc
}
