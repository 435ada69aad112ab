/**
 * Fiscal disbursements and their history-dependent caps (nb-tic-2022 三（四）/五（四）, cx-complex 第十一、十三、十五条).
 * Integer 元 only; percentages round down.
 */
import type { PolicySetId, RuleId, RuleResult, Violation } from './types'
import { assertYuan, formatWan, formatYuanEn, MoneyError, percentOf, sumYuan } from './money'
import { assertIsoDate, yearOf } from './dates'
import { check, fail, notApplicable, pass, violations } from './results'
import { DEFAULT_CX, DEFAULT_TIC, FIRST_REVISIONS, type AnyParams, type CxParams, type TicParams } from './parameters'

export const DISBURSEMENT_BASES = ['capability-investment', 'creation-grant', 'complex-subsidy', 'project-subsidy'] as const
export type DisbursementBasis = (typeof DISBURSEMENT_BASES)[number]

export const DISBURSEMENT_BASIS_LABELS: Record<DisbursementBasis, { zh: string; en: string }> = {
  'capability-investment': { zh: '创新能力建设支持（按年度投入30%）', en: 'capability-building support (30% of annual investment)' },
  'creation-grant': { zh: '首年创建经费', en: 'first-year creation grant' },
  'complex-subsidy': { zh: '综合体建设经费补助', en: 'complex subsidy' },
  'project-subsidy': { zh: '自主共性技术攻关项目补助', en: 'self-run project subsidy' },
}

/** Which bases each policy set pays. Sets with no fiscal caps in their text pay none through this engine. */
export const BASES_BY_SET: Record<PolicySetId, readonly DisbursementBasis[]> = {
  'nb-consortium-2021': [],
  'nb-tic-2022': ['capability-investment', 'creation-grant'],
  'wh-consortium-2022': [],
  'zj-consortium': [],
  'cx-complex': ['complex-subsidy', 'project-subsidy'],
}

export const INSTALLMENTS = ['first', 'remainder', 'annual'] as const
export type Installment = (typeof INSTALLMENTS)[number]

export type ComplexLevel = 'town' | 'city' | 'province' | 'ningbo-sequence'
export type ComplexClass = 'cultivation' | 'creation'
export type ProjectStatus = 'in-progress' | 'accepted' | 'failed'

export interface PriorDisbursement {
  amount: number
  year: number
  basis: string
  installment?: string
  projectId?: string
}

export interface DisbursementFacts {
  policySet: PolicySetId
  basis: DisbursementBasis
  /** this request, 元 */
  amount: number
  /** calendar year of the payment */
  year: number
  installment?: Installment
  /** TIC: approval date (批复创建); creation year index = year − approval year + 1 (calendar years) */
  approvedOn?: string
  /** TIC: that year's total capability-building investment (创新能力建设投入总额), 元 */
  capabilityInvestmentThisYear?: number
  /** committed disbursements of the same carrier (for project subsidies: those of the same project carry projectId) */
  prior: PriorDisbursement[]
  /** cx complex subsidy: level and class (第十三条) */
  complex?: { level: ComplexLevel; class: ComplexClass }
  /** cx self-run project (第十五条) */
  project?: { id: string; subsidyTotal: number; status: ProjectStatus }
  /** delisted (摘牌) or creation status cancelled: no new disbursement */
  delisted?: boolean
}

// ---- the numbers of the documents: the first revision's values (parameters.ts); the rules read their params ----
export const TIC_ANNUAL_PCT = DEFAULT_TIC.annualPct
export const TIC_TOTAL_CAP = DEFAULT_TIC.totalCap
export const TIC_FIRST_YEAR_CAP = DEFAULT_TIC.firstYearCap
export const TIC_CREATION_YEARS = DEFAULT_TIC.creationYears
export const CX_PROJECT_CAP = DEFAULT_CX.projectCap
export const CX_FIRST_INSTALLMENT_PCT = DEFAULT_CX.firstInstallmentPct

/** 第十三条: town 50万 / city 100万 (cultivation), creation doubles; provincial or Ningbo sequence 200万 whatever the class. */
export function complexSubsidyCap(level: ComplexLevel, cls: ComplexClass, p: CxParams = DEFAULT_CX): number {
  if (level === 'province' || level === 'ningbo-sequence') return p.sequenceCap
  if (level === 'town') return cls === 'creation' ? p.townCreationCap : p.townCultivationCap
  return cls === 'creation' ? p.cityCreationCap : p.cityCultivationCap
}

const LEVEL_ZH: Record<ComplexLevel, string> = { town: '镇级', city: '市级', province: '省级序列', 'ningbo-sequence': '宁波市级序列' }
const LEVEL_EN: Record<ComplexLevel, string> = { town: 'town-level', city: 'city-level', province: 'provincial-sequence', 'ningbo-sequence': 'Ningbo-sequence' }
const CLASS_ZH: Record<ComplexClass, string> = { cultivation: '培育类', creation: '创建类' }

/** Creation-year index (1 = calendar year of approval). */
export function creationYear(approvedOn: string, year: number): number {
  return year - yearOf(assertIsoDate(approvedOn, 'approvedOn')) + 1
}

const TIC_BASES: readonly string[] = BASES_BY_SET['nb-tic-2022']

function validate(f: DisbursementFacts): void {
  assertYuan(f.amount, 'amount', { nonNegative: true })
  if (f.amount <= 0) throw new MoneyError('a disbursement must be a positive amount of 元')
  if (!Number.isSafeInteger(f.year)) throw new RangeError(`year must be an integer, got ${f.year}`)
  for (const p of f.prior) assertYuan(p.amount, 'prior amount', { nonNegative: true })
  if (f.capabilityInvestmentThisYear !== undefined) assertYuan(f.capabilityInvestmentThisYear, 'capabilityInvestmentThisYear', { nonNegative: true })
  if (f.project) assertYuan(f.project.subsidyTotal, 'project.subsidyTotal', { nonNegative: true })
  const bases = BASES_BY_SET[f.policySet]
  if (bases.length > 0 && !bases.includes(f.basis)) {
    throw new RangeError(`basis ${f.basis} is not paid under ${f.policySet} (expected ${bases.join(', ')})`)
  }
}

// ---------------------------------------------------------------- TIC

function ticResults(f: DisbursementFacts, p: TicParams): RuleResult[] {
  const ps = 'nb-tic-2022'
  const prior = f.prior.filter((p) => TIC_BASES.includes(p.basis))
  const amount = f.amount
  const out: RuleResult[] = []

  // delisting / cancellation: no new money, recovery instead (五（四）)
  out.push(
    f.delisted
      ? fail('tic.funds.recovery', ps,
          `已摘牌或被取消创建资格，不得新拨付经费，财政结余经费和不合规经费应按原渠道收回；本次申请 ${formatWan(amount)}`,
          `The centre is delisted or its creation status cancelled: no new disbursement; the unspent balance and non-compliant spending are to be recovered; this request ${formatYuanEn(amount)}`,
          0, amount)
      : notApplicable('tic.funds.recovery', '未摘牌、未取消创建资格', 'not delisted or cancelled'),
  )

  // creation years 1–3
  let cy: number | undefined
  if (!f.approvedOn) {
    out.push(fail('tic.funding.creation-years', ps, '缺少批复创建日期，无法确定创建期年度', 'The approval date is missing: the creation year cannot be determined', '1–3', 'unknown'))
  } else {
    cy = creationYear(f.approvedOn, f.year)
    out.push(check(cy >= 1 && cy <= p.creationYears, 'tic.funding.creation-years', ps,
      `创建期支持仅在批复创建后前${p.creationYears === 3 ? '三' : ` ${p.creationYears} `}年拨付：${f.year}年为创建第${cy}年（${f.approvedOn}批复）`,
      `Creation-period support is paid only in years 1–${p.creationYears} after approval: ${f.year} is creation year ${cy} (approved ${f.approvedOn})`,
      `1–${p.creationYears}`, cy))
  }

  // annual 30%
  const usedThisYear = sumYuan(prior.filter((p) => p.year === f.year).map((p) => p.amount))
  if (f.capabilityInvestmentThisYear === undefined) {
    out.push(fail('tic.funding.annual-30pct', ps,
      `缺少${f.year}年度创新能力建设投入总额，无法核定${p.annualPct}%的年度支持上限；本次申请 ${formatWan(amount)}`,
      `The capability-building investment of ${f.year} is missing: the ${p.annualPct}% annual cap cannot be determined; this request ${formatYuanEn(amount)}`,
      'unknown', usedThisYear + amount))
  } else {
    const inv = f.capabilityInvestmentThisYear
    const cap = percentOf(inv, p.annualPct)
    const total = usedThisYear + amount
    out.push(check(total <= cap, 'tic.funding.annual-30pct', ps,
      `超出年度支持上限：本年度能力建设投入 ${formatWan(inv)} 的 ${p.annualPct}% 为 ${formatWan(cap)}，已支持 ${formatWan(usedThisYear)}，本次申请 ${formatWan(amount)}`,
      `Exceeds the annual cap: ${p.annualPct}% of this year's capability-building investment of ${formatYuanEn(inv)} is ${formatYuanEn(cap)}; ${formatYuanEn(usedThisYear)} already granted; this request ${formatYuanEn(amount)}`,
      cap, total))
  }

  // three-year total
  const usedTotal = sumYuan(prior.map((p) => p.amount))
  out.push(check(usedTotal + amount <= p.totalCap, 'tic.funding.total-10m', ps,
    `超出创建期支持总额上限：合计最高 ${formatWan(p.totalCap)}，已支持 ${formatWan(usedTotal)}，本次申请 ${formatWan(amount)}`,
    `Exceeds the creation-period total: at most ${formatYuanEn(p.totalCap)}; ${formatYuanEn(usedTotal)} already granted; this request ${formatYuanEn(amount)}`,
    p.totalCap, usedTotal + amount))

  // first year ≤ 500万 (all payments of creation year 1 together)
  if (cy === 1 && f.approvedOn) {
    const approvalYear = yearOf(f.approvedOn)
    const usedYear1 = sumYuan(prior.filter((p) => p.year === approvalYear).map((p) => p.amount))
    out.push(check(usedYear1 + amount <= p.firstYearCap, 'tic.funding.first-year-5m', ps,
      `超出首年创建经费上限：首年最高 ${formatWan(p.firstYearCap)}，首年已支持 ${formatWan(usedYear1)}，本次申请 ${formatWan(amount)}`,
      `Exceeds the first-year cap: at most ${formatYuanEn(p.firstYearCap)} in the first year; ${formatYuanEn(usedYear1)} already granted; this request ${formatYuanEn(amount)}`,
      p.firstYearCap, usedYear1 + amount))
  } else if (f.basis === 'creation-grant') {
    out.push(fail('tic.funding.first-year-5m', ps,
      `首年创建经费只能在批复创建的第1年拨付${cy === undefined ? '' : `，${f.year}年为创建第${cy}年`}`,
      `The first-year creation grant is paid only in creation year 1${cy === undefined ? '' : `; ${f.year} is creation year ${cy}`}`,
      'creation year 1', `creation year ${cy ?? 'unknown'}`))
  } else {
    out.push(notApplicable('tic.funding.first-year-5m', '非创建第1年', 'not creation year 1'))
  }
  return out
}

// ---------------------------------------------------------------- Cixi

function cxDelisting(f: DisbursementFacts): RuleResult {
  return f.delisted
    ? fail('cx.eval.annual', 'cx-complex',
        `综合体考核不合格已摘牌，不再拨付经费；本次申请 ${formatWan(f.amount)}`,
        `The complex failed its assessment and was delisted: no further funding; this request ${formatYuanEn(f.amount)}`,
        0, f.amount)
    : pass('cx.eval.annual')
}

function cxComplexResults(f: DisbursementFacts, p: CxParams): RuleResult[] {
  const out: RuleResult[] = [cxDelisting(f)]
  if (!f.complex) {
    out.push(fail('cx.complex.subsidy-cap', 'cx-complex', '缺少综合体级别和类别，无法核定补助上限', 'The complex level and class are missing: the cap cannot be determined', 'unknown', f.amount))
    return out
  }
  const cap = complexSubsidyCap(f.complex.level, f.complex.class, p)
  const used = sumYuan(f.prior.filter((p) => p.basis === 'complex-subsidy' && p.year === f.year).map((p) => p.amount))
  const sequence = f.complex.level === 'province' || f.complex.level === 'ningbo-sequence'
  const whoZh = sequence ? `列入${LEVEL_ZH[f.complex.level]}的综合体` : `${LEVEL_ZH[f.complex.level]}${CLASS_ZH[f.complex.class]}综合体`
  const whoEn = sequence ? `a ${LEVEL_EN[f.complex.level]} complex` : `a ${LEVEL_EN[f.complex.level]} ${f.complex.class}-class complex`
  out.push(check(used + f.amount <= cap, 'cx.complex.subsidy-cap', 'cx-complex',
    `超出综合体年度经费补助上限：${whoZh}每年最高 ${formatWan(cap)}，${f.year}年已补助 ${formatWan(used)}，本次申请 ${formatWan(f.amount)}`,
    `Exceeds the annual complex subsidy cap: ${whoEn} gets at most ${formatYuanEn(cap)} a year; ${formatYuanEn(used)} already granted in ${f.year}; this request ${formatYuanEn(f.amount)}`,
    cap, used + f.amount))
  return out
}

function cxProjectResults(f: DisbursementFacts, p: CxParams): RuleResult[] {
  const projectCap = p.projectCap
  const ps = 'cx-complex'
  const out: RuleResult[] = [cxDelisting(f)]
  const project = f.project
  if (!project) {
    out.push(fail('cx.project.subsidy-cap', ps, '缺少攻关项目信息，无法核定项目补助', 'The project is missing: its subsidy cannot be checked', projectCap, f.amount))
    return out
  }
  const priorOfProject = f.prior.filter((p) => p.basis === 'project-subsidy' && p.projectId === project.id)
  const used = sumYuan(priorOfProject.map((p) => p.amount))
  const amount = f.amount

  // ≤ 40万 per project in total (both the approved total and the sum paid)
  if (project.subsidyTotal > projectCap) {
    out.push(fail('cx.project.subsidy-cap', ps,
      `项目补助总额超出上限：每个攻关项目补助总额不超过 ${formatWan(projectCap)}，该项目核定 ${formatWan(project.subsidyTotal)}`,
      `The project subsidy exceeds the cap: at most ${formatYuanEn(projectCap)} per project; this project was granted ${formatYuanEn(project.subsidyTotal)}`,
      projectCap, project.subsidyTotal))
  } else {
    out.push(check(used + amount <= projectCap, 'cx.project.subsidy-cap', ps,
      `超出项目补助总额上限：每个攻关项目不超过 ${formatWan(projectCap)}，已拨付 ${formatWan(used)}，本次申请 ${formatWan(amount)}`,
      `Exceeds the project cap: at most ${formatYuanEn(projectCap)} per project; ${formatYuanEn(used)} already paid; this request ${formatYuanEn(amount)}`,
      projectCap, used + amount))
  }

  // first installment exactly floor(60%); remainder = the rest, only after acceptance.
  // We require EXACT amounts (首批按60%比例拨付 states a ratio, not a ceiling); a smaller first installment is refused.
  const id = 'cx.project.first-installment-60pct' as const
  const expectedFirst = percentOf(project.subsidyTotal, p.firstInstallmentPct)
  const hasFirst = priorOfProject.some((p) => p.installment === 'first')
  if (f.installment === 'first') {
    if (hasFirst) {
      out.push(fail(id, ps, `该项目首批资金已拨付，不得重复拨付首批；本次申请 ${formatWan(amount)}`, `The first installment of this project has already been paid; this request ${formatYuanEn(amount)}`, 0, amount))
    } else if (project.status === 'failed') {
      out.push(fail(id, ps, '项目未通过验收（失败），不得拨付', 'The project failed: no installment may be paid', 0, amount))
    } else {
      out.push(check(amount === expectedFirst, id, ps,
        `首批资金应按补助总额 ${formatWan(project.subsidyTotal)} 的 ${p.firstInstallmentPct}% 拨付，即 ${formatWan(expectedFirst)}，本次申请 ${formatWan(amount)}`,
        `The first installment must be ${p.firstInstallmentPct}% of the project subsidy of ${formatYuanEn(project.subsidyTotal)}, i.e. ${formatYuanEn(expectedFirst)}; this request ${formatYuanEn(amount)}`,
        expectedFirst, amount))
    }
  } else if (f.installment === 'remainder') {
    const expectedRest = project.subsidyTotal - used
    if (!hasFirst) {
      out.push(fail(id, ps, `首批资金尚未拨付，不得拨付剩余资金；本次申请 ${formatWan(amount)}`, `The first installment has not been paid: the remainder cannot be paid; this request ${formatYuanEn(amount)}`, 0, amount))
    } else if (project.status !== 'accepted') {
      out.push(fail(id, ps, `剩余资金待项目通过验收后拨付，项目当前状态：${project.status === 'failed' ? '未通过验收' : '在研'}；本次申请 ${formatWan(amount)}`,
        `The remainder is paid only after the project passes acceptance; project status: ${project.status}; this request ${formatYuanEn(amount)}`, 0, amount))
    } else {
      out.push(check(amount === expectedRest && expectedRest > 0, id, ps,
        `剩余资金应为补助总额 ${formatWan(project.subsidyTotal)} 减已拨付 ${formatWan(used)}，即 ${formatWan(Math.max(expectedRest, 0))}，本次申请 ${formatWan(amount)}`,
        `The remainder must be the project subsidy of ${formatYuanEn(project.subsidyTotal)} less ${formatYuanEn(used)} paid, i.e. ${formatYuanEn(Math.max(expectedRest, 0))}; this request ${formatYuanEn(amount)}`,
        Math.max(expectedRest, 0), amount))
    }
  } else {
    out.push(fail(id, ps, `项目补助须注明为首批（${p.firstInstallmentPct}%）或验收后剩余资金`, `A project subsidy must be either the first installment (${p.firstInstallmentPct}%) or the remainder after acceptance`, 'first|remainder', f.installment ?? 'none'))
  }
  return out
}

// ---------------------------------------------------------------- API

/**
 * Every applicable rule's result for one requested disbursement, under the set's parameters (the revision in
 * force on the payment's date; the documents' figures by default). Sets without fiscal caps return [].
 */
export function checkDisbursement(f: DisbursementFacts, params: AnyParams = FIRST_REVISIONS[f.policySet].values): RuleResult[] {
  validate(f)
  if (f.policySet === 'nb-tic-2022') return ticResults(f, params as TicParams)
  if (f.policySet === 'cx-complex') return f.basis === 'complex-subsidy' ? cxComplexResults(f, params as CxParams) : cxProjectResults(f, params as CxParams)
  return []
}

export function disbursementViolations(f: DisbursementFacts, params?: AnyParams): Violation[] {
  return violations(checkDisbursement(f, params))
}

export interface CapStatus {
  ruleId: RuleId
  limit: number
  used: number
  /** limit − used; negative when the committed payments already exceed the cap */
  remaining: number
}

/** Funds committed vs cap, for dashboards. f.amount is ignored (pass 0 or any value); prior is what counts. */
export function remainingCap(f: Omit<DisbursementFacts, 'amount'> & { amount?: number }, params: AnyParams = FIRST_REVISIONS[f.policySet].values): CapStatus[] {
  const tp = params as TicParams
  const cp = params as CxParams
  const cap = (ruleId: RuleId, limit: number, used: number): CapStatus => ({ ruleId, limit, used, remaining: limit - used })
  if (f.policySet === 'nb-tic-2022') {
    const prior = f.prior.filter((p) => TIC_BASES.includes(p.basis))
    const out: CapStatus[] = []
    if (f.capabilityInvestmentThisYear !== undefined) {
      out.push(cap('tic.funding.annual-30pct', percentOf(f.capabilityInvestmentThisYear, tp.annualPct), sumYuan(prior.filter((p) => p.year === f.year).map((p) => p.amount))))
    }
    out.push(cap('tic.funding.total-10m', tp.totalCap, sumYuan(prior.map((p) => p.amount))))
    if (f.approvedOn) {
      const y1 = yearOf(f.approvedOn)
      out.push(cap('tic.funding.first-year-5m', tp.firstYearCap, sumYuan(prior.filter((p) => p.year === y1).map((p) => p.amount))))
    }
    return out
  }
  if (f.policySet === 'cx-complex') {
    const out: CapStatus[] = []
    if (f.complex) {
      out.push(cap('cx.complex.subsidy-cap', complexSubsidyCap(f.complex.level, f.complex.class, cp),
        sumYuan(f.prior.filter((p) => p.basis === 'complex-subsidy' && p.year === f.year).map((p) => p.amount))))
    }
    if (f.project) {
      const id = f.project.id
      out.push(cap('cx.project.subsidy-cap', cp.projectCap, sumYuan(f.prior.filter((p) => p.basis === 'project-subsidy' && p.projectId === id).map((p) => p.amount))))
    }
    return out
  }
  return []
}

// ---------------------------------------------------------------- uses of fiscal funds (三（四）)

export const FORBIDDEN_USES = [
  { id: 'capital-construction', zh: '基本建设', en: 'capital construction', keywords: ['基本建设', '基建'] },
  { id: 'sponsorship', zh: '赞助', en: 'sponsorship', keywords: ['赞助'] },
  { id: 'donation', zh: '捐赠', en: 'donation', keywords: ['捐赠', '捐款'] },
  { id: 'investment', zh: '投资', en: 'investment', keywords: ['投资', '入股'] },
  { id: 'fines', zh: '罚款', en: 'fines', keywords: ['罚款', '罚金', '滞纳金'] },
  { id: 'debt-repayment', zh: '偿还债务', en: 'debt repayment', keywords: ['债务', '还贷', '还款', '偿还借款'] },
] as const
export type ForbiddenUse = (typeof FORBIDDEN_USES)[number]['id']

/** The uses the article names as the main purposes (主要用于); other lawful uses are not forbidden. */
export const INTENDED_USES = [
  { id: 'research-projects', zh: '科研项目实施', en: 'research projects' },
  { id: 'instruments-equipment', zh: '科研仪器设备购置', en: 'research instruments and equipment' },
  { id: 'talent-teams', zh: '人才团队引进培育', en: 'talent and teams' },
] as const

/**
 * tic.funds.forbidden-uses for one expense. `use` is a category id (e.g. 'sponsorship'), its English name, or a
 * Chinese description, which fails when it contains a forbidden keyword (e.g. '偿还银行债务' → debt repayment).
 * Keyword matching is a screen for the officer, not a legal classification.
 */
export function checkFundUse(use: string): RuleResult {
  const u = use.trim().toLowerCase()
  const hit = FORBIDDEN_USES.find((f) => u === f.id || u === f.en || f.keywords.some((k) => use.includes(k)))
  return hit
    ? fail('tic.funds.forbidden-uses', 'nb-tic-2022',
        `财政补助资金不得用于${hit.zh}（用途：${use}）`,
        `Fiscal funds may not be used for ${hit.en} (use: ${use})`,
        'not ' + hit.id, hit.id)
    : pass('tic.funds.forbidden-uses')
}

export interface RecoveryFacts {
  /** fiscal funds disbursed to the centre, 元 */
  disbursed: number
  /** spending found compliant by the audit, 元 */
  spentCompliant: number
  /** spending found non-compliant by the audit, 元 */
  nonCompliantSpending: number
}

/** tic.funds.recovery: unspent fiscal balance + non-compliant spending (= disbursed − compliant spending). */
export function fundsToRecover(r: RecoveryFacts): { unspentBalance: number; nonCompliant: number; total: number; ruleId: RuleId } {
  assertYuan(r.disbursed, 'disbursed', { nonNegative: true })
  assertYuan(r.spentCompliant, 'spentCompliant', { nonNegative: true })
  assertYuan(r.nonCompliantSpending, 'nonCompliantSpending', { nonNegative: true })
  const unspent = r.disbursed - r.spentCompliant - r.nonCompliantSpending
  if (unspent < 0) throw new MoneyError('spending exceeds the funds disbursed')
  return { unspentBalance: unspent, nonCompliant: r.nonCompliantSpending, total: unspent + r.nonCompliantSpending, ruleId: 'tic.funds.recovery' }
}
