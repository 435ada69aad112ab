/**
 * The workflow of each policy set (who acts, in which order), as data, and the guard evaluation of a transition.
 *
 * Role mapping: city-officer = the bureau that recognises (市科技局; for zj-consortium the provincial department
 * 省科技厅); district-officer = the recommending bureau below it (区县（市）/区市科技局; for zj the 设区市科技局).
 */
import type { Bilingual, CarrierKind, Citation, GuardId, PolicySetId, Role, RuleId, Violation } from './types'
import { isRuleId } from './types'
import { acceptsNewApplications, getPolicySet } from './registry'
import { makeViolation } from './messages'
import { guardViolation } from './guards'
import { checkProgramWindow, type ProgramWindow } from './programs'
import { addWorkingDays, isWorkingDay, WEEKDAYS_ONLY, type WorkCalendar } from './dates'
import { checkPeerExperts, type PeerExpert } from './eligibility'
import { evaluationConsequence, type EvaluationAction, type EvaluationRecord } from './evaluation'
import { MIN_REVIEWS } from './tic-index'
import { FIRST_REVISIONS, type AnyParams, type WhParams } from './parameters'
import { ruleFor } from './rules'

export type State =
  | 'draft'
  | 'submitted'
  | 'district-review'
  | 'recommended'
  | 'formal-check'
  | 'expert-review'
  | 'reviewed'
  | 'government-decision'
  | 'public-notice'
  | 'objection'
  | 'approved'
  | 'recognized'
  | 'filed'
  | 'returned'
  | 'rejected'
  | 'in-construction'
  | 'under-evaluation'
  | 'delisted'
  | 'cancelled'

export const STATE_LABELS: Record<State, Bilingual> = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '已提交', en: 'Submitted' },
  'district-review': { zh: '属地初审', en: 'District review' },
  recommended: { zh: '已推荐', en: 'Recommended' },
  'formal-check': { zh: '形式审查', en: 'Formal check' },
  'expert-review': { zh: '专家论证/评估', en: 'Expert review' },
  reviewed: { zh: '论证完成', en: 'Reviewed' },
  'government-decision': { zh: '待审定/批准', en: 'Awaiting decision' },
  'public-notice': { zh: '公示中', en: 'Public notice' },
  objection: { zh: '异议处理', en: 'Objection' },
  approved: { zh: '已批复', en: 'Approved' },
  recognized: { zh: '已认定', en: 'Recognised' },
  filed: { zh: '已备案', en: 'Filed' },
  returned: { zh: '已退回', en: 'Returned' },
  rejected: { zh: '未通过', en: 'Rejected' },
  'in-construction': { zh: '建设中', en: 'In construction' },
  'under-evaluation': { zh: '评价中', en: 'Under evaluation' },
  delisted: { zh: '已摘牌', en: 'Delisted' },
  cancelled: { zh: '已取消/中止', en: 'Cancelled' },
}

/** Guards are rule ids or GuardIds. */
export type GuardRef = RuleId | GuardId

export interface Transition {
  name: string
  label: Bilingual
  from: State[]
  to: State
  roles: Role[]
  needsReason?: boolean
  guards: GuardRef[]
  /** A conditional route: when ctx[when] holds, the transition goes to `to` instead, with extra guards. */
  branch?: { when: 'isNewTypeRnd' | 'targeted'; to: State; guards: GuardRef[]; label: Bilingual }
}

export interface Workflow {
  policySet: PolicySetId
  initial: State
  states: { id: State; label: Bilingual; terminal?: boolean }[]
  transitions: Transition[]
}

export interface GuardContext {
  /** ISO date of the action */
  today?: string
  /** ISO submission date (guard.policy-in-force); defaults to today */
  submittedOn?: string
  reviewsComplete?: number
  reviewsRequired?: number
  /** last day of the public-notice period (see noticeEndsOn); the notice has ended the day after */
  noticeEndedOn?: string
  objectionsOpen?: number
  /** blocking checklist violations not overridden (blockingViolations(checkAll(...))), or their count */
  checklistBlocking?: readonly Violation[] | number
  peerExperts?: readonly PeerExpert[]
  /** Weihai: the lead is a new-type R&D institution: it submits straight to the city (四.2) */
  isNewTypeRnd?: boolean
  /** zj: targeted organisation (定向组织, task list) rather than a city's recommendation */
  targeted?: boolean
  carrierKind?: CarrierKind
  /** cx consortium: consent of the complex's relying unit and construction unit (第十条) */
  complexConsent?: { relyingUnit: boolean; constructionUnit: boolean }
  /** zj: responsibility pledge (军令状) signed with the lead's legal representative (四（三）) */
  pledgeSigned?: boolean
  evaluations?: readonly EvaluationRecord[]
  reason?: string
  /** the programme applied to: its window is checked on submission (guard.program-open) */
  program?: ProgramWindow
  /** a paper application's received-on date (收件日期): the date deadlines are checked against */
  receivedOn?: string
  /** the values of the parameter revision that governs (parameters.ts); the documents' figures when absent */
  params?: AnyParams
  /** that revision's name, for the refusals */
  revision?: Bilingual
}

export { GUARDS, guardCitation, guardViolation, type GuardDef } from './guards'

// ------------------------------------------------------------------ notice period

/** Default length of a public notice (公示) in working days: OUR default; none of the documents states one. */
export const DEFAULT_NOTICE_WORKING_DAYS = FIRST_REVISIONS['nb-consortium-2021'].values.noticeWorkingDays

export { addWorkingDays }

/**
 * Last day of a notice of n working days starting on startedOn (the start day counts when it is a working day),
 * on China's calendar of holidays and worked weekend days (default: Monday–Friday only).
 */
/**
 * The notice period that applies: the programme's own when it sets one (a whole number of working days), else the
 * revision's in force, else the documents' default. One source of truth for the transition and the correction.
 */
export function noticeWorkingDaysFor(programDays: number | null | undefined, revisionDays: number | null | undefined): number {
  if (typeof programDays === 'number' && Number.isInteger(programDays) && programDays >= 1) return programDays
  if (typeof revisionDays === 'number' && Number.isInteger(revisionDays) && revisionDays >= 1) return revisionDays
  return DEFAULT_NOTICE_WORKING_DAYS
}

export function noticeEndsOn(startedOn: string, workingDays: number = DEFAULT_NOTICE_WORKING_DAYS, calendar: WorkCalendar = WEEKDAYS_ONLY): string {
  if (workingDays < 1) throw new RangeError('a notice lasts at least one working day')
  return isWorkingDay(startedOn, calendar) ? addWorkingDays(startedOn, workingDays - 1, calendar) : addWorkingDays(startedOn, workingDays, calendar)
}

/** Whether the notice period that ends on endsOn is over on today (it ends the day after its last day). */
export function noticeEnded(endsOn: string | null | undefined, today: string): boolean {
  return Boolean(endsOn) && today > (endsOn as string)
}

// ------------------------------------------------------------------ building blocks

const T = (t: Transition): Transition => t
const lbl = (zh: string, en: string): Bilingual => ({ zh, en })
const SUBMIT_LABEL = lbl('提交申报', 'Submit')

function returnT(from: State[], roles: Role[]): Transition {
  return T({ name: 'return', label: lbl('退回修改', 'Return for revision'), from, to: 'returned', roles, needsReason: true, guards: [] })
}
function rejectT(from: State[], roles: Role[] = ['city-officer']): Transition {
  return T({ name: 'reject', label: lbl('不予通过', 'Reject'), from, to: 'rejected', roles, needsReason: true, guards: [] })
}
function expertReviewT(from: State[], label: Bilingual): Transition[] {
  return [
    T({ name: 'open-expert-review', label, from, to: 'expert-review', roles: ['city-officer'], guards: ['guard.checklist-passes'] }),
    T({ name: 'conclude-review', label: lbl('完成专家论证', 'Conclude expert review'), from: ['expert-review'], to: 'reviewed', roles: ['city-officer'], guards: ['guard.reviews-complete'] }),
  ]
}
function noticeT(from: State[], finalName: string, finalLabel: Bilingual, to: State): Transition[] {
  return [
    T({ name: 'start-public-notice', label: lbl('发布公示', 'Start public notice'), from, to: 'public-notice', roles: ['city-officer'], guards: [] }),
    T({ name: 'receive-objection', label: lbl('登记异议', 'Record an objection'), from: ['public-notice'], to: 'objection', roles: ['city-officer'], guards: [] }),
    T({ name: 'resolve-objection', label: lbl('异议处理完毕，恢复公示', 'Objection resolved, notice resumes'), from: ['objection'], to: 'public-notice', roles: ['city-officer'], needsReason: true, guards: ['guard.no-open-objections'] }),
    T({ name: finalName, label: finalLabel, from: ['public-notice'], to, roles: ['city-officer'], guards: ['guard.notice-ended-without-objection', 'guard.checklist-passes'] }),
  ]
}
function evaluationT(operating: State): Transition[] {
  return [
    T({ name: 'start-evaluation', label: lbl('启动年度评价', 'Start evaluation'), from: [operating], to: 'under-evaluation', roles: ['city-officer'], guards: [] }),
    T({ name: 'conclude-evaluation', label: lbl('评价完成，继续建设', 'Evaluation concluded, continues'), from: ['under-evaluation'], to: operating, roles: ['city-officer'], guards: [] }),
  ]
}
function states(ids: State[], terminal: State[]): Workflow['states'] {
  return ids.map((id) => (terminal.includes(id) ? { id, label: STATE_LABELS[id], terminal: true } : { id, label: STATE_LABELS[id] }))
}

// ------------------------------------------------------------------ the five workflows

/** nb-consortium-2021 四（一）: district recommends → city expert review and site visit → leading-group office approves. */
const NB_CONSORTIUM: Workflow = {
  policySet: 'nb-consortium-2021',
  initial: 'draft',
  states: states(['draft', 'district-review', 'recommended', 'expert-review', 'reviewed', 'government-decision', 'recognized', 'under-evaluation', 'returned', 'rejected'], ['rejected']),
  transitions: [
    T({ name: 'submit', label: lbl('以牵头企业名义申报', 'Submit in the lead\'s name'), from: ['draft'], to: 'district-review', roles: ['applicant'], guards: ['guard.policy-in-force', 'guard.program-open'] }),
    T({ name: 'resubmit', label: lbl('重新提交', 'Resubmit'), from: ['returned'], to: 'district-review', roles: ['applicant'], guards: ['guard.policy-in-force'] }),
    T({ name: 'recommend', label: lbl('属地审核推荐', 'District reviews and recommends'), from: ['district-review'], to: 'recommended', roles: ['district-officer'], guards: [] }),
    returnT(['district-review'], ['district-officer']),
    ...expertReviewT(['recommended'], lbl('组织专家考察论证', 'Open expert review and site visit')),
    T({ name: 'refer-for-approval', label: lbl('报领导小组办公室批准', 'Refer to the leading-group office'), from: ['reviewed'], to: 'government-decision', roles: ['city-officer'], guards: ['guard.checklist-passes'] }),
    T({ name: 'approve', label: lbl('批准，列入创新联合体建设计划', 'Approved, listed in the city plan'), from: ['government-decision'], to: 'recognized', roles: ['city-officer'], guards: ['guard.checklist-passes'] }),
    returnT(['recommended', 'expert-review', 'reviewed'], ['city-officer']),
    rejectT(['recommended', 'expert-review', 'reviewed', 'government-decision']),
    ...evaluationT('recognized'),
  ],
}

/** nb-tic-2022 三: expert review of the plan → government executive meeting → public notice → launched. */
const NB_TIC: Workflow = {
  policySet: 'nb-tic-2022',
  initial: 'draft',
  states: states(['draft', 'submitted', 'expert-review', 'reviewed', 'government-decision', 'public-notice', 'objection', 'in-construction', 'under-evaluation', 'recognized', 'returned', 'rejected', 'delisted', 'cancelled'], ['rejected', 'delisted', 'cancelled', 'recognized']),
  transitions: [
    T({ name: 'submit', label: lbl('提交建设方案', 'Submit the construction plan'), from: ['draft'], to: 'submitted', roles: ['applicant'], guards: ['guard.policy-in-force', 'guard.program-open'] }),
    T({ name: 'resubmit', label: lbl('重新提交', 'Resubmit'), from: ['returned'], to: 'submitted', roles: ['applicant'], guards: ['guard.policy-in-force'] }),
    ...expertReviewT(['submitted'], lbl('组织方案论证', 'Open expert review of the plan')),
    T({ name: 'refer-to-government', label: lbl('报市政府常务会议审定', 'Refer to the city government executive meeting'), from: ['reviewed'], to: 'government-decision', roles: ['city-officer'], guards: ['guard.checklist-passes'] }),
    ...noticeT(['government-decision'], 'approve', lbl('公示无异议，市政府发文启动建设', 'No objection: the city government launches construction'), 'in-construction'),
    returnT(['submitted', 'expert-review', 'reviewed'], ['city-officer']),
    rejectT(['submitted', 'expert-review', 'reviewed', 'government-decision', 'objection']),
    ...evaluationT('in-construction'),
    T({ name: 'delist', label: lbl('连续两次绩效评价不合格，摘牌', 'Delist after two consecutive failed evaluations'), from: ['under-evaluation'], to: 'delisted', roles: ['city-officer'], needsReason: true, guards: ['tic.eval.two-fails-delist'] }),
    T({ name: 'cancel', label: lbl('验收未通过，取消创建资格', 'Cancel creation status after failed acceptance'), from: ['under-evaluation'], to: 'cancelled', roles: ['city-officer'], needsReason: true, guards: ['tic.eval.two-fails-delist'] }),
    T({ name: 'complete-construction', label: lbl('建设期满验收通过', 'Final acceptance passed'), from: ['under-evaluation'], to: 'recognized', roles: ['city-officer'], guards: [] }),
  ],
}

/** wh-consortium-2022 四: district initial review (≥3 peer experts) → formal check → expert evaluation → notice → filed. */
const WH: Workflow = {
  policySet: 'wh-consortium-2022',
  initial: 'draft',
  states: states(['draft', 'district-review', 'formal-check', 'expert-review', 'reviewed', 'public-notice', 'objection', 'filed', 'returned', 'rejected'], ['filed', 'rejected']),
  transitions: [
    T({
      name: 'submit', label: lbl('提交备案书至区市科技主管部门', 'Submit the filing form to the district'), from: ['draft'], to: 'district-review', roles: ['applicant'], guards: ['guard.policy-in-force', 'guard.program-open'],
      branch: { when: 'isNewTypeRnd', to: 'formal-check', guards: ['guard.new-type-rnd', 'wh.review.peer-experts-min-3'], label: lbl('新型研发机构连同同行评议意见直接报送市科技局', 'New-type R&D institution: straight to the city with the peer opinions') },
    }),
    T({
      name: 'resubmit', label: lbl('重新提交', 'Resubmit'), from: ['returned'], to: 'district-review', roles: ['applicant'], guards: ['guard.policy-in-force'],
      branch: { when: 'isNewTypeRnd', to: 'formal-check', guards: ['guard.new-type-rnd', 'wh.review.peer-experts-min-3'], label: lbl('新型研发机构直接报送市科技局', 'New-type R&D institution: straight to the city') },
    }),
    T({ name: 'recommend', label: lbl('初审推荐（同行评议）', 'Initial review with peer experts, recommend'), from: ['district-review'], to: 'formal-check', roles: ['district-officer'], guards: ['wh.review.peer-experts-min-3'] }),
    returnT(['district-review'], ['district-officer']),
    T({ name: 'pass-formal-check', label: lbl('形式审查通过', 'Formal check passed'), from: ['formal-check'], to: 'expert-review', roles: ['city-officer'], guards: ['guard.checklist-passes'] }),
    T({ name: 'conclude-review', label: lbl('专家评估完成', 'Expert evaluation concluded'), from: ['expert-review'], to: 'reviewed', roles: ['city-officer'], guards: ['guard.reviews-complete'] }),
    ...noticeT(['reviewed'], 'file', lbl('公示无异议，予以备案并向社会公布', 'No objection: filed and announced'), 'filed'),
    returnT(['formal-check', 'expert-review', 'reviewed'], ['city-officer']),
    rejectT(['formal-check', 'expert-review', 'reviewed', 'objection']),
  ],
}

/** zj-consortium 四: targeted or city-recommended → expert consultation → listed + pledge → annual evaluation. */
const ZJ: Workflow = {
  policySet: 'zj-consortium',
  initial: 'draft',
  states: states(['draft', 'submitted', 'district-review', 'recommended', 'expert-review', 'reviewed', 'recognized', 'under-evaluation', 'returned', 'rejected', 'cancelled'], ['rejected', 'cancelled']),
  transitions: [
    T({
      name: 'submit', label: lbl('提交实施方案（设区市推荐）', 'Submit the implementation plan (city recommendation)'), from: ['draft'], to: 'district-review', roles: ['applicant'], guards: ['guard.policy-in-force', 'guard.program-open'],
      branch: { when: 'targeted', to: 'submitted', guards: [], label: lbl('定向组织：揭榜单位直接报送省科技厅', 'Targeted: the winning lead submits straight to the province') },
    }),
    T({
      name: 'resubmit', label: lbl('重新提交', 'Resubmit'), from: ['returned'], to: 'district-review', roles: ['applicant'], guards: ['guard.policy-in-force'],
      branch: { when: 'targeted', to: 'submitted', guards: [], label: lbl('定向组织：直接报送省科技厅', 'Targeted: straight to the province') },
    }),
    T({ name: 'recommend', label: lbl('设区市科技局审核推荐', 'The city bureau reviews and recommends'), from: ['district-review'], to: 'recommended', roles: ['district-officer'], guards: [] }),
    returnT(['district-review'], ['district-officer']),
    ...expertReviewT(['submitted', 'recommended'], lbl('组织方案咨询论证', 'Open expert consultation on the plan')),
    T({ name: 'approve', label: lbl('列入省级创新联合体名单，签订“军令状”', 'Listed as provincial consortium, pledge signed'), from: ['reviewed'], to: 'recognized', roles: ['city-officer'], guards: ['guard.checklist-passes', 'guard.pledge-signed'] }),
    returnT(['submitted', 'recommended', 'expert-review', 'reviewed'], ['city-officer']),
    rejectT(['submitted', 'recommended', 'expert-review', 'reviewed']),
    ...evaluationT('recognized'),
    T({ name: 'terminate', label: lbl('评价较差，中止', 'Terminate after a poor evaluation'), from: ['under-evaluation'], to: 'cancelled', roles: ['city-officer'], needsReason: true, guards: ['zj.eval.self-report-january'] }),
  ],
}

/** cx-complex 第八条 / 第十条: via town or park (complex) or with the complex's consent (consortium) → review → recognised. */
const CX: Workflow = {
  policySet: 'cx-complex',
  initial: 'draft',
  states: states(['draft', 'submitted', 'expert-review', 'reviewed', 'recognized', 'under-evaluation', 'returned', 'rejected', 'delisted'], ['rejected', 'delisted']),
  transitions: [
    T({ name: 'submit', label: SUBMIT_LABEL, from: ['draft'], to: 'submitted', roles: ['applicant'], guards: ['guard.policy-in-force', 'guard.program-open', 'guard.complex-consent'] }),
    T({ name: 'resubmit', label: lbl('重新提交', 'Resubmit'), from: ['returned'], to: 'submitted', roles: ['applicant'], guards: ['guard.policy-in-force', 'guard.complex-consent'] }),
    ...expertReviewT(['submitted'], lbl('审查、现场考察、论证评价', 'Review, site visit and evaluation')),
    T({ name: 'approve', label: lbl('发文认定', 'Recognise by document'), from: ['reviewed'], to: 'recognized', roles: ['city-officer'], guards: ['guard.checklist-passes'] }),
    returnT(['submitted', 'expert-review', 'reviewed'], ['city-officer']),
    rejectT(['submitted', 'expert-review', 'reviewed']),
    ...evaluationT('recognized'),
    T({ name: 'delist', label: lbl('考核不合格/第三方评价一般及以下，摘牌', 'Delist after a failed assessment'), from: ['under-evaluation'], to: 'delisted', roles: ['city-officer'], needsReason: true, guards: ['guard.evaluation-consequence'] }),
  ],
}

export const WORKFLOWS: Record<PolicySetId, Workflow> = {
  'nb-consortium-2021': NB_CONSORTIUM,
  'nb-tic-2022': NB_TIC,
  'wh-consortium-2022': WH,
  'zj-consortium': ZJ,
  'cx-complex': CX,
}

export function availableTransitions(policySet: PolicySetId, state: State, role: Role): Transition[] {
  return WORKFLOWS[policySet].transitions.filter((t) => t.from.includes(state) && t.roles.includes(role))
}

export function findTransition(policySet: PolicySetId, state: State, name: string): Transition | undefined {
  return WORKFLOWS[policySet].transitions.find((t) => t.name === name && t.from.includes(state))
}

// ------------------------------------------------------------------ guard evaluation

const ACTION_FOR_TARGET: Partial<Record<State, EvaluationAction[]>> = {
  delisted: ['delist'],
  cancelled: ['cancel', 'terminate-or-adjust'],
}

function evaluationGuard(ruleId: RuleId | null, policySet: PolicySetId, to: State, ctx: GuardContext): Violation[] {
  const c = evaluationConsequence(policySet, ctx.evaluations ?? [], ctx.params)
  const wanted = ACTION_FOR_TARGET[to] ?? []
  if (wanted.includes(c.action) && (ruleId === null || c.ruleId === ruleId)) return []
  const id = ruleId ?? c.ruleId
  const zh = `评价结果不支持此处理（当前结论：${c.message.zh}）`
  const en = `The evaluation record does not support this action (current consequence: ${c.message.en})`
  if (id) {
    const def = ruleFor(id, policySet)
    return [makeViolation({ ruleId: id, severity: 'block', citation: def.citation, zh, en, limit: wanted.join('|'), actual: c.action })]
  }
  return [guardViolation('guard.evaluation-consequence', policySet, zh, en, wanted.join('|'), c.action)]
}

function evalGuard(g: GuardRef, policySet: PolicySetId, to: State, ctx: GuardContext): Violation[] {
  switch (g) {
    case 'guard.policy-in-force': {
      const date = ctx.submittedOn ?? ctx.today
      if (!date) return [guardViolation(g, policySet, '缺少申报日期，无法确认政策有效期', 'No submission date: the policy period cannot be checked')]
      const r = acceptsNewApplications(policySet, date)
      return r.accepts || !r.violation ? [] : [r.violation]
    }
    case 'guard.program-open': {
      if (!ctx.program) return []
      const date = ctx.receivedOn ?? ctx.today
      if (!date) return [guardViolation(g, policySet, '缺少申报日期，无法确认是否在受理期内', 'No application date: the programme window cannot be checked')]
      return checkProgramWindow(policySet, ctx.program, date)
    }
    case 'guard.reviews-complete': {
      const need = ctx.reviewsRequired ?? ctx.params?.minReviews ?? MIN_REVIEWS[policySet]
      const have = ctx.reviewsComplete ?? 0
      return have >= need ? [] : [guardViolation(g, policySet, `专家评审意见 ${have} 份，至少需要 ${need} 份`, `${have} expert reviews; at least ${need} needed`, need, have)]
    }
    case 'guard.notice-ended-without-objection': {
      const out: Violation[] = []
      if (!ctx.noticeEndedOn || !ctx.today) {
        out.push(guardViolation(g, policySet, '缺少公示期截止日期或当前日期', 'The notice end date or today\'s date is missing'))
      } else if (ctx.today <= ctx.noticeEndedOn) {
        out.push(guardViolation(g, policySet, `公示期至${ctx.noticeEndedOn}，尚未期满（今天${ctx.today}）`, `The notice runs until ${ctx.noticeEndedOn}; today is ${ctx.today}`, ctx.noticeEndedOn, ctx.today))
      }
      if ((ctx.objectionsOpen ?? 0) > 0) {
        out.push(guardViolation(g, policySet, `尚有 ${ctx.objectionsOpen} 项异议未处理`, `${ctx.objectionsOpen} objection(s) still open`, 0, ctx.objectionsOpen ?? 0))
      }
      return out
    }
    case 'guard.no-open-objections':
      return (ctx.objectionsOpen ?? 0) > 0 ? [guardViolation(g, policySet, `尚有 ${ctx.objectionsOpen} 项异议未处理`, `${ctx.objectionsOpen} objection(s) still open`, 0, ctx.objectionsOpen ?? 0)] : []
    case 'guard.checklist-passes': {
      const b = ctx.checklistBlocking
      const n = typeof b === 'number' ? b : (b?.length ?? 0)
      if (n === 0) return []
      const list = typeof b === 'number' ? '' : `：${(b ?? []).map((v) => v.ruleId).join('、')}`
      const listEn = typeof b === 'number' ? '' : `: ${(b ?? []).map((v) => v.ruleId).join(', ')}`
      return [guardViolation(g, policySet, `合规清单尚有 ${n} 项未通过且未豁免${list}`, `${n} checklist item(s) fail and are not overridden${listEn}`, 0, n)]
    }
    case 'guard.reason-required':
      return ctx.reason && ctx.reason.trim().length > 0 ? [] : [guardViolation(g, policySet, '此操作须填写理由', 'This action requires a reason')]
    case 'guard.new-type-rnd':
      return ctx.isNewTypeRnd ? [] : [guardViolation(g, policySet, '仅新型研发机构可直接报送市科技局', 'Only a new-type R&D institution may submit straight to the city')]
    case 'guard.complex-consent': {
      if (ctx.carrierKind !== 'consortium') return []
      const c = ctx.complexConsent
      if (c?.relyingUnit && c.constructionUnit) return []
      const miss = [!c?.relyingUnit ? '依托单位' : null, !c?.constructionUnit ? '建设单位' : null].filter(Boolean).join('、')
      const missEn = [!c?.relyingUnit ? 'relying unit' : null, !c?.constructionUnit ? 'construction unit' : null].filter(Boolean).join(', ')
      return [guardViolation(g, policySet, `联合体建设方案须经综合体${miss}同意`, `The consortium plan needs the consent of the complex's ${missEn}`)]
    }
    case 'guard.pledge-signed':
      return ctx.pledgeSigned ? [] : [guardViolation(g, policySet, '尚未与牵头企业法定代表人签订“军令状”', 'The responsibility pledge has not been signed with the lead\'s legal representative')]
    case 'guard.evaluation-consequence':
      return evaluationGuard(null, policySet, to, ctx)
    case 'guard.role':
    case 'guard.valid-transition':
    case 'guard.funded-state':
    case 'guard.basis-of-set':
    case 'guard.project-facts':
    case 'guard.conflict-of-interest':
    case 'guard.correction':
    case 'guard.reversal':
    case 'guard.objection':
      return []
    case 'wh.review.peer-experts-min-3': {
      const r = checkPeerExperts(ctx.peerExperts ?? [], ctx.params as WhParams | undefined)
      return r.status === 'fail' ? [r.violation] : []
    }
    case 'tic.eval.two-fails-delist':
    case 'zj.eval.self-report-january':
    case 'cx.eval.annual':
    case 'cx.eval.3y-third-party':
      return evaluationGuard(g, policySet, to, ctx)
    default:
      if (isRuleId(g)) throw new Error(`rule ${g} is not implemented as a workflow guard`)
      return []
  }
}

export type TransitionCheck = { ok: true; to: State; transition: Transition } | { ok: false; violations: Violation[] }

export function checkTransition(policySet: PolicySetId, from: State, name: string, role: Role, ctx: GuardContext = {}): TransitionCheck {
  const t = findTransition(policySet, from, name)
  if (!t) {
    return { ok: false, violations: [guardViolation('guard.valid-transition', policySet, `状态“${STATE_LABELS[from].zh}”下不能执行“${name}”`, `“${name}” is not possible in state “${from}”`, name, from)] }
  }
  const violations: Violation[] = []
  if (!t.roles.includes(role)) {
    violations.push(guardViolation('guard.role', policySet, `角色 ${role} 无权执行“${t.label.zh}”（允许：${t.roles.join('、')}）`, `Role ${role} may not “${t.label.en}” (allowed: ${t.roles.join(', ')})`, t.roles.join('|'), role))
  }
  let to = t.to
  let guards: GuardRef[] = [...t.guards]
  if (t.branch && ctx[t.branch.when]) {
    to = t.branch.to
    guards = [...guards, ...t.branch.guards]
  }
  if (t.needsReason) guards.push('guard.reason-required')
  for (const g of guards) violations.push(...evalGuard(g, policySet, to, ctx))
  return violations.length ? { ok: false, violations } : { ok: true, to, transition: t }
}
