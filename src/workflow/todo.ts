// The dashboard's to-do per role: reads the records with the user's own access and asks src/policies/todo.ts
// what is due; each item links to the admin list filtered to exactly those records.
import type { Payload, PayloadRequest, Where } from 'payload'

import { hasRole, idOf, roleOf } from '../access/roles'
import { chinaDay } from '../email/format'
import { isoDayRange } from '../lib/labels'
import { whereQuery } from '../lib/query-string'
import {
  addDays,
  evaluationState,
  installmentDue,
  queueFor,
  REVIEW_DUE_DAYS,
  EVALUATION_DUE_WINDOW_DAYS,
  waiting,
  WORKFLOWS,
  type PolicySetId,
  type Role,
  type Waiting,
} from '../policies'

type User = NonNullable<PayloadRequest['user']>
type Bilingual = { zh: string; en: string }

export type TodoKind =
  | 'office-review'
  | 'notices-ended'
  | 'objections-open'
  | 'reviews-overdue'
  | 'installments-due'
  | 'evaluations-due'
  | 'evaluations-overdue'
  | 'outbox-failed'
  | 'my-reviews'
  | 'my-drafts'
  | 'my-returned'

export interface TodoItem extends Waiting {
  kind: TodoKind
  label: Bilingual
  href: string
  /** shown in red: something is late */
  late?: boolean
}

const list = (slug: string, where: Where) => `/admin/collections/${slug}?${whereQuery(where)}`
const day = (v: unknown) => chinaDay(v as string | null | undefined)
const all = { depth: 0, pagination: false, overrideAccess: false } as const

async function officeQueue(payload: Payload, user: User, role: Role, today: string): Promise<TodoItem | null> {
  const queue = queueFor(Object.keys(WORKFLOWS) as PolicySetId[], role)
  if (queue.length === 0) return null
  const where: Where = { or: queue.map((q): Where => ({ and: [{ policySet: { equals: q.policySet } } as Where, { status: { in: q.states } } as Where] })) }
  const found = await payload.find({ collection: 'applications', where, select: { submittedOn: true, receivedOn: true, updatedAt: true }, ...all, user })
  const label = role === 'district-officer' ? { zh: '待本局初审推荐的申报', en: 'Applications awaiting this district’s review' } : { zh: '待本局审核办理的申报', en: 'Applications awaiting this bureau’s action' }
  return { kind: 'office-review', label, href: list('applications', where), ...waiting(found.docs.map((d) => day(d.receivedOn) ?? day(d.submittedOn) ?? day(d.updatedAt)), today) }
}

async function noticesEnded(payload: Payload, user: User, today: string): Promise<TodoItem> {
  // A notice that ended before today's start in China, not yet decided.
  const where: Where = { and: [{ status: { equals: 'public-notice' } }, { noticeEndsOn: { less_than: isoDayRange(today, today).from } }] }
  const found = await payload.find({ collection: 'applications', where, select: { noticeEndsOn: true }, ...all, user })
  return {
    kind: 'notices-ended',
    label: { zh: '公示期满待审定', en: 'Notices ended, awaiting a decision' },
    href: list('applications', where),
    ...waiting(found.docs.map((d) => (day(d.noticeEndsOn) ? addDays(day(d.noticeEndsOn)!, 1) : null)), today),
  }
}

async function objectionsOpen(payload: Payload, user: User, today: string): Promise<TodoItem> {
  const where: Where = { status: { equals: 'open' } }
  const found = await payload.find({ collection: 'objections', where, select: { receivedOn: true }, ...all, user })
  return { kind: 'objections-open', label: { zh: '待处理的公示异议', en: 'Objections to resolve' }, href: list('objections', where), ...waiting(found.docs.map((d) => day(d.receivedOn)), today), late: found.docs.length > 0 }
}

const notSubmitted: Where = { or: [{ submitted: { equals: false } }, { submitted: { exists: false } }] }

async function reviewsOverdue(payload: Payload, user: User, today: string, own = false): Promise<TodoItem> {
  const openedBefore = isoDayRange(addDays(today, -REVIEW_DUE_DAYS), today).from
  const where: Where = { and: [notSubmitted, { createdAt: { less_than: openedBefore } }, ...(own ? [{ expert: { equals: user.id } }] : [])] }
  const found = await payload.find({ collection: 'reviews', where, select: { createdAt: true }, ...all, user })
  return {
    kind: 'reviews-overdue',
    label: { zh: `逾期未提交的专家评审（超过 ${REVIEW_DUE_DAYS} 天）`, en: `Expert reviews overdue (over ${REVIEW_DUE_DAYS} days)` },
    href: list('reviews', where),
    ...waiting(found.docs.map((d) => day(d.createdAt)), today),
    late: found.docs.length > 0,
  }
}

async function myReviews(payload: Payload, user: User, today: string): Promise<TodoItem> {
  // Assigned applications in expert review that this expert has not yet submitted a review of.
  const where: Where = { and: [{ assignedExperts: { contains: user.id } }, { status: { equals: 'expert-review' } }] }
  const assigned = await payload.find({ collection: 'applications', where, select: { updatedAt: true }, ...all, user })
  const done = await payload.find({ collection: 'reviews', where: { and: [{ expert: { equals: user.id } }, { submitted: { equals: true } }] }, select: { application: true }, ...all, user })
  const submitted = new Set(done.docs.map((r) => String(idOf(r.application))))
  const open = assigned.docs.filter((a) => !submitted.has(String(a.id)))
  const openWhere: Where = open.length === assigned.docs.length ? where : { and: [where, { id: { in: open.map((a) => a.id) } }] }
  return { kind: 'my-reviews', label: { zh: '待我评审的申报', en: 'Applications for me to review' }, href: list('applications', openWhere), ...waiting(open.map((a) => day(a.updatedAt)), today) }
}

async function evaluations(payload: Payload, user: User, today: string): Promise<TodoItem[]> {
  const where: Where = { submittedOn: { exists: false } }
  const found = await payload.find({ collection: 'evaluations', where, select: { dueOn: true, submittedOn: true, overdue: true }, ...all, user })
  const due: (string | null)[] = []
  const overdue: (string | null)[] = []
  for (const e of found.docs) {
    const state = evaluationState({ dueOn: day(e.dueOn), submittedOn: day(e.submittedOn), overdue: e.overdue }, today)
    if (state === 'due') due.push(today)
    if (state === 'overdue') overdue.push(day(e.dueOn) ? addDays(day(e.dueOn)!, 1) : null)
  }
  const todayStart = isoDayRange(today, today).from
  const windowEnd = isoDayRange(addDays(today, EVALUATION_DUE_WINDOW_DAYS), addDays(today, EVALUATION_DUE_WINDOW_DAYS)).to
  return [
    {
      kind: 'evaluations-due',
      label: { zh: `${EVALUATION_DUE_WINDOW_DAYS} 天内到期的评价自评报告`, en: `Self-reports due within ${EVALUATION_DUE_WINDOW_DAYS} days` },
      href: list('evaluations', { and: [where, { or: [{ overdue: { equals: false } }, { overdue: { exists: false } }] }, { dueOn: { greater_than_equal: todayStart } }, { dueOn: { less_than: windowEnd } }] }),
      ...waiting(due, today),
    },
    {
      kind: 'evaluations-overdue',
      label: { zh: '逾期未报的评价', en: 'Evaluations overdue' },
      href: list('evaluations', { and: [where, { or: [{ overdue: { equals: true } }, { dueOn: { less_than: todayStart } }] }] }),
      ...waiting(overdue, today),
      late: overdue.length > 0,
    },
  ]
}

async function installments(payload: Payload, user: User, today: string): Promise<TodoItem> {
  const projects = await payload.find({ collection: 'projects', where: { and: [{ subsidyTotal: { greater_than: 0 } }, { status: { not_equals: 'failed' } }] }, select: { status: true, subsidyTotal: true, acceptedOn: true, createdAt: true, kind: true }, ...all, user })
  const ids = projects.docs.map((p) => p.id)
  const paid = ids.length
    ? await payload.find({ collection: 'disbursements', where: { and: [{ project: { in: ids } }, { reverses: { exists: false } }] }, select: { project: true, installment: true }, ...all, user })
    : { docs: [] }
  const reversed = ids.length
    ? await payload.find({ collection: 'disbursements', where: { reverses: { exists: true } }, select: { reverses: true }, ...all, user })
    : { docs: [] }
  const undone = new Set(reversed.docs.map((d) => String(idOf(d.reverses))))
  const due = projects.docs
    .map((p) => ({
      id: p.id,
      due: installmentDue({
        kind: p.kind,
        status: p.status,
        subsidyTotal: p.subsidyTotal,
        createdOn: day(p.createdAt) ?? today,
        acceptedOn: day(p.acceptedOn),
        paid: paid.docs.filter((d) => String(idOf(d.project)) === String(p.id) && !undone.has(String(d.id))).map((d) => d.installment as 'first' | 'remainder' | 'annual'),
      }),
    }))
    .filter((p) => p.due !== null)
  return {
    kind: 'installments-due',
    label: { zh: '待拨付的项目资金（首批 60% / 验收后 40%）', en: 'Project installments due (first 60% / remaining 40% after acceptance)' },
    href: list('projects', { id: { in: due.length ? due.map((p) => p.id) : [0] } }),
    ...waiting(due.map((p) => p.due!.since), today),
  }
}

async function outboxFailed(payload: Payload, user: User, today: string): Promise<TodoItem> {
  const where: Where = { status: { equals: 'failed' } }
  const found = await payload.find({ collection: 'notifications', where, select: { updatedAt: true }, ...all, user })
  return { kind: 'outbox-failed', label: { zh: '发送失败的邮件', en: 'Emails that failed to send' }, href: list('notifications', where), ...waiting(found.docs.map((d) => day(d.updatedAt)), today), late: found.docs.length > 0 }
}

async function mine(payload: Payload, user: User, today: string, status: 'draft' | 'returned'): Promise<TodoItem> {
  const where: Where = { status: { equals: status } }
  const found = await payload.find({ collection: 'applications', where, select: { updatedAt: true }, ...all, user })
  const label = status === 'draft' ? { zh: '待提交的申报草稿', en: 'Drafts to submit' } : { zh: '被退回待修改的申报', en: 'Returned applications to revise' }
  return { kind: status === 'draft' ? 'my-drafts' : 'my-returned', label, href: list('applications', where), ...waiting(found.docs.map((d) => day(d.updatedAt)), today), late: status === 'returned' && found.docs.length > 0 }
}

/** The to-do of this user's role, in the order an officer works through it. */
export async function todoFor(payload: Payload, user: User, today: string): Promise<TodoItem[]> {
  const role = roleOf(user)
  if (!role) return []
  if (hasRole(user, 'admin', 'city-officer')) {
    const items = [
      await officeQueue(payload, user, 'city-officer', today),
      await noticesEnded(payload, user, today),
      await objectionsOpen(payload, user, today),
      await reviewsOverdue(payload, user, today),
      await installments(payload, user, today),
      ...(await evaluations(payload, user, today)),
      await outboxFailed(payload, user, today),
    ]
    return items.filter((i): i is TodoItem => i !== null)
  }
  if (role === 'district-officer') {
    const items = [await officeQueue(payload, user, 'district-officer', today), await objectionsOpen(payload, user, today), ...(await evaluations(payload, user, today))]
    return items.filter((i): i is TodoItem => i !== null)
  }
  if (role === 'expert') return [await myReviews(payload, user, today), await reviewsOverdue(payload, user, today, true)]
  return [await mine(payload, user, today, 'draft'), await mine(payload, user, today, 'returned'), ...(await evaluations(payload, user, today))]
}
