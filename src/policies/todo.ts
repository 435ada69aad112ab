/**
 * What is due, for whom: the dashboard's to-do. Pure functions over plain records (China's YYYY-MM-DD days);
 * src/workflow/todo.ts reads the records and builds the links.
 */
import type { PolicySetId, Role } from './types'
import { availableTransitions, WORKFLOWS, type State } from './workflows'

/** An expert's review is expected within this many calendar days of being assigned (the bureaus' practice). */
export const REVIEW_DUE_DAYS = 14
/** A self-report shows as due this many days before its deadline. */
export const EVALUATION_DUE_WINDOW_DAYS = 30

/** States where an application waits on an office before the decision (notices and operating states have their own items). */
const QUEUE_STATES: State[] = ['submitted', 'district-review', 'recommended', 'formal-check', 'expert-review', 'reviewed', 'government-decision']
/** Transitions that end an application's road here: having them does not make the office the one it waits for. */
const NOT_FORWARD = new Set(['return', 'reject'])

/** Whether an application in `state` waits for `role` to act (a forward transition of that role leaves it). */
export function waitsForRole(policySet: PolicySetId, state: State, role: Role): boolean {
  if (!QUEUE_STATES.includes(state)) return false
  return availableTransitions(policySet, state, role).some((t) => !NOT_FORWARD.has(t.name))
}

/** Every (policy set, state) pair that waits for `role`: the filter of the list the to-do links to. */
export function queueFor(policySets: PolicySetId[], role: Role): { policySet: PolicySetId; states: State[] }[] {
  return policySets
    .map((policySet) => ({ policySet, states: QUEUE_STATES.filter((s) => waitsForRole(policySet, s, role)) }))
    .filter((q) => q.states.length > 0)
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const utc = (day: string): number => {
  const m = DAY.exec(day)
  if (!m) throw new RangeError(`not a YYYY-MM-DD day: ${day}`)
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
}
export const daysFrom = (from: string, to: string): number => Math.round((utc(to) - utc(from)) / 86_400_000)

/** A review not submitted `REVIEW_DUE_DAYS` after it was opened is overdue. */
export function reviewOverdue(review: { submitted?: boolean | null; openedOn: string }, today: string, dueDays = REVIEW_DUE_DAYS): boolean {
  return !review.submitted && daysFrom(review.openedOn, today) > dueDays
}

/** A self-report without a submission is due within the window before its deadline, overdue after it. */
export function evaluationState(e: { dueOn?: string | null; submittedOn?: string | null; overdue?: boolean | null }, today: string, windowDays = EVALUATION_DUE_WINDOW_DAYS): 'overdue' | 'due' | null {
  if (e.submittedOn) return null
  if (e.overdue) return 'overdue'
  if (!e.dueOn) return null
  if (today > e.dueOn) return 'overdue'
  return daysFrom(today, e.dueOn) <= windowDays ? 'due' : null
}

export interface ProjectFunding {
  kind?: string | null
  status: string
  subsidyTotal?: number | null
  createdOn: string
  acceptedOn?: string | null
  /** the installments recorded for the project (reversed ones excluded) */
  paid: ('first' | 'remainder' | 'annual')[]
}

/**
 * A project subsidy paid in two installments (Cixi: 60% at the start, the remaining 40% after acceptance): which
 * installment is due now, and since when it waits. Null when none is due.
 */
export function installmentDue(p: ProjectFunding): { installment: 'first' | 'remainder'; since: string } | null {
  if (!p.subsidyTotal || p.subsidyTotal <= 0 || p.status === 'failed') return null
  if (!p.paid.includes('first')) return { installment: 'first', since: p.createdOn }
  if (p.status === 'accepted' && !p.paid.includes('remainder')) return { installment: 'remainder', since: p.acceptedOn ?? p.createdOn }
  return null
}

export interface Waiting {
  count: number
  /** the day the longest-waiting item started waiting */
  since: string | null
  /** whole days it has waited (0 = since today) */
  waitedDays: number | null
}

/** How many items wait, and how long the oldest has waited. */
export function waiting(sinceDays: (string | null | undefined)[], today: string): Waiting {
  const days = sinceDays.filter((d): d is string => typeof d === 'string' && DAY.test(d)).sort()
  const since = days[0] ?? null
  return { count: sinceDays.length, since, waitedDays: since ? Math.max(0, daysFrom(since, today)) : null }
}

/** 已等待 12 天 / waited 12 days. */
export function waitedLabel(days: number | null, lang: 'zh' | 'en'): string {
  if (days === null) return ''
  if (lang === 'zh') return days === 0 ? '今天' : `最久已等待 ${days} 天`
  return days === 0 ? 'today' : `oldest waiting ${days} day${days === 1 ? '' : 's'}`
}

const ROLE_NAMES: Partial<Record<Role, { zh: string; en: string }>> = {
  applicant: { zh: '申报单位', en: 'applicant' },
  'district-officer': { zh: '区县科技局', en: 'district bureau' },
  'city-officer': { zh: '市科技局', en: 'city bureau' },
  expert: { zh: '评审专家', en: 'experts' },
  admin: { zh: '系统管理员', en: 'administrator' },
}

/**
 * The next step of an application, as the list shows it, in the reader's language: 发布公示（市科技局）, or
 * "Start public notice (city bureau)". Null when nothing follows. Computed from the workflow data on every read,
 * never stored, so it follows the language of whoever reads it.
 */
export function nextStep(policySet: PolicySetId, state: State, lang: 'zh' | 'en' = 'zh'): string | null {
  const steps = WORKFLOWS[policySet]?.transitions.filter((t) => t.from.includes(state) && !NOT_FORWARD.has(t.name) && t.name !== 'receive-objection') ?? []
  if (steps.length === 0) return null
  const whose = (roles: readonly Role[]) => roles.map((r) => ROLE_NAMES[r]?.[lang] ?? r).join(lang === 'zh' ? '、' : ', ')
  return lang === 'zh'
    ? steps.map((t) => `${t.label.zh}（${whose(t.roles)}）`).join('／')
    : steps.map((t) => `${t.label.en} (${whose(t.roles)})`).join(' / ')
}

/** Days an application has waited in its current step (queue states from submission, notices from their start). */
export function daysWaiting(state: State, f: { submittedOn?: string | null; receivedOn?: string | null; noticeStartsOn?: string | null }, today: string): number | null {
  const since = QUEUE_STATES.includes(state) ? (f.receivedOn ?? f.submittedOn) : state === 'public-notice' ? f.noticeStartsOn : null
  return since ? Math.max(0, daysFrom(since, today)) : null
}
