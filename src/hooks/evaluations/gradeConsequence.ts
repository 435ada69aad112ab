import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { queueNotification } from '../../email/enqueue'
import { dayForYear, evaluationConsequence, type EvaluationRecord, type Grade, type PolicySetId } from '../../policies'
import { todayInChina } from '../../jobs/calendar'
import { revisionOn } from '../../workflow/parameters'
import { applyTransition } from '../../workflow/transition'
import { idOf, loadApplication } from '../relations'

async function history(req: PayloadRequest, applicationId: number | string, current: { id?: unknown; year: number; kind: string; grade: string }) {
  const graded = await req.payload.find({
    collection: 'evaluations',
    where: { and: [{ application: { equals: applicationId } }, { grade: { exists: true } }] },
    select: { year: true, kind: true, grade: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const rows: EvaluationRecord[] = graded.docs
    .filter((d) => String(d.id) !== String(current.id) && d.grade)
    .map((d) => ({ year: Number(d.year), kind: d.kind, grade: d.grade as Grade }))
  rows.push({ year: current.year, kind: current.kind as EvaluationRecord['kind'], grade: current.grade as Grade })
  return rows
}

/** A grade's consequence is computed by the policy, never typed: rolling support, adjustment, delisting. */
export const computeConsequence: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  if (!merged.grade || merged.grade === originalDoc?.grade) return data
  const applicationId = idOf(merged.application)
  if (applicationId === null) return data
  const application = await loadApplication(req, applicationId)
  // The consequences of the revision in force in the evaluated year.
  const revision = await revisionOn(req, application.policySet as PolicySetId, dayForYear(Number(merged.year), todayInChina()))
  const result = evaluationConsequence(application.policySet as PolicySetId, await history(req, applicationId, merged), revision.values)
  data.consequence = `${result.action}: ${result.message.zh}`
  data.gradedBy = req.user?.id ?? null
  return data
}

const OPERATING = new Set(['recognized', 'approved', 'filed', 'in-construction', 'under-evaluation'])

/**
 * Delisting (摘牌) and cancellation follow from the grades by rule; they are applied at once, as the
 * city bureau, with the policy's message as the reason. Adjustment and termination stay the officer's call.
 */
export const applyConsequence: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (!doc.grade || doc.grade === previousDoc?.grade) return doc
  const applicationId = idOf(doc.application)
  if (applicationId === null) return doc
  const application = await loadApplication(req, applicationId)
  const revision = await revisionOn(req, application.policySet as PolicySetId, dayForYear(Number(doc.year), todayInChina()))
  const result = evaluationConsequence(application.policySet as PolicySetId, await history(req, applicationId, doc), revision.values)

  await queueNotification(req, {
    template: 'evaluation-result',
    to: { applicantsOf: applicationId },
    application: applicationId,
    businessKey: `evaluation-result:${doc.id}:${doc.grade}`,
    data: { applicationId, title: application.title, year: doc.year, grade: doc.grade, consequence: result.message.zh },
  })

  if ((result.action === 'delist' || result.action === 'cancel') && OPERATING.has(String(application.status))) {
    if (application.status !== 'under-evaluation') {
      await applyTransition(req, { applicationId, name: 'start-evaluation', system: true })
    }
    await applyTransition(req, { applicationId, name: result.action, system: true, reason: result.message.zh })
  }
  return doc
}
