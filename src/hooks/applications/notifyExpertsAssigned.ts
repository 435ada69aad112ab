// Experts learn of an assignment by email (queued in the request's transaction, sent by the outbox job), once
// per application and expert; the review's due date is set on the first assignment unless the bureau set one.
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { queueNotification } from '../../email/enqueue'
import { todayInChina } from '../../jobs/calendar'
import { reviewDueOn } from '../../policies/journey'
import { idOf } from '../relations'

const expertIds = (value: unknown): string[] => (Array.isArray(value) ? value.map((v) => String(idOf(v))).filter((v) => v !== 'null') : [])

export const defaultReviewDueOn: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const assigned = expertIds(data.assignedExperts ?? originalDoc?.assignedExperts)
  if (assigned.length > 0 && !(data.reviewDueOn ?? originalDoc?.reviewDueOn)) data.reviewDueOn = `${reviewDueOn(todayInChina())}T00:00:00.000Z`
  return data
}

export const notifyExpertsAssigned: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  if (context?.seed) return doc
  const before = new Set(expertIds(previousDoc?.assignedExperts))
  for (const expert of expertIds(doc.assignedExperts)) {
    if (before.has(expert)) continue
    await queueNotification(req, {
      template: 'review-assigned',
      to: { userId: Number.isNaN(Number(expert)) ? expert : Number(expert) },
      application: doc.id,
      data: { dueOn: doc.reviewDueOn ?? null },
      businessKey: `review-assigned:${doc.id}:${expert}`,
    })
  }
  return doc
}
