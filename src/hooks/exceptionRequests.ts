import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { Forbidden } from 'payload'

import { hasRole, organizationOf } from '../access/roles'
import { checkAll, isRuleId, rulesOfSet, type PolicySetId } from '../policies'
import { todayInChina } from '../jobs/calendar'
import { applicationFacts } from '../workflow/facts'
import { writeAudit } from './audit'
import { idOf, loadApplication } from './relations'
import { rejectMessage } from './violations'

/**
 * A request names an "in principle" rule of the application's policy set that the application fails now, once
 * (no second open request for the same rule); a decision is the city bureau's, with a reason, and final.
 */
export const checkExceptionRequest: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const applicationId = idOf(data.application ?? originalDoc?.application)
  if (applicationId === null) return data
  const application = await loadApplication(req, applicationId)
  const policySet = application.policySet as PolicySetId
  if (operation === 'create') {
    // An applicant asks only about its own unit's applications (the lead).
    if (hasRole(req.user, 'applicant') && String(organizationOf(req.user)) !== String(idOf(application.lead))) throw new Forbidden(req.t)
    const ruleId = String(data.ruleId ?? '').trim()
    const rule = isRuleId(ruleId) ? rulesOfSet(policySet).find((r) => r.id === ruleId) : undefined
    if (!rule || rule.severity !== 'overridable') {
      rejectMessage('exception-requests', 'ruleId', '只能对本政策中的“原则上”条款申请豁免', 'an exception can be asked only for an "in principle" rule of this policy set')
    }
    const today = todayInChina()
    const facts = await applicationFacts(req, applicationId)
    const item = checkAll({ ...facts, today, submittedOn: facts.submittedOn ?? today }).find((i) => i.ruleId === ruleId)
    if (item?.status !== 'fail') {
      rejectMessage('exception-requests', 'ruleId', `“${rule.title.zh}”目前没有不符合，无需申请豁免`, `"${rule.title.en}" is not failing now; no exception is needed`)
    }
    const open = await req.payload.count({ collection: 'exception-requests', where: { and: [{ application: { equals: applicationId } }, { ruleId: { equals: ruleId } }, { status: { equals: 'pending' } }] }, overrideAccess: true, req })
    if (open.totalDocs > 0) {
      rejectMessage('exception-requests', 'ruleId', `“${rule.title.zh}”已有一项待决定的豁免申请`, `an exception request for "${rule.title.en}" is already awaiting a decision`)
    }
    // The title as the checklist states it: the figures of the revision the application is judged on, and its name.
    const title = item.title ?? rule.title
    data.ruleId = ruleId
    data.ruleTitle = title.zh
    data.label = `${application.title}：${title.zh}`
    data.requestedBy = req.user?.id ?? null
    data.status = 'pending'
    return data
  }
  const before = originalDoc?.status ?? 'pending'
  const after = data.status ?? before
  if (before !== 'pending' && after !== before) {
    rejectMessage('exception-requests', 'status', '该豁免申请已作出决定，不能更改', 'this request has been decided; the decision cannot be changed')
  }
  if (before === 'pending' && after !== 'pending') {
    if (!hasRole(req.user, 'admin', 'city-officer')) rejectMessage('exception-requests', 'status', '豁免由市科技局决定', 'the city bureau decides on exceptions')
    const reason = String(data.decisionReason ?? originalDoc?.decisionReason ?? '').trim()
    if (reason.length < 10) rejectMessage('exception-requests', 'decisionReason', '作出决定须写明理由（至少10个字）', 'a decision needs a written reason (at least 10 characters)')
    data.decidedBy = req.user?.id ?? null
    data.decidedAt = new Date().toISOString()
  }
  return data
}

/** Every request and decision is in the trail; a grant becomes an override of the rule, stamped as the officer's. */
export const applyExceptionDecision: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const applicationId = idOf(doc.application)
  if (applicationId === null) return doc
  const base = { collectionSlug: 'exception-requests', docId: doc.id, application: applicationId, lead: doc.lead, district: doc.district }
  if (operation === 'create') {
    await writeAudit(req, { ...base, action: 'create', reason: doc.reason, summary: `申请豁免“原则上”条款：${doc.ruleTitle ?? doc.ruleId}` })
    return doc
  }
  if (previousDoc?.status !== 'pending' || doc.status === 'pending') return doc
  const granted = doc.status === 'granted'
  await writeAudit(req, {
    ...base,
    action: 'override',
    from: 'pending',
    to: doc.status,
    reason: doc.decisionReason,
    summary: `${granted ? '同意' : '不予'}豁免“原则上”条款：${doc.ruleTitle ?? doc.ruleId}`,
  })
  if (granted) {
    const application = await loadApplication(req, applicationId)
    const overrides = ((application.overrides ?? []) as { id?: string }[]).map((o) => ({ ...o }))
    await req.payload.update({
      collection: 'applications',
      id: applicationId,
      data: { overrides: [...overrides, { ruleId: doc.ruleId, reason: `依申报单位申请豁免：${doc.decisionReason}` }] } as never,
      depth: 0,
      overrideAccess: true,
      req,
      context: { exceptionGranted: doc.id },
    })
  }
  return doc
}
