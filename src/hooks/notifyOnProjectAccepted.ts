// When a Cixi complex's (cx-complex) self-run project passes acceptance, the remaining 40% of its subsidy falls
// due: tell the city officers, once per project (business key remainder-due:<projectId>). The email is queued in
// the request's transaction (outbox), never sent from here.
import type { CollectionAfterChangeHook } from 'payload'

import { queueNotification } from '../email/enqueue'
import { CX_FIRST_INSTALLMENT_PCT } from '../policies/funding'
import { percentOf } from '../policies/money'
import { idOf, loadApplication } from './relations'

export const notifyOnProjectAccepted: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc.status !== 'accepted' || previousDoc?.status === 'accepted') return doc
  if (doc.kind !== 'self-run') return doc
  const applicationId = idOf(doc.application)
  if (applicationId === null) return doc
  const application = await loadApplication(req, applicationId)
  if (application.policySet !== 'cx-complex') return doc

  const subsidyTotal = typeof doc.subsidyTotal === 'number' ? doc.subsidyTotal : null
  const remainder = subsidyTotal !== null ? subsidyTotal - percentOf(subsidyTotal, CX_FIRST_INSTALLMENT_PCT) : null
  await queueNotification(req, {
    template: 'remainder-installment-due',
    to: { role: 'city-officer' },
    application: applicationId,
    data: { projectId: doc.id, projectTitle: doc.title, subsidyTotal, remainder, acceptedOn: doc.acceptedOn ?? new Date().toISOString() },
    businessKey: `remainder-due:${doc.id}`,
  })
  return doc
}
