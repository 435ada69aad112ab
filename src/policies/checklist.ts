/**
 * The compliance checklist of an application / carrier: every rule of its policy set (for its carrier kind),
 * once, as pass / fail / overridden / not-yet-applicable (or not-applicable when the rule does not concern this
 * application, e.g. the creation-class conditions for a cultivation-class complex).
 *
 * "In principle" (原则上 / 一般) rules block like the others until a city officer overrides them for the record
 * with a written reason; a block rule with an override record stays fail.
 */
import type { Bilingual, CarrierKind, CheckId, Citation, PolicySetId, RuleDef, RuleId, RuleResult, Severity, Violation } from './types'
import { ruleTitle, titleHasFigures } from './rule-titles'
import { missingDocumentViolation, requiredDocumentCitation, requiredDocumentsStatus, requiredDocumentTitle, REQUIRED_DOCUMENTS_ID, type ProvidedDocument, type RequiredDocument } from './required-documents'
import { ruleFor, rulesOfSet } from './rules'
import { getPolicySet } from './registry'
import { assertIsoDate, yearOf } from './dates'
import { check, fail, notApplicable, pass } from './results'
import {
  checkAgreements, checkComplexConditions, checkGovernance, checkIpContracts, checkLeadEligibility, checkMembers, checkPeerExperts,
  type AgreementFacts, type ComplexFacts, type GovernanceFacts, type IpContractFacts, type MemberFacts, type OrganizationFacts, type PeerExpert,
} from './eligibility'
import {
  checkFundUse, complexSubsidyCap, creationYear, fundsToRecover,
  type PriorDisbursement, type ProjectStatus, type RecoveryFacts,
} from './funding'
import { checkZjAnnualGuidelines, type ExistingProject } from './quotas'
import { FIRST_REVISIONS, PARAMETER_DEFS, withRevision, type AnyParams, type CxParams, type TicParams, type WhParams, type ZjParams } from './parameters'
import { checkSelfReport, checkTicTargets, evaluationConsequence, type EvaluationRecord, type TicFigures } from './evaluation'
import { formatWan, formatYuanEn, percentOf, sumYuan } from './money'

export interface Override {
  ruleId: RuleId
  by: string
  reason: string
  at: string
}

export type ChecklistStatus = 'pass' | 'fail' | 'overridden' | 'not-yet-applicable' | 'not-applicable'

export interface ChecklistItem {
  /** a rule of the set, or guard.required-documents for each document the programme requires */
  ruleId: CheckId
  title: Bilingual
  severity: Severity
  kind: RuleDef['kind']
  status: ChecklistStatus
  violation?: Violation
  override?: { by: string; reason: string; at: string }
  /** why not (yet) applicable */
  reason?: Bilingual
  citation: Citation
  /** a required document's note from the programme (guard.required-documents items) */
  note?: string
}

export interface ChecklistProject extends ExistingProject {
  id?: string
  /** cx self-run projects: the approved subsidy total, 元 */
  subsidyTotal?: number
}

export interface ApplicationFacts {
  policySet: PolicySetId
  /** default: the first carrier kind of the set */
  carrierKind?: CarrierKind
  submittedOn?: string
  /** the year of application for "last year" figures; default: year of submittedOn, else of today */
  asOfYear?: number
  /** today (ISO), for deadlines and targets */
  today?: string
  lead: OrganizationFacts
  members: MemberFacts[]
  agreements?: AgreementFacts[]
  ipContracts?: IpContractFacts[]
  governance?: GovernanceFacts
  complex?: ComplexFacts
  peerExperts?: PeerExpert[]
  overrides?: Override[]
  // ---- after recognition (approval, filing) ----
  /** date of recognition / filing / approval to build (TIC: 批复创建) */
  recognizedOn?: string
  delisted?: boolean
  evaluations?: EvaluationRecord[]
  /** zj: self-evaluation reports, by the year reported on */
  selfReports?: { reportYear: number; submittedOn?: string }[]
  disbursements?: PriorDisbursement[]
  /** TIC: capability-building investment by calendar year */
  capabilityInvestmentByYear?: Record<number, number>
  projects?: ChecklistProject[]
  /** TIC: uses of fiscal funds */
  expenses?: { use: string; amount?: number }[]
  ticFigures?: TicFigures
  /** TIC after delisting / cancellation: audit figures and what has been recovered */
  recovery?: RecoveryFacts & { recovered: number }
  /** the values of the parameter revision that governs this application (default: the documents' figures) */
  parameters?: AnyParams
  /** that revision's name: every failing item says which figures it was judged on */
  revision?: Bilingual
  /** the programme (申报批次) and the documents its call requires */
  program?: { title: string; requiredDocuments?: RequiredDocument[] }
  /** the documents the application has uploaded, by title */
  documentsProvided?: ProvidedDocument[]
}

const NOT_YET = { zh: '认定（批复）后适用', en: 'applies after recognition (approval)' }
const NO_EVALUATION = { zh: '尚无评价记录（无数据）', en: 'no evaluation recorded yet (no data)' }
const NO_FUND_USE = { zh: '尚无财政资金使用记录（无数据）', en: 'no use of fiscal funds recorded yet (no data)' }
const NO_TIC_FIGURES = { zh: '尚未填报技术创新中心年度数据（无数据）', en: 'no annual figures of the centre reported yet (no data)' }

function countBy<T>(xs: readonly T[], key: (x: T) => string | number): Map<string | number, number> {
  const m = new Map<string | number, number>()
  for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1)
  return m
}

/** The worst year of a per-year count rule, as a RuleResult. */
function perYearCheck(ruleId: RuleId, ps: PolicySetId, projects: readonly ExistingProject[], kinds: readonly string[], limit: number, zh: string, en: string): RuleResult {
  const counts = countBy(projects.filter((p) => kinds.includes(p.kind)), (p) => p.year)
  for (const [year, n] of counts) {
    if (n > limit) return fail(ruleId, ps, `${year}年${zh} ${n} 个，超过每年 ${limit} 个`, `${n} ${en} in ${year}, more than ${limit} a year`, limit, n)
  }
  return pass(ruleId)
}
function concurrentCheck(ruleId: RuleId, ps: PolicySetId, projects: readonly ExistingProject[], kinds: readonly string[], limit: number, zh: string, en: string): RuleResult {
  const n = projects.filter((p) => kinds.includes(p.kind) && p.status === 'in-progress').length
  return check(n <= limit, ruleId, ps, `同期在实施的${zh} ${n} 个，超过 ${limit} 个`, `${n} ${en} in progress, more than ${limit}`, limit, n)
}

/** An evaluation rule's result; undefined (no data, not yet applicable) while nothing has been evaluated. */
function evalRule(ruleId: RuleId, ps: PolicySetId, history: readonly EvaluationRecord[], params?: AnyParams): RuleResult | undefined {
  if (history.length === 0) return undefined
  const c = evaluationConsequence(ps, history, params)
  const bad = c.action === 'delist' || c.action === 'cancel' || c.action === 'terminate-or-adjust' || c.action === 'adjust'
  return bad && c.ruleId === ruleId ? { ruleId, status: 'fail', violation: { ruleId, severity: 'block', message: c.message, citation: ruleFor(ruleId, ps).citation, actual: c.action } } : pass(ruleId)
}

/**
 * Results for the rules that can be computed from the facts; rules absent from the map are not yet applicable,
 * with the reason in `noData` when it is missing data (never a pass without facts).
 */
function compute(f: ApplicationFacts, kind: CarrierKind, noData: Map<RuleId, Bilingual>): Map<RuleId, RuleResult> {
  const ps = f.policySet
  // Values of another set's revision (an application moving between programmes) never judge this set.
  const given = f.parameters
  const params: AnyParams = given && PARAMETER_DEFS[ps].every((d) => typeof given[d.key] === 'number') ? given : FIRST_REVISIONS[ps].values
  const tp = params as TicParams
  const cp = params as CxParams
  const m = new Map<RuleId, RuleResult>()
  const put = (rs: readonly (RuleResult | undefined)[]) => rs.forEach((r) => r && m.set(r.ruleId, r))
  const evaluated = (ruleId: RuleId, history: readonly EvaluationRecord[]) => {
    const r = evalRule(ruleId, ps, history, params)
    if (!r) noData.set(ruleId, NO_EVALUATION)
    return r
  }
  const dateForYear = f.submittedOn ?? f.today
  const asOfYear = f.asOfYear ?? (dateForYear ? yearOf(dateForYear) : undefined)
  if (asOfYear === undefined) throw new RangeError('checkAll needs asOfYear, submittedOn or today')

  // application stage
  if (kind !== 'complex') put(checkLeadEligibility(ps, f.lead, asOfYear, params))
  put(checkGovernance(ps, f.governance ?? {}))
  put(checkMembers(ps, f.members, params))
  put(checkAgreements(ps, f.members, f.agreements ?? []))
  put(checkIpContracts(ps, f.ipContracts ?? []))
  if (ps === 'cx-complex' && kind === 'complex') {
    if (f.complex) put(checkComplexConditions(f.complex, cp))
    else {
      put([fail('cx.complex.cultivation', ps, '缺少综合体申报信息（类别、产值等）', 'Complex facts (class, output…) are missing', 'complex facts', 'missing')])
      put([fail('cx.complex.creation', ps, '缺少综合体申报信息（类别、产值等）', 'Complex facts (class, output…) are missing', 'complex facts', 'missing')])
    }
  }
  if (ps === 'wh-consortium-2022' && f.peerExperts) put([checkPeerExperts(f.peerExperts, params as WhParams)])

  const recognizedOn = f.recognizedOn
  if (!recognizedOn) return m
  assertIsoDate(recognizedOn, 'recognizedOn')
  const today = f.today ?? f.submittedOn ?? recognizedOn
  const projects = f.projects ?? []
  const pay = f.disbursements ?? []
  const evals = f.evaluations ?? []

  switch (ps) {
    case 'nb-consortium-2021':
      put([pass('nb.consortium.quota-exempt'), evaluated('nb.eval.annual-3y', evals)])
      break
    case 'nb-tic-2022': {
      const tic = pay.filter((p) => p.basis === 'capability-investment' || p.basis === 'creation-grant')
      const byYear = new Map<number, number>()
      for (const p of tic) byYear.set(p.year, (byYear.get(p.year) ?? 0) + p.amount)
      let annual: RuleResult = pass('tic.funding.annual-30pct')
      for (const [year, paid] of [...byYear].sort((a, b) => a[0] - b[0])) {
        const inv = f.capabilityInvestmentByYear?.[year]
        if (inv === undefined) {
          annual = fail('tic.funding.annual-30pct', ps, `${year}年已拨付 ${formatWan(paid)}，缺少当年创新能力建设投入总额`, `${formatYuanEn(paid)} paid in ${year} without that year's capability-building investment`, 'unknown', paid)
          break
        }
        const cap = percentOf(inv, tp.annualPct)
        if (paid > cap) {
          annual = fail('tic.funding.annual-30pct', ps, `${year}年已拨付 ${formatWan(paid)}，超过当年能力建设投入 ${formatWan(inv)} 的 ${tp.annualPct}% 即 ${formatWan(cap)}`, `${formatYuanEn(paid)} paid in ${year}, above ${tp.annualPct}% of that year's investment of ${formatYuanEn(inv)}, i.e. ${formatYuanEn(cap)}`, cap, paid)
          break
        }
      }
      const total = sumYuan(tic.map((p) => p.amount))
      const y1 = yearOf(recognizedOn)
      const first = byYear.get(y1) ?? 0
      const outside = tic.filter((p) => { const cy = creationYear(recognizedOn, p.year); return cy < 1 || cy > tp.creationYears })
      put([
        annual,
        check(total <= tp.totalCap, 'tic.funding.total-10m', ps, `创建期已拨付合计 ${formatWan(total)}，超过 ${formatWan(tp.totalCap)}`, `${formatYuanEn(total)} paid in total, above ${formatYuanEn(tp.totalCap)}`, tp.totalCap, total),
        check(first <= tp.firstYearCap, 'tic.funding.first-year-5m', ps, `首年已拨付 ${formatWan(first)}，超过 ${formatWan(tp.firstYearCap)}`, `${formatYuanEn(first)} paid in the first year, above ${formatYuanEn(tp.firstYearCap)}`, tp.firstYearCap, first),
        check(outside.length === 0, 'tic.funding.creation-years', ps, `有 ${outside.length} 笔拨付不在创建期前${tp.creationYears === 3 ? '三' : ` ${tp.creationYears} `}年内（${outside.map((p) => p.year).join('、')}）`, `${outside.length} payment(s) outside creation years 1–${tp.creationYears} (${outside.map((p) => p.year).join(', ')})`, `1–${tp.creationYears}`, outside.map((p) => p.year).join(',')),
        evaluated('tic.eval.two-fails-delist', evals),
      ])
      // The uses of fiscal funds: live once spending is recorded; without records there is nothing to pass.
      if ((f.expenses ?? []).length === 0) noData.set('tic.funds.forbidden-uses', NO_FUND_USE)
      else put([(f.expenses ?? []).map((e) => checkFundUse(e.use)).find((r) => r.status === 'fail') ?? pass('tic.funds.forbidden-uses')])
      if (f.delisted) {
        if (!f.recovery) put([fail('tic.funds.recovery', ps, '已摘牌或取消创建资格，尚未核定应收回的财政经费', 'Delisted or cancelled: the funds to recover have not been established', 'audit', 'missing')])
        else {
          const due = fundsToRecover(f.recovery).total
          put([check(f.recovery.recovered >= due, 'tic.funds.recovery', ps, `应收回 ${formatWan(due)}（结余经费与不合规经费），已收回 ${formatWan(f.recovery.recovered)}`, `${formatYuanEn(due)} to recover (unspent balance and non-compliant spending); ${formatYuanEn(f.recovery.recovered)} recovered`, due, f.recovery.recovered)])
        }
      }
      if (f.ticFigures) {
        const rs = checkTicTargets(recognizedOn, today, f.ticFigures, tp)
        put(rs.filter((r) => r.status !== 'not-applicable'))
        for (const r of rs) if (r.status === 'not-applicable') noData.set(r.ruleId, r.reason)
      } else {
        for (const id of ['tic.target.investment', 'tic.target.staff', 'tic.target.ecosystem'] as const) noData.set(id, NO_TIC_FIGURES)
      }
      break
    }
    case 'zj-consortium': {
      const zp = params as ZjParams
      put([concurrentCheck('zj.lead.active-projects-max-3', ps, projects, ['jianbing', 'lingyan', 'commissioned'], zp.activeProjectsMax, '尖兵领雁项目', 'Jianbing/Lingyan projects')])
      // annual guidelines: the last complete year since recognition, and never more than 1 commission a year
      const perYear = perYearCheck('zj.guidelines.per-year', ps, projects, ['commissioned'], zp.commissionedPerYear, '择优委托项目指南', 'preferential-commission guidelines')
      const lastYear = yearOf(today) - 1
      if (perYear.status === 'fail') put([perYear])
      else if (lastYear >= yearOf(recognizedOn)) put([checkZjAnnualGuidelines(lastYear, projects, zp)])
      else if (projects.some((p) => p.kind === 'commissioned')) put([perYear])
      else noData.set('zj.guidelines.per-year', { zh: '认定当年尚无项目指南记录（次年起按上一年度核查）', en: 'no guideline recorded in the year of recognition (checked on the previous year from next year)' })
      // self-reports: every year from recognition to last year must be reported by 31 January of the next year;
      // a report not yet due and not yet filed is judged neither way.
      let sr: RuleResult | undefined = evalRule('zj.eval.self-report-january', ps, evals, params)
      if (!sr || sr.status === 'pass') {
        let judged = sr !== undefined
        for (let y = yearOf(recognizedOn); y <= lastYear; y++) {
          const submittedOn = f.selfReports?.find((s) => s.reportYear === y)?.submittedOn
          const r = checkSelfReport(y, today, submittedOn, zp)
          if (r.status === 'fail') { sr = r; judged = true; break }
          if (submittedOn) judged = true
        }
        if (!judged) noData.set('zj.eval.self-report-january', { zh: '尚无到期的自评报告（无数据）', en: 'no self-evaluation due or filed yet (no data)' })
        else if (!sr || sr.status === 'pass') sr = pass('zj.eval.self-report-january')
      }
      put([sr])
      break
    }
    case 'cx-complex': {
      if (kind === 'complex') {
        const level = f.complex?.level
        const cls = f.complex?.class
        if (level && cls) {
          const cap = complexSubsidyCap(level, cls, cp)
          const byYear = new Map<number, number>()
          for (const p of pay.filter((p) => p.basis === 'complex-subsidy')) byYear.set(p.year, (byYear.get(p.year) ?? 0) + p.amount)
          const over = [...byYear].find(([, v]) => v > cap)
          put([over ? fail('cx.complex.subsidy-cap', ps, `${over[0]}年综合体经费补助 ${formatWan(over[1])}，超过每年最高 ${formatWan(cap)}`, `${formatYuanEn(over[1])} complex subsidy in ${over[0]}, above the yearly ${formatYuanEn(cap)}`, cap, over[1]) : pass('cx.complex.subsidy-cap')])
        }
        // project subsidies, per project
        const ps2 = pay.filter((p) => p.basis === 'project-subsidy')
        let capR: RuleResult = pass('cx.project.subsidy-cap')
        let instR: RuleResult = pass('cx.project.first-installment-60pct')
        for (const pr of projects.filter((p) => p.kind === 'self-run' && p.id)) {
          const paid = sumYuan(ps2.filter((p) => p.projectId === pr.id).map((p) => p.amount))
          const total = pr.subsidyTotal ?? 0
          if (capR.status === 'pass' && (paid > cp.projectCap || total > cp.projectCap)) {
            capR = fail('cx.project.subsidy-cap', ps, `项目 ${pr.id} 补助 ${formatWan(Math.max(paid, total))}，超过 ${formatWan(cp.projectCap)}`, `Project ${pr.id}: subsidy ${formatYuanEn(Math.max(paid, total))}, above ${formatYuanEn(cp.projectCap)}`, cp.projectCap, Math.max(paid, total))
          }
          const allowed = (pr.status as ProjectStatus) === 'accepted' ? total : percentOf(total, cp.firstInstallmentPct)
          if (instR.status === 'pass' && paid > allowed) {
            instR = fail('cx.project.first-installment-60pct', ps, `项目 ${pr.id} 未验收前已拨付 ${formatWan(paid)}，超过首批 ${cp.firstInstallmentPct}% 即 ${formatWan(allowed)}`, `Project ${pr.id}: ${formatYuanEn(paid)} paid before acceptance, above the ${cp.firstInstallmentPct}% first installment of ${formatYuanEn(allowed)}`, allowed, paid)
          }
        }
        put([capR, instR])
        put([
          perYearCheck('cx.recommend.per-year-2', ps, projects, ['recommendation'], cp.recommendPerYear, '推荐承担市本级专项', 'recommendations'),
          concurrentCheck('cx.recommend.concurrent-3', ps, projects, ['recommendation'], cp.recommendConcurrent, '推荐的市本级专项', 'recommended projects'),
        ])
        if (level === 'town') {
          put([
            perYearCheck('cx.selfrun.town.per-year-1', ps, projects, ['self-run'], cp.townPerYear, '自主攻关新立项', 'new self-run projects'),
            concurrentCheck('cx.selfrun.town.concurrent-2', ps, projects, ['self-run'], cp.townConcurrent, '自主攻关项目', 'self-run projects'),
            notApplicable('cx.selfrun.city.per-year-3', '镇级综合体', 'town-level complex'),
            notApplicable('cx.selfrun.city.concurrent-5', '镇级综合体', 'town-level complex'),
          ])
        } else if (level) {
          put([
            perYearCheck('cx.selfrun.city.per-year-3', ps, projects, ['self-run'], cp.cityPerYear, '自主攻关新立项', 'new self-run projects'),
            concurrentCheck('cx.selfrun.city.concurrent-5', ps, projects, ['self-run'], cp.cityConcurrent, '自主攻关项目', 'self-run projects'),
            notApplicable('cx.selfrun.town.per-year-1', '市本级以上综合体', 'city-level-or-above complex'),
            notApplicable('cx.selfrun.town.concurrent-2', '市本级以上综合体', 'city-level-or-above complex'),
          ])
        }
        put([evaluated('cx.eval.annual', evals.filter((e) => e.kind === 'annual'))])
      }
      put([evaluated('cx.eval.3y-third-party', evals.filter((e) => e.kind === 'third-party-3y'))])
      break
    }
    default:
      break
  }
  return m
}

/** Every rule of the application's policy set (and carrier kind), once. */
export function checkAll(facts: ApplicationFacts): ChecklistItem[] {
  const meta = getPolicySet(facts.policySet)
  const kind = facts.carrierKind ?? meta.carrierKinds[0] ?? 'consortium'
  const noData = new Map<RuleId, Bilingual>()
  const results = compute(facts, kind, noData)
  const overrides = (facts.overrides ?? []).filter((o) => o.reason.trim().length > 0)
  // Titles state the figures of the revision the check used, and name it ("（依据2027年修订参数）").
  const params = facts.parameters && PARAMETER_DEFS[facts.policySet].every((d) => typeof facts.parameters?.[d.key] === 'number') ? facts.parameters : undefined
  const rules: ChecklistItem[] = rulesOfSet(facts.policySet, kind).map((def) => {
    const title = titleHasFigures(def.id) ? ruleTitle(def.id, facts.policySet, params, facts.revision) : def.title
    const base = { ruleId: def.id, title, severity: def.severity, kind: def.kind, citation: def.citation }
    const r = results.get(def.id)
    if (!r) return { ...base, status: 'not-yet-applicable', reason: noData.get(def.id) ?? NOT_YET }
    if (r.status === 'pass') return { ...base, status: 'pass' }
    if (r.status === 'not-applicable') return { ...base, status: 'not-applicable', reason: r.reason }
    const o = def.severity === 'overridable' ? overrides.find((x) => x.ruleId === def.id) : undefined
    // A failing item names the revision whose figures judged it ("依据2027年修订参数").
    const violation = facts.revision ? { ...r.violation, message: withRevision(r.violation.message, facts.revision) } : r.violation
    if (o) return { ...base, status: 'overridden', violation, override: { by: o.by, reason: o.reason, at: o.at } }
    return { ...base, status: 'fail', violation }
  })
  return [...rules, ...documentItems(facts)]
}

/** One item per document the programme requires: pass once a file is uploaded under its title, else fail (blocks). */
function documentItems(facts: ApplicationFacts): ChecklistItem[] {
  const program = facts.program
  if (!program?.requiredDocuments?.length) return []
  return requiredDocumentsStatus(program.requiredDocuments, facts.documentsProvided ?? []).map((d) => {
    const item: ChecklistItem = {
      ruleId: REQUIRED_DOCUMENTS_ID,
      title: requiredDocumentTitle(d.title),
      severity: 'block',
      kind: 'procedure',
      status: d.provided ? 'pass' : 'fail',
      citation: requiredDocumentCitation(facts.policySet, program.title),
    }
    if (d.note) item.note = d.note
    if (!d.provided) item.violation = missingDocumentViolation(facts.policySet, program.title, d.title)
    return item
  })
}

/** Violations that still block: failing items (overridden ones excluded). */
export function blockingViolations(items: readonly ChecklistItem[]): Violation[] {
  return items.filter((i) => i.status === 'fail' && i.violation).map((i) => i.violation as Violation)
}

/** Whether a city officer may override this rule in this policy set (原则上 / 一般). */
export function canOverride(ruleId: RuleId, policySet: PolicySetId): boolean {
  return rulesOfSet(policySet).some((r) => r.id === ruleId && r.severity === 'overridable')
}

export function checklistSummary(items: readonly ChecklistItem[]): Record<ChecklistStatus, number> {
  const s: Record<ChecklistStatus, number> = { pass: 0, fail: 0, overridden: 0, 'not-yet-applicable': 0, 'not-applicable': 0 }
  for (const i of items) s[i.status]++
  return s
}
