// Moves an application through its programme's workflow: one named transition at a time, guarded by the
// policy engine, recorded in the audit trail and announced to the applicant, all in one transaction.
import type { PayloadRequest } from 'payload'
import { commitTransaction, Forbidden, initTransaction, killTransaction, ValidationError } from 'payload'

import { hasRole, idOf, roleOf } from '../access/roles'
import { writeAudit } from '../hooks/audit'
import { serializeOn, type Id } from '../hooks/relations'
import { violationText } from '../hooks/violations'
import {
  availableTransitions,
  blockingViolations,
  checkAll,
  checkTransition,
  MIN_REVIEWS,
  PANEL_PASS_SCORE,
  noticeEndsOn,
  officialName,
  type GuardContext,
  type PolicySetId,
  type Role,
  type State,
  type Violation,
} from '../policies'
import { queueNotification, type TemplateId } from '../email/enqueue'
import { chinaDay } from '../email/format'
import { todayInChina } from '../jobs/calendar'
import { applicationFacts } from './facts'

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
}

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
  const checklistBlocking = blockingViolations(checkAll({ ...facts, today, submittedOn: facts.submittedOn ?? today }))
  return {
    today,
    submittedOn: chinaDay(application.submittedOn) ?? today,
    reviewsComplete: reviews.length,
    reviewsRequired: program.minReviews ?? MIN_REVIEWS[policySet],
    noticeEndedOn: chinaDay(application.noticeEndsOn) ?? undefined,
    // One objection at a time is modelled: resolving it (with the officer's written finding) closes it.
    objectionsOpen: application.status === 'objection' && input.name !== 'resolve-objection' ? 1 : 0,
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
  return { reviewCount: totals.length, averageScore, recommend: averageScore !== null && averageScore >= PANEL_PASS_SCORE }
}

/**
 * Applies one named transition. Throws Forbidden when the user can't see the application, and
 * TransitionRefused (a ValidationError: 400 with every violated rule in zh/en) when a guard says no.
 */
export async function applyTransition(req: PayloadRequest, input: TransitionInput) {
  // One transaction for the whole transition (status, audit entry, outbox row): the caller's, or our own.
  const ownTransaction = await initTransaction(req)
  try {
    const doc = await transition(req, input)
    if (ownTransaction) await commitTransaction(req)
    return doc
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }
}

async function transition(req: PayloadRequest, input: TransitionInput) {
  const { payload } = req
  const system = Boolean(input.system)
  if (!system) {
    if (!req.user) throw new Forbidden(req.t)
    // Row access first: the user must be able to read the application at all.
    await payload.findByID({ collection: 'applications', id: input.applicationId, depth: 0, overrideAccess: false, user: req.user, req })
  }
  await serializeOn(req, 'applications', input.applicationId)
  const application = (await payload.findByID({ collection: 'applications', id: input.applicationId, depth: 0, overrideAccess: true, req })) as unknown as Record<string, any>
  const policySet = application.policySet as PolicySetId
  const from = application.status as State
  const role = actingRole(req, system)
  if (!role) throw new Forbidden(req.t)

  const ctx = await guardContext(req, application, input)
  const result = checkTransition(policySet, from, input.name, role, ctx)
  const violations: Violation[] = result.ok ? [] : [...result.violations]
  // Submission is blocked by any failing rule of the checklist (overrides excepted), whatever the set's guards say.
  if (['submit', 'resubmit'].includes(input.name) && ctx.checklistBlocking && Array.isArray(ctx.checklistBlocking)) {
    for (const v of ctx.checklistBlocking) if (!violations.some((x) => x.ruleId === v.ruleId)) violations.push(v)
  }
  if (!result.ok || violations.length > 0) throw new TransitionRefused(violations)
  const to = result.to as State
  const today = ctx.today as string

  const data: Record<string, unknown> = { status: to }
  if (['submit', 'resubmit'].includes(input.name)) data.submittedOn = new Date().toISOString()
  if (to === 'public-notice' && from !== 'objection') {
    const program = await payload.findByID({ collection: 'programs', id: idOf(application.program) as Id, depth: 0, overrideAccess: true, req })
    data.noticeStartsOn = today
    data.noticeEndsOn = noticeEndsOn(today, program.noticeWorkingDays ?? undefined)
  }
  if (RECOGNITION_STATES.has(to) && !application.recognizedOn) {
    data.recognizedOn = today
    data.officialName = officialName(policySet, application.title, 'zh', application.carrierKind)
    data.officialNameEn = officialName(policySet, application.title, 'en', application.carrierKind)
  }
  data.isPublic = PUBLIC_STATES.has(to)
  if (input.name === 'conclude-review') data.panel = await panelOf(req, application)

  const updated = await payload.update({
    collection: 'applications',
    id: input.applicationId,
    data,
    overrideAccess: true,
    context: { transition: true },
    req,
  })

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
    summary: `${application.title}：${input.name}（${from} → ${to}）`,
  })

  const template = TEMPLATE_FOR[to]
  if (template) {
    // One message to the applicants of the lead unit, keyed to this event so a retry never sends it twice.
    await queueNotification(req, {
      template,
      to: { applicantsOf: application.id },
      application: application.id,
      businessKey: `transition:${application.id}:${input.name}:${from}:${to}:${Date.now()}`,
      data: {
        applicationId: application.id,
        title: application.title,
        officialName: updated.officialName ?? null,
        reason: input.reason ?? null,
        from,
        to,
        noticeStartsOn: updated.noticeStartsOn ?? null,
        noticeEndsOn: updated.noticeEndsOn ?? null,
      },
    })
  }
  return updated
}

/** The transitions this user may try now, with the guards' verdicts, for the admin's buttons. */
export async function transitionsFor(req: PayloadRequest, applicationId: Id) {
  const application = (await req.payload.findByID({ collection: 'applications', id: applicationId, depth: 0, overrideAccess: false, user: req.user, req })) as unknown as Record<string, any>
  const role = actingRole(req, false)
  if (!role) return []
  const ctx = await guardContext(req, application, { applicationId, name: '' })
  return availableTransitions(application.policySet, application.status, role).map((t) => {
    const check = checkTransition(application.policySet, application.status, t.name, role, { ...ctx, reason: 'x'.repeat(20) })
    const blocking = ['submit', 'resubmit'].includes(t.name) ? (ctx.checklistBlocking as Violation[]) : []
    const violations = [...(check.ok ? [] : check.violations), ...blocking]
    return { name: t.name, label: t.label, to: check.ok ? check.to : t.to, needsReason: Boolean(t.needsReason), allowed: violations.length === 0, violations }
  })
}

export const isTransitionContext = (context: Record<string, unknown> | undefined): boolean => Boolean(context?.transition || context?.seed)
export { hasRole }
