// Moves an application through its programme's workflow: one named transition at a time, guarded by the
// policy engine, recorded in the audit trail and announced to the applicant, all in one transaction.
import type { PayloadRequest } from 'payload'
import { commitTransaction, Forbidden, initTransaction, killTransaction, ValidationError } from 'payload'

import { hasRole, idOf, roleOf } from '../access/roles'
import { writeAudit } from '../hooks/audit'
import { serializeOn, type Id } from '../hooks/relations'
import { violationText } from '../hooks/violations'
import { documentsFor, issueDocuments } from './documents'
import {
  availableTransitions,
  blockingViolations,
  checkAll,
  checkCorrection,
  checkFinding,
  checkObjection,
  checkTransition,
  CORRECTABLE_LABELS,
  findTransition,
  guardViolation,
  MIN_REVIEWS,
  PANEL_PASS_SCORE,
  noticeEndsOn,
  noticeWorkingDaysFor,
  officialName,
  STATE_LABELS,
  unknownYears,
  withRevision,
  REQUIRED_DOCUMENTS_ID,
  type CorrectableField,
  type GuardContext,
  type ObjectionInput,
  type PolicySetId,
  type Role,
  type State,
  type Violation,
} from '../policies'
import { programWindow } from '../hooks/applications/deriveFromProgram'
import { loadCalendar } from './calendar'
import { queueNotification, type TemplateId } from '../email/enqueue'
import { chinaDay } from '../email/format'
import { todayInChina } from '../jobs/calendar'
import { applicationFacts } from './facts'
import { revisionForApplication } from './parameters'

/** The bureau's calendar runs on China's date, whatever the server's time zone. */
export const todayIso = (): string => todayInChina()

const RECOGNITION_STATES = new Set<State>(['recognized', 'approved', 'filed', 'in-construction'])
const PUBLIC_STATES = new Set<State>(['public-notice', 'objection', 'recognized', 'approved', 'filed', 'in-construction', 'under-evaluation'])

/** Admins act with the city bureau's powers; the jobs queue acts as the city bureau. */
const actingRole = (req: PayloadRequest, system: boolean): Role | null => {
  if (system) return 'city-officer'
  const role = roleOf(req.user)
  return role === 'admin' ? 'city-officer' : role
}

const TEMPLATE_FOR: Partial<Record<State, TemplateId>> = {
  submitted: 'submission-received',
  'district-review': 'submission-received',
  'formal-check': 'submission-received',
  returned: 'returned',
  'expert-review': 'expert-review-started',
  'public-notice': 'notice-started',
  recognized: 'approved',
  approved: 'approved',
  filed: 'approved',
  'in-construction': 'approved',
  rejected: 'rejected',
  delisted: 'delisted',
  cancelled: 'delisted',
}

export interface TransitionInput {
  applicationId: Id
  name: string
  reason?: string
  /** The request's date, for deadlines; tests and jobs pass their own. */
  today?: string
  /** Set by scheduled jobs, which act for the city bureau without a user. */
  system?: boolean
  /** receive-objection: who raised it, what it says, when it was received */
  objection?: ObjectionInput
  /** correct-record: the server-owned facts to correct, field → value */
  corrections?: Record<string, unknown>
}

/** The correction of server-owned facts: its own named transition (city officer, written reason, audited). */
export const CORRECTION = { name: 'correct-record', label: { zh: '更正记录', en: 'Correct the record' } } as const

/** A recognised carrier's decision and certificate, issued again under a new 文号: only by this named transition. */
export const REISSUE = { name: 'reissue-documents', label: { zh: '重新出具认定（备案）文件', en: 'Reissue the decision and certificate' } } as const

export class TransitionRefused extends ValidationError {
  violations: Violation[]
  constructor(violations: Violation[]) {
    super({ collection: 'applications', errors: violations.map((v) => ({ path: 'status', message: violationText(v) })) })
    this.message = violations.map(violationText).join('\n')
    this.violations = violations
  }
}

/** The expert reviews that count towards the panel: submitted, not recused. */
async function countedReviews(req: PayloadRequest, applicationId: Id) {
  const reviews = await req.payload.find({
    collection: 'reviews',
    where: { and: [{ application: { equals: applicationId } }, { submitted: { equals: true } }, { conflictDeclared: { not_equals: true } }, { stage: { equals: 'expert-review' } }] },
    select: { totalScore: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return reviews.docs
}

async function guardContext(req: PayloadRequest, application: Record<string, any>, input: TransitionInput): Promise<GuardContext> {
  const { payload } = req
  const today = input.today ?? todayIso()
  const policySet = application.policySet as PolicySetId
  const program = await payload.findByID({ collection: 'programs', id: idOf(application.program) as Id, depth: 0, overrideAccess: true, req })
  const reviews = await countedReviews(req, application.id)
  const facts = await applicationFacts(req, application.id)
  const receivedOn = chinaDay(application.receivedOn) ?? undefined
  const checklistBlocking = blockingViolations(checkAll({ ...facts, today, submittedOn: receivedOn ?? facts.submittedOn ?? today }))
  const objections = await payload.count({ collection: 'objections', where: { and: [{ application: { equals: application.id } }, { status: { equals: 'open' } }] }, overrideAccess: true, req })
  return {
    today,
    // Deadlines run on the day a paper application was received, else on the day it was submitted (or today).
    submittedOn: receivedOn ?? chinaDay(application.submittedOn) ?? today,
    receivedOn,
    program: programWindow(program),
    reviewsComplete: reviews.length,
    // The programme's own quorum, else the revision's.
    reviewsRequired: program.minReviews ?? facts.parameters?.minReviews ?? MIN_REVIEWS[policySet],
    params: facts.parameters,
    revision: facts.revision,
    noticeEndedOn: chinaDay(application.noticeEndsOn) ?? undefined,
    // Objections are records: resolving one (with the officer's written finding) closes it.
    objectionsOpen: input.name === 'resolve-objection' ? 0 : objections.totalDocs,
    checklistBlocking,
    peerExperts: (application.peerExperts ?? []).map((e: { title: string; disciplineMatch: string }) => ({ title: e.title, disciplineMatch: e.disciplineMatch })),
    isNewTypeRnd: Boolean(facts.lead.isNewTypeRnd),
    targeted: Boolean(application.targeted),
    carrierKind: application.carrierKind,
    complexConsent: { relyingUnit: Boolean(application.complexConsent?.relyingUnit), constructionUnit: Boolean(application.complexConsent?.constructionUnit) },
    pledgeSigned: Boolean(application.pledge?.signedOn && application.pledge?.signatory),
    evaluations: facts.evaluations,
    reason: input.reason,
  }
}

/** The panel's result, computed from the submitted, non-conflicted reviews' computed totals. */
async function panelOf(req: PayloadRequest, application: Record<string, any>) {
  const totals = (await countedReviews(req, application.id)).map((r) => r.totalScore).filter((t): t is number => typeof t === 'number')
  const averageScore = totals.length ? Math.floor(totals.reduce((a, b) => a + b, 0) / totals.length) : null
  // The pass mark of the revision the application is judged on.
  const day = chinaDay(application.receivedOn) ?? chinaDay(application.submittedOn) ?? todayIso()
  const passScore = (await revisionForApplication(req, application, day)).values.passScore ?? PANEL_PASS_SCORE
  return { reviewCount: totals.length, averageScore, recommend: averageScore !== null && averageScore >= passScore }
}

/**
 * Applies one named transition. Throws Forbidden when the user can't see the application, and
 * TransitionRefused (a ValidationError: 400 with every violated rule in zh/en) when a guard says no.
 */
export async function applyTransition(req: PayloadRequest, input: TransitionInput) {
  // One transaction for the whole transition (status, audit entry, outbox row): the caller's, or our own.
  const ownTransaction = await initTransaction(req)
  try {
    const doc = input.name === CORRECTION.name ? await correctRecord(req, input) : input.name === REISSUE.name ? await reissueDocuments(req, input) : await transition(req, input)
    if (ownTransaction) await commitTransaction(req)
    return doc
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }
}

/** The label of a transition as a person reads it: 发布公示（待审定/批准 → 公示中）. */
export function transitionSummary(policySet: PolicySetId, title: string, name: string, from: State, to: State): string {
  const label = name === CORRECTION.name ? CORRECTION.label.zh : name === REISSUE.name ? REISSUE.label.zh : (findTransition(policySet, from, name)?.label.zh ?? name)
  return `${title}：${label}（${STATE_LABELS[from]?.zh ?? from} → ${STATE_LABELS[to]?.zh ?? to}）`
}

const dayOf = (v: unknown): string | null => chinaDay(v as string | null | undefined)

async function readable(req: PayloadRequest, input: TransitionInput) {
  const system = Boolean(input.system)
  if (!system) {
    if (!req.user) throw new Forbidden(req.t)
    // Row access first: the user must be able to read the application at all.
    await req.payload.findByID({ collection: 'applications', id: input.applicationId, depth: 0, overrideAccess: false, user: req.user, req })
  }
  await serializeOn(req, 'applications', input.applicationId)
  return (await req.payload.findByID({ collection: 'applications', id: input.applicationId, depth: 0, overrideAccess: true, req })) as unknown as Record<string, any>
}

async function transition(req: PayloadRequest, input: TransitionInput) {
  const { payload } = req
  const system = Boolean(input.system)
  const application = await readable(req, input)
  const policySet = application.policySet as PolicySetId
  const from = application.status as State
  const role = actingRole(req, system)
  if (!role) throw new Forbidden(req.t)

  const ctx = await guardContext(req, application, input)
  const result = checkTransition(policySet, from, input.name, role, ctx)
  const violations: Violation[] = result.ok ? [] : [...result.violations]
  // Submission is blocked by any failing rule of the checklist (overrides excepted), whatever the set's guards say.
  if (['submit', 'resubmit'].includes(input.name) && ctx.checklistBlocking && Array.isArray(ctx.checklistBlocking)) {
    for (const v of ctx.checklistBlocking) if (v.ruleId === REQUIRED_DOCUMENTS_ID || !violations.some((x) => x.ruleId === v.ruleId)) violations.push(v)
  }
  const today = ctx.today as string
  // An objection names who, what and when; resolving it needs the officer's finding.
  if (input.name === 'receive-objection') violations.push(...checkObjection(policySet, input.objection, dayOf(application.noticeStartsOn), today))
  if (input.name === 'resolve-objection') violations.push(...checkFinding(policySet, input.reason))
  // Every refusal names the revision whose figures it applied (a missing document is no figure of it).
  if (!result.ok || violations.length > 0) throw new TransitionRefused(violations.map((v) => (v.ruleId === REQUIRED_DOCUMENTS_ID ? v : { ...v, message: withRevision(v.message, ctx.revision) })))
  const to = result.to as State

  const data: Record<string, unknown> = { status: to }
  let calendarNote = ''
  if (['submit', 'resubmit'].includes(input.name)) data.submittedOn = new Date().toISOString()
  if (to === 'public-notice' && from !== 'objection') {
    const program = await payload.findByID({ collection: 'programs', id: idOf(application.program) as Id, depth: 0, overrideAccess: true, req })
    const calendar = await loadCalendar(req)
    data.noticeStartsOn = today
    // The programme's notice days, else the revision's in force on the first day of the notice.
    const days = noticeWorkingDaysFor(program.noticeWorkingDays, (await revisionForApplication(req, application, today)).values.noticeWorkingDays)
    data.noticeEndsOn = noticeEndsOn(today, days, calendar)
    const unknown = unknownYears(calendar, today, data.noticeEndsOn as string)
    // A year whose holidays nobody has entered yet is counted Monday to Friday, and the trail says so.
    if (unknown.length > 0) calendarNote = `；${unknown.join('、')}年节假日安排尚未录入，按周一至周五计算`
  }
  if (RECOGNITION_STATES.has(to) && !application.recognizedOn) {
    data.recognizedOn = today
    data.officialName = officialName(policySet, application.title, 'zh', application.carrierKind)
    // Wholly English or none: from the English carrier name (or a title that is already English), never the Chinese one.
    const english = [application.titleEn, application.title].map((t) => (typeof t === 'string' ? t.trim() : '')).find((t) => t && !/[\u3400-\u9fff]/.test(t))
    data.officialNameEn = english ? officialName(policySet, english, 'en', application.carrierKind) : null
  }
  data.isPublic = PUBLIC_STATES.has(to)
  if (input.name === 'conclude-review') data.panel = await panelOf(req, application)

  const { application: updated, issued } = await issueDocuments(
    req,
    await payload.update({ collection: 'applications', id: input.applicationId, data, overrideAccess: true, context: { transition: true }, req }),
    documentsFor(input.name, Boolean(data.recognizedOn)),
  )

  const actor = req.user ? String((req.user as { name?: unknown }).name ?? `#${req.user.id}`) : '系统'
  if (input.name === 'receive-objection') {
    const o = input.objection as { objector: string; content: string; receivedOn?: string }
    await payload.create({
      collection: 'objections',
      data: {
        application: application.id,
        objector: o.objector.trim(),
        content: o.content.trim(),
        receivedOn: o.receivedOn || today,
        status: 'open',
        recordedBy: actor,
        summary: o.content.trim().slice(0, 60),
      },
      overrideAccess: true,
      context: { transition: true },
      req,
    })
  }
  if (input.name === 'resolve-objection') {
    await payload.update({
      collection: 'objections',
      where: { and: [{ application: { equals: application.id } }, { status: { equals: 'open' } }] },
      data: { status: 'resolved', finding: (input.reason ?? '').trim(), resolvedOn: today, resolvedBy: actor },
      overrideAccess: true,
      context: { transition: true },
      req,
    })
  }

  // What the transition wrote, for the trail: ids and days, never populated records.
  const changes: Record<string, { from: unknown; to: unknown }> = {}
  for (const [field, value] of Object.entries(data)) {
    if (field === 'panel' || field === 'submittedOn') continue
    const before = field.endsWith('On') ? dayOf(application[field]) : (application[field] ?? null)
    const after = field.endsWith('On') ? dayOf(value) : (value ?? null)
    if (JSON.stringify(before) !== JSON.stringify(after)) changes[field] = { from: before, to: after }
  }
  const objectionNote =
    input.name === 'receive-objection'
      ? `；异议收到日期：${(input.objection?.receivedOn as string) || today}；内容：${String(input.objection?.content ?? '').trim().slice(0, 120)}`
      : ''
  await writeAudit(req, {
    action: 'transition',
    collectionSlug: 'applications',
    docId: application.id,
    application: application.id,
    lead: application.lead,
    district: application.district,
    transition: input.name,
    from,
    to,
    reason: input.reason ?? null,
    changes,
    summary: `${transitionSummary(policySet, application.title, input.name, from, to)}${data.noticeEndsOn ? `；公示期${today}至${String(data.noticeEndsOn)}` : ''}${calendarNote}${objectionNote}`.slice(0, 500),
  })

  const template = TEMPLATE_FOR[to]
  if (template) {
    // One message to the applicants of the lead unit, keyed to this event so a retry never sends it twice.
    await queueNotification(req, {
      template,
      to: { applicantsOf: application.id },
      application: application.id,
      businessKey: `transition:${application.id}:${input.name}:${from}:${to}:${Date.now()}`,
      // The decision and the certificate go to the applicant with the email (the notice is public on the site).
      attachments: issued.filter((d) => d.kind !== 'notice').map((d) => d.file),
      data: {
        applicationId: application.id,
        title: application.title,
        officialName: updated.officialName ?? null,
        reason: input.reason ?? null,
        from,
        to,
        noticeStartsOn: updated.noticeStartsOn ?? null,
        noticeEndsOn: updated.noticeEndsOn ?? null,
        ...(issued.some((d) => d.kind !== 'notice') ? { note: `${issued.find((d) => d.kind === 'decision')?.number ? `文号：${issued.find((d) => d.kind === 'decision')!.number}。` : ''}认定（备案）通知和证书见本邮件附件（PDF），也可登录系统在申报的“认定与公开”页下载。` } : {}),
      },
    })
  }
  return updated
}

/**
 * correct-record: a city officer corrects facts the workflow owns (notice dates, recognition date, official names,
 * received-on date), with a written reason; the checks keep a correction from bending a rule; the trail keeps
 * before and after; the applicant is told.
 */
async function correctRecord(req: PayloadRequest, input: TransitionInput) {
  const { payload } = req
  const application = await readable(req, input)
  const policySet = application.policySet as PolicySetId
  const status = application.status as State
  const role = actingRole(req, Boolean(input.system))
  if (role !== 'city-officer') {
    throw new TransitionRefused([guardViolation('guard.role', policySet, `角色 ${String(role)} 无权更正记录（仅市科技局）`, `Role ${String(role)} may not correct the record (city officer only)`, 'city-officer', String(role))])
  }
  const today = input.today ?? todayIso()
  const program = await payload.findByID({ collection: 'programs', id: idOf(application.program) as Id, depth: 0, overrideAccess: true, req })
  const fields: CorrectableField[] = ['noticeStartsOn', 'noticeEndsOn', 'recognizedOn', 'officialName', 'officialNameEn', 'receivedOn']
  const current = Object.fromEntries(fields.map((f) => [f, f.endsWith('On') ? dayOf(application[f]) : (application[f] ?? null)]))
  const result = checkCorrection({
    policySet,
    status,
    today,
    reason: input.reason,
    current,
    corrections: input.corrections ?? {},
    submittedOn: dayOf(application.receivedOn) ?? dayOf(application.submittedOn),
    // The period the notice ran on: the programme's own, else the revision's in force on its first day.
    noticeWorkingDays: noticeWorkingDaysFor(program.noticeWorkingDays, (await revisionForApplication(req, application, dayOf(application.noticeStartsOn) ?? today)).values.noticeWorkingDays),
    calendar: await loadCalendar(req),
    program: programWindow(program),
  })
  if (result.violations.length > 0) throw new TransitionRefused(result.violations)
  const data = Object.fromEntries(Object.entries(result.changes).map(([f, c]) => [f, c!.to]))
  const updated = await payload.update({ collection: 'applications', id: input.applicationId, data, overrideAccess: true, context: { transition: true }, req })
  const lines = Object.entries(result.changes).map(([f, c]) => `${CORRECTABLE_LABELS[f as CorrectableField].zh}：${c!.from ?? '（空）'} → ${c!.to}`)
  await writeAudit(req, {
    action: 'correction',
    collectionSlug: 'applications',
    docId: application.id,
    application: application.id,
    lead: application.lead,
    district: application.district,
    transition: CORRECTION.name,
    from: status,
    to: status,
    reason: input.reason ?? null,
    changes: result.changes as Record<string, { from: unknown; to: unknown }>,
    summary: `${application.title}：更正记录（${lines.join('；')}）`.slice(0, 500),
  })
  await queueNotification(req, {
    template: 'record-corrected',
    to: { applicantsOf: application.id },
    application: application.id,
    businessKey: `correction:${application.id}:${Date.now()}`,
    data: { title: application.title, reason: input.reason ?? null, corrections: lines },
  })
  return updated
}

/**
 * reissue-documents: a city officer issues a recognised carrier's decision and certificate again (a wrong name,
 * a lost certificate), with a written reason. The new decision takes the programme's next 文号; the earlier ones
 * stay listed; the trail keeps the reason; the applicant gets the new PDFs by email.
 */
async function reissueDocuments(req: PayloadRequest, input: TransitionInput) {
  const application = await readable(req, input)
  const policySet = application.policySet as PolicySetId
  const status = application.status as State
  const role = actingRole(req, Boolean(input.system))
  if (role !== 'city-officer') {
    throw new TransitionRefused([guardViolation('guard.role', policySet, `角色 ${String(role)} 无权重新出具认定（备案）文件（仅市科技局）`, `Role ${String(role)} may not reissue the documents (city officer only)`, 'city-officer', String(role))])
  }
  if (!application.recognizedOn || !RECOGNITION_STATES.has(status)) {
    throw new TransitionRefused([guardViolation('guard.valid-transition', policySet, `当前状态（${STATE_LABELS[status]?.zh ?? status}）尚未认定（备案），无文件可重新出具`, `Not recognised (${STATE_LABELS[status]?.en ?? status}): there is nothing to reissue`, 'recognised', status)])
  }
  const reason = (input.reason ?? '').trim()
  if (reason.length < 5) {
    throw new TransitionRefused([guardViolation('guard.reason-required', policySet, '重新出具文件须写明理由（至少5个字）', 'Reissuing needs a written reason (5 characters at least)', '≥ 5', String(reason.length))])
  }
  const { application: updated, issued } = await issueDocuments(req, application, ['decision', 'certificate'])
  const number = issued.find((d) => d.kind === 'decision')?.number ?? null
  await writeAudit(req, {
    action: 'transition',
    collectionSlug: 'applications',
    docId: application.id,
    application: application.id,
    lead: application.lead,
    district: application.district,
    transition: REISSUE.name,
    from: status,
    to: status,
    reason,
    changes: { documents: { from: null, to: issued.map((d) => `${d.kind}:${d.number ?? ''}`) } },
    summary: `${application.title}：${REISSUE.label.zh}${number ? `（${number}）` : ''}`.slice(0, 500),
  })
  await queueNotification(req, {
    template: 'record-corrected',
    to: { applicantsOf: application.id },
    application: application.id,
    businessKey: `reissue:${application.id}:${Date.now()}`,
    data: { title: application.title, reason, corrections: [`${REISSUE.label.zh}${number ? `：文号 ${number}` : ''}（见附件）`] },
    attachments: issued.map((d) => d.file),
  })
  return updated
}

/** The transitions this user may try now, with the guards' verdicts, for the admin's buttons. */
export async function transitionsFor(req: PayloadRequest, applicationId: Id) {
  const application = (await req.payload.findByID({ collection: 'applications', id: applicationId, depth: 0, overrideAccess: false, user: req.user, req })) as unknown as Record<string, any>
  const role = actingRole(req, false)
  if (!role) return []
  const ctx = await guardContext(req, application, { applicationId, name: '' })
  // Drafts and returned applications are still the applicant's (and staff edit the received-on date directly).
  const correction: { name: string; label: { zh: string; en: string }; to: string; needsReason: boolean; allowed: boolean; violations: Violation[] }[] = role === 'city-officer' && !['draft', 'returned'].includes(application.status) ? [{ name: CORRECTION.name, label: CORRECTION.label, to: application.status, needsReason: true, allowed: true, violations: [] as Violation[] }] : []
  if (role === 'city-officer' && application.recognizedOn && RECOGNITION_STATES.has(application.status)) {
    correction.push({ name: REISSUE.name, label: REISSUE.label, to: application.status, needsReason: true, allowed: true, violations: [] as Violation[] })
  }
  return [...availableTransitions(application.policySet, application.status, role).map((t) => {
    const check = checkTransition(application.policySet, application.status, t.name, role, { ...ctx, reason: 'x'.repeat(20) })
    const blocking = ['submit', 'resubmit'].includes(t.name) ? (ctx.checklistBlocking as Violation[]) : []
    const violations = [...(check.ok ? [] : check.violations), ...blocking]
    return { name: t.name, label: t.label, to: check.ok ? check.to : t.to, needsReason: Boolean(t.needsReason), allowed: violations.length === 0, violations }
  }), ...correction]
}

export const isTransitionContext = (context: Record<string, unknown> | undefined): boolean => Boolean(context?.transition || context?.seed)
export { hasRole }
