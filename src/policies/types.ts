/**
 * Core types of the policy engine. Pure data; no Payload imports anywhere in src/policies.
 */

export type PolicySetId = 'nb-consortium-2021' | 'nb-tic-2022' | 'wh-consortium-2022' | 'zj-consortium' | 'cx-complex'

export const POLICY_SET_IDS: readonly PolicySetId[] = [
  'nb-consortium-2021',
  'nb-tic-2022',
  'wh-consortium-2022',
  'zj-consortium',
  'cx-complex',
]

export type CarrierKind = 'consortium' | 'tic' | 'complex'
export type Role = 'admin' | 'city-officer' | 'district-officer' | 'expert' | 'applicant'
/** overridable = the article says 原则上 / 一般: a city officer may override it for one record with a written reason. */
export type Severity = 'block' | 'overridable'

export interface Bilingual {
  zh: string
  en: string
}

export interface Citation {
  policySet: PolicySetId
  /** Chinese title + 文号, e.g. 《宁波市企业创新联合体建设指导意见》（甬自创办〔2021〕3号） */
  document: string
  /** e.g. '三（四）' or '第十五条' */
  article: string
}

/**
 * The 44 rule ids of POLICY-DIGEST.md (first block) plus two cross-cutting rules that the digest states
 * without an id (formation agreement signed by every member; IP benefit shares add up to 100%).
 */
export const DIGEST_RULE_IDS = [
  // money caps and installments
  'tic.funding.annual-30pct',
  'tic.funding.total-10m',
  'tic.funding.first-year-5m',
  'tic.funding.creation-years',
  'tic.funds.forbidden-uses',
  'tic.funds.recovery',
  'cx.complex.subsidy-cap',
  'cx.project.subsidy-cap',
  'cx.project.first-installment-60pct',
  // counts and quotas
  'zj.members.min-5',
  'zj.lead.active-projects-max-3',
  'zj.guidelines.per-year',
  'cx.recommend.per-year-2',
  'cx.recommend.concurrent-3',
  'cx.selfrun.city.per-year-3',
  'cx.selfrun.city.concurrent-5',
  'cx.selfrun.town.per-year-1',
  'cx.selfrun.town.concurrent-2',
  'nb.consortium.quota-exempt',
  'wh.review.peer-experts-min-3',
  // eligibility of the lead unit, governance, complex conditions
  'nb.lead.revenue-1b',
  'nb.lead.net-assets-300m',
  'nb.lead.platform',
  'nb.lead.rd-years-5',
  'nb.lead.rd-spend-50m-x3',
  'nb.lead.rd-staff-50',
  'nb.lead.equipment-20m',
  'cx.lead.revenue-400m',
  'cx.lead.rd-intensity-3.5pct',
  'cx.lead.platform',
  'wh.lead.registered-weihai',
  'wh.governance.council',
  'zj.lead.kind',
  'zj.governance.council',
  'cx.complex.cultivation',
  'cx.complex.creation',
  // TIC targets
  'tic.target.investment',
  'tic.target.staff',
  'tic.target.ecosystem',
  // evaluation and delisting
  'zj.eval.self-report-january',
  'nb.eval.annual-3y',
  'tic.eval.two-fails-delist',
  'cx.eval.annual',
  'cx.eval.3y-third-party',
] as const

/** Cross-cutting rules (digest "Agreements and intellectual property"); their article differs per policy set. */
export const CROSS_CUTTING_RULE_IDS = ['agreement.signed-by-all-members', 'ip.benefit-shares-100pct'] as const

export const RULE_IDS = [...DIGEST_RULE_IDS, ...CROSS_CUTTING_RULE_IDS] as const

export type DigestRuleId = (typeof DIGEST_RULE_IDS)[number]
export type RuleId = (typeof RULE_IDS)[number]

/**
 * Procedural guards of the workflows (not policy rules of the digest). They appear in Transition.guards next
 * to rule ids, and as Violation.ruleId when a transition is refused for a procedural reason.
 */
export const GUARD_IDS = [
  'guard.policy-in-force',
  'guard.reviews-complete',
  'guard.notice-ended-without-objection',
  'guard.no-open-objections',
  'guard.checklist-passes',
  'guard.reason-required',
  'guard.role',
  'guard.new-type-rnd',
  'guard.complex-consent',
  'guard.pledge-signed',
  'guard.evaluation-consequence',
  'guard.valid-transition',
  'guard.program-open',
  'guard.funded-state',
  'guard.basis-of-set',
  'guard.project-facts',
  'guard.conflict-of-interest',
  'guard.correction',
  'guard.reversal',
  'guard.objection',
  'guard.required-documents',
] as const
export type GuardId = (typeof GUARD_IDS)[number]

/** Anything a Violation can name: a rule of a policy set or a workflow guard. */
export type CheckId = RuleId | GuardId

export interface Violation {
  ruleId: CheckId
  severity: Severity
  limit?: number | string
  actual?: number | string
  message: Bilingual
  citation: Citation
}

export type RuleResult =
  | { ruleId: RuleId; status: 'pass' }
  | { ruleId: RuleId; status: 'fail'; violation: Violation }
  | { ruleId: RuleId; status: 'not-applicable'; reason: Bilingual }

export type RuleKind = 'funding' | 'quota' | 'eligibility' | 'governance' | 'evaluation' | 'target' | 'procedure'

export interface RuleDef {
  id: RuleId
  policySet: PolicySetId
  severity: Severity
  title: Bilingual
  citation: Citation
  kind: RuleKind
  /** Carrier kinds the rule applies to, when the policy set covers more than one (cx-complex). Absent = all. */
  carrierKinds?: CarrierKind[]
  /** Short quotation of the article, for the checklist tooltip and for the reader of the code. */
  quote?: string
}

export function isRuleId(x: string): x is RuleId {
  return (RULE_IDS as readonly string[]).includes(x)
}

/** Metadata of one policy document (policy set). */
export interface PolicySetMeta {
  id: PolicySetId
  title: Bilingual
  issuer: Bilingual
  /** 文号 of the document itself; null when the text carries none. */
  documentNumber: string | null
  /** The document it implements or depends on, when it has none of its own (nb-tic-2022: 甬政办发〔2022〕51号). */
  parentDocument?: string
  issuedOn: string | null
  /** First day on which the set judges applications; null = no lower bound known (treated as always). */
  effectiveFrom: string | null
  /** Last day on which the set accepts new applications; null = open-ended. */
  effectiveTo: string | null
  carrierKinds: CarrierKind[]
  /** Official name of a recognised carrier; {name} is replaced. */
  namePattern: Bilingual
  /** Per carrier kind, where the set covers more than one kind. */
  namePatternByKind?: Partial<Record<CarrierKind, Bilingual>>
  /** 'document' when the pattern is prescribed by the text, 'ours' when we chose it. */
  namePatternSource: 'document' | 'ours'
  /** Citation string: Chinese title in 《》 plus 文号 when there is one. */
  document: string
  /** The seed file the text comes from. */
  sourceFile: string
  isDraft?: boolean
  notes?: string
}
