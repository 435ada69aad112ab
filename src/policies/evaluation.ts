/**
 * Evaluations, their consequences, self-report deadlines and the targets of a technology innovation centre.
 */
import type { Bilingual, PolicySetId, RuleId, RuleResult } from './types'
import { addYears, assertIsoDate, yearOf } from './dates'
import { withCitation } from './messages'
import { check, notApplicable } from './results'
import { ruleFor } from './rules'
import { formatWan, formatYuanEn } from './money'
import { DEFAULT_TIC, DEFAULT_ZJ, FIRST_REVISIONS, MONTH_DAYS, type AnyParams, type CxParams, type TicParams, type ZjParams } from './parameters'

export const GRADES = ['excellent', 'good', 'fair', 'fail'] as const
export type Grade = (typeof GRADES)[number]
export const GRADE_LABELS: Record<Grade, Bilingual> = {
  excellent: { zh: '优秀', en: 'excellent' },
  good: { zh: '良好', en: 'good' },
  fair: { zh: '合格（一般）', en: 'pass (fair)' },
  fail: { zh: '不合格（较差）', en: 'fail (poor)' },
}

/** Grades as ranks, for a parameter that names one (cx thirdPartyKeepGrade: 3 = 良好). */
export const GRADE_RANK: Record<Grade, number> = { fail: 1, fair: 2, good: 3, excellent: 4 }
/** The Cixi text's own words for the ranks (第十二条: 良好以上…一般及以下). */
export const GRADE_WORDS: Record<number, Bilingual> = {
  1: { zh: '较差', en: 'poor' },
  2: { zh: '一般', en: 'fair' },
  3: { zh: '良好', en: 'good' },
  4: { zh: '优秀', en: 'excellent' },
}

export const EVALUATION_KINDS = ['annual', 'third-party-3y', 'final-acceptance'] as const
export type EvaluationKind = (typeof EVALUATION_KINDS)[number]

export interface EvaluationRecord {
  year: number
  grade: Grade
  kind: EvaluationKind
}

export type EvaluationAction = 'rolling-support' | 'continue' | 'adjust' | 'delist' | 'cancel' | 'terminate-or-adjust'

export interface EvaluationConsequence {
  action: EvaluationAction
  /** null only for wh-consortium-2022, whose text sets no evaluation consequence */
  ruleId: RuleId | null
  message: Bilingual
}

const KIND_ORDER: Record<EvaluationKind, number> = { annual: 0, 'third-party-3y': 1, 'final-acceptance': 2 }

function sorted(history: readonly EvaluationRecord[]): EvaluationRecord[] {
  return [...history].sort((a, b) => a.year - b.year || KIND_ORDER[a.kind] - KIND_ORDER[b.kind])
}

function consequence(action: EvaluationAction, ruleId: RuleId, policySet: PolicySetId, zh: string, en: string): EvaluationConsequence {
  const def = ruleFor(ruleId, policySet)
  return { action, ruleId, message: withCitation(ruleId, def.citation, zh, en) }
}

/**
 * The consequence of the latest evaluation in history (any order; sorted by year, then annual <
 * third-party-3y < final-acceptance).
 */
export function evaluationConsequence(policySet: PolicySetId, history: readonly EvaluationRecord[], params: AnyParams = FIRST_REVISIONS[policySet].values): EvaluationConsequence {
  const h = sorted(history)
  const latest = h[h.length - 1]
  switch (policySet) {
    case 'nb-tic-2022': {
      const id = 'tic.eval.two-fails-delist'
      if (!latest) return consequence('continue', id, policySet, '尚无评价记录', 'No evaluation yet')
      if (latest.kind === 'final-acceptance') {
        return latest.grade === 'fail'
          ? consequence('cancel', id, policySet, `${latest.year}年建设期满验收未通过，取消创建资格`, `Final acceptance failed in ${latest.year}: creation status cancelled`)
          : consequence('continue', id, policySet, `${latest.year}年建设期满验收通过`, `Final acceptance passed in ${latest.year}`)
      }
      // "连续两次绩效评价不合格": the two most recent annual evaluations, adjacent in the sequence of annual evaluations.
      const annual = h.filter((r) => r.kind === 'annual')
      const last = annual[annual.length - 1]
      const n = (params as TicParams).delistAfterFails
      const run = annual.slice(-n)
      if (n >= 1 && run.length === n && run.every((r) => r.grade === 'fail')) {
        const years = run.map((r) => `${r.year}年`).join('、')
        return n === 2
          ? consequence('delist', id, policySet, `连续两次年度绩效评价不合格（${years}），予以摘牌`, `Two consecutive failed annual performance evaluations (${run.map((r) => r.year).join(', ')}): delisted`)
          : consequence('delist', id, policySet, `连续 ${n} 次年度绩效评价不合格（${years}），予以摘牌`, `${n} consecutive failed annual performance evaluations (${run.map((r) => r.year).join(', ')}): delisted`)
      }
      if (last && last.grade === 'fail') {
        return n === 2
          ? consequence('continue', id, policySet, `${last.year}年度绩效评价不合格；再次不合格将予以摘牌`, `Failed the ${last.year} annual evaluation; a second consecutive fail means delisting`)
          : consequence('continue', id, policySet, `${last.year}年度绩效评价不合格；连续 ${n} 次不合格将予以摘牌`, `Failed the ${last.year} annual evaluation; ${n} consecutive fails mean delisting`)
      }
      if (last && last.grade === 'excellent') {
        return consequence('continue', id, policySet, `${last.year}年度评价优秀，给予市级重大专项优先支持`, `Excellent in ${last.year}: priority for major city projects`)
      }
      return consequence('continue', id, policySet, '评价合格，继续建设', 'Passed: construction continues')
    }
    case 'cx-complex': {
      if (!latest) return consequence('continue', 'cx.eval.annual', policySet, '尚无考核记录', 'No assessment yet')
      if (latest.kind === 'third-party-3y') {
        const id = 'cx.eval.3y-third-party'
        // The lowest grade kept is a figure of the revision (第十二条: 良好).
        const keep = (params as CxParams).thirdPartyKeepGrade ?? 3
        const kept = GRADE_WORDS[keep]!
        const below = GRADE_WORDS[keep - 1]
        return GRADE_RANK[latest.grade] < keep
          ? consequence('delist', id, policySet, `三年建设计划第三方绩效评价结果为${GRADE_LABELS[latest.grade].zh}（${below ? `${below.zh}及以下` : `低于${kept.zh}`}），予以摘牌`, `Third-party 3-year evaluation graded ${latest.grade} (${below ? `${below.en} or worse` : `below ${kept.en}`}): delisted`)
          : consequence('continue', id, policySet, `三年建设计划第三方绩效评价结果为${GRADE_LABELS[latest.grade].zh}（${keep === 4 ? kept.zh : `${kept.zh}以上`}），予以保留`, `Third-party 3-year evaluation graded ${latest.grade} (${keep === 4 ? kept.en : `${kept.en} or better`}): kept`)
      }
      const id = 'cx.eval.annual'
      const n = (params as CxParams).delistAfterAnnualFails
      const run = h.filter((r) => r.kind === 'annual').slice(-n)
      if (latest.grade === 'fail' && run.length === n && run.every((r) => r.grade === 'fail')) {
        return n === 1
          ? consequence('delist', id, policySet, `${latest.year}年度考核不合格，予以摘牌`, `Failed the ${latest.year} annual assessment: delisted`)
          : consequence('delist', id, policySet, `连续 ${n} 次年度考核不合格（至${latest.year}年），予以摘牌`, `${n} consecutive failed annual assessments (to ${latest.year}): delisted`)
      }
      return latest.grade === 'fail'
        ? consequence('continue', id, policySet, `${latest.year}年度考核不合格；连续 ${n} 次不合格将予以摘牌`, `Failed the ${latest.year} annual assessment; ${n} consecutive fails mean delisting`)
        : consequence('continue', id, policySet, `${latest.year}年度考核合格，继续拨付相关经费`, `Passed the ${latest.year} annual assessment: funding continues`)
    }
    case 'zj-consortium': {
      const id = 'zj.eval.self-report-january'
      if (!latest) return consequence('continue', id, policySet, '尚无年度评价', 'No annual evaluation yet')
      if (latest.grade === 'excellent') return consequence('rolling-support', id, policySet, `${latest.year}年度评价优秀，根据项目实施情况给予项目滚动支持`, `Excellent in ${latest.year}: rolling project support`)
      if (latest.grade === 'fail') return consequence('terminate-or-adjust', id, policySet, `${latest.year}年度评价较差，视情调整或中止`, `Poor in ${latest.year}: adjusted or terminated as the case may be`)
      return consequence('continue', id, policySet, `${latest.year}年度评价${GRADE_LABELS[latest.grade].zh}，继续建设`, `Graded ${latest.grade} in ${latest.year}: continues`)
    }
    case 'nb-consortium-2021': {
      // The text sets no consequence; a fail is referred to the city bureau for adjustment (our choice).
      const id = 'nb.eval.annual-3y'
      if (!latest) return consequence('continue', id, policySet, '尚无评估记录', 'No evaluation yet')
      return latest.grade === 'fail'
        ? consequence('adjust', id, policySet, `${latest.year}年${latest.kind === 'annual' ? '度评估' : '考核'}不合格，由市科技局研究调整（文件未规定后果）`, `Failed the ${latest.year} ${latest.kind === 'annual' ? 'annual evaluation' : 'assessment'}: referred to the city bureau for adjustment (the document sets no consequence)`)
        : consequence('continue', id, policySet, `${latest.year}年${latest.kind === 'annual' ? '度评估' : '考核'}${GRADE_LABELS[latest.grade].zh}`, `Graded ${latest.grade} in ${latest.year}`)
    }
    default:
      return { action: 'continue', ruleId: null, message: { zh: '威海市备案工作指引未规定评价后果（六.2 动态管理）', en: 'The Weihai guidelines set no evaluation consequence (§6.2 dynamic management)' } }
  }
}

// ------------------------------------------------------------------ zj self-report in January (四（五）)

/**
 * The deadline of the self-report submitted in `submissionYear`, which reports on submissionYear − 1: by default
 * `${year}-01-31` (四（五）"次年1月"); a revision may name another month and day (a day past the month's end is its
 * last day, e.g. 29 February in a common year is the 28th).
 */
export function selfReportDeadline(submissionYear: number, p: Pick<ZjParams, 'selfReportMonth' | 'selfReportDay'> = DEFAULT_ZJ): string {
  if (!Number.isSafeInteger(submissionYear)) throw new RangeError(`year must be an integer, got ${submissionYear}`)
  const month = p.selfReportMonth
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`month must be 1–12, got ${month}`)
  const leap = (submissionYear % 4 === 0 && submissionYear % 100 !== 0) || submissionYear % 400 === 0
  const last = month === 2 && !leap ? 28 : MONTH_DAYS[month - 1]!
  const day = Math.min(Math.max(1, Math.floor(p.selfReportDay)), last)
  return `${String(submissionYear).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** Whether the self-report on reportYear (due by the deadline of reportYear + 1) is late. */
export function isSelfReportOverdue(reportYear: number, today: string, submittedOn?: string, p: Pick<ZjParams, 'selfReportMonth' | 'selfReportDay'> = DEFAULT_ZJ): boolean {
  const deadline = selfReportDeadline(reportYear + 1, p)
  if (submittedOn) return assertIsoDate(submittedOn, 'submittedOn') > deadline
  return assertIsoDate(today, 'today') > deadline
}

/** zj.eval.self-report-january as a RuleResult (checklist). */
export function checkSelfReport(reportYear: number, today: string, submittedOn?: string, p: Pick<ZjParams, 'selfReportMonth' | 'selfReportDay'> = DEFAULT_ZJ): RuleResult {
  const deadline = selfReportDeadline(reportYear + 1, p)
  const late = isSelfReportOverdue(reportYear, today, submittedOn, p)
  return check(!late, 'zj.eval.self-report-january', 'zj-consortium',
    submittedOn ? `${reportYear}年度自评报告于${submittedOn}报送，晚于${deadline}` : `${reportYear}年度自评报告应于${deadline}前报送，尚未报送`,
    submittedOn ? `The ${reportYear} self-evaluation was submitted on ${submittedOn}, after ${deadline}` : `The ${reportYear} self-evaluation was due by ${deadline} and has not been submitted`,
    deadline, submittedOn ?? today)
}

// ------------------------------------------------------------------ nb three-year assessment (四（二）)

export interface ThreeYearAssessment {
  due: boolean
  /** the calendar years whose annual reports the assessment rests on: recognition year … +2 */
  reportYears: number[]
  missingYears: number[]
  /** the year in which the assessment falls due (after the third report) */
  dueYear: number
  ruleId: RuleId
}

/** Assessment on the three annual reports since recognition: due once the reports of years R, R+1, R+2 are in. */
export function nbThreeYearAssessmentDue(recognisedOn: string, reports: readonly { year: number }[]): ThreeYearAssessment {
  const r = yearOf(recognisedOn)
  const reportYears = [r, r + 1, r + 2]
  const have = new Set(reports.map((x) => x.year))
  const missingYears = reportYears.filter((y) => !have.has(y))
  return { due: missingYears.length === 0, reportYears, missingYears, dueYear: r + 3, ruleId: 'nb.eval.annual-3y' }
}

// ------------------------------------------------------------------ TIC targets 二（五）（六）（十）

export interface TicFigures {
  /** cumulative input of host, co-builders and fiscal funds, 元 */
  totalInvestment?: number
  staff?: number
  highLevelTeams?: number
  industrialisationBases?: number
  partnerFirms?: number
  spinOffs?: number
  firmsServed?: number
}

const targetsOf = (p: TicParams) => ({
  year2: { investment: p.target2Investment, staff: p.target2Staff, teams: p.target2Teams },
  year5: { investment: p.target5Investment, staff: p.target5Staff, teams: p.target5Teams },
  ecosystem: { bases: p.ecoBases, partnerFirms: p.ecoPartnerFirms, spinOffs: p.ecoSpinOffs, firmsServed: p.ecoFirmsServed },
  constructionYears: p.constructionYears,
})
/** The first revision's values (parameters.ts); the rules read their params. */
export const TIC_TARGETS = targetsOf(DEFAULT_TIC)

/**
 * Targets due at asOf: the 2-year thresholds from the 2nd anniversary of approval, the 5-year ones (and the
 * ecosystem at the end of the 5-year construction period) from the 5th. Before that: not-applicable.
 */
export function checkTicTargets(approvedOn: string, asOf: string, figures: TicFigures, p: TicParams = DEFAULT_TIC): RuleResult[] {
  const TIC_TARGETS = targetsOf(p)
  assertIsoDate(approvedOn, 'approvedOn')
  assertIsoDate(asOf, 'asOf')
  const mark2 = addYears(approvedOn, 2)
  const mark5 = addYears(approvedOn, TIC_TARGETS.constructionYears)
  const ps = 'nb-tic-2022'
  if (asOf < mark2) {
    const zh = `未到批复创建后2年的考核节点（${mark2}）`
    const en = `before the 2-year mark (${mark2})`
    return [notApplicable('tic.target.investment', zh, en), notApplicable('tic.target.staff', zh, en), notApplicable('tic.target.ecosystem', `建设期满（${mark5}）时考核`, `assessed at the end of construction (${mark5})`)]
  }
  const five = asOf >= mark5
  const t = five ? TIC_TARGETS.year5 : TIC_TARGETS.year2
  const span = five ? TIC_TARGETS.constructionYears : 2
  const inv = figures.totalInvestment
  const out: RuleResult[] = []
  out.push(check(inv !== undefined && inv >= t.investment, 'tic.target.investment', ps,
    `批复创建后${span}年内各类资金投入原则上合计不低于 ${formatWan(t.investment)}，实际 ${inv === undefined ? '未填报' : formatWan(inv)}`,
    `Within ${span} years of approval total input should in principle reach ${formatYuanEn(t.investment)}; actual ${inv === undefined ? 'missing' : formatYuanEn(inv)}`,
    t.investment, inv ?? 'missing'))
  const staff = figures.staff
  const teams = figures.highLevelTeams
  const staffOk = staff !== undefined && staff >= t.staff && teams !== undefined && teams >= t.teams
  out.push(check(staffOk, 'tic.target.staff', ps,
    `批复创建后${span}年内原则上汇聚不少于 ${t.staff} 人、高层次创新创业团队不少于 ${t.teams} 个；实际 ${staff ?? '未填报'} 人、${teams ?? '未填报'} 个`,
    `Within ${span} years: in principle at least ${t.staff} people and ${t.teams} high-level teams; actual ${staff ?? 'missing'} people, ${teams ?? 'missing'} teams`,
    `${t.staff} people / ${t.teams} teams`, `${staff ?? 'missing'} / ${teams ?? 'missing'}`))
  if (!five) {
    out.push(notApplicable('tic.target.ecosystem', `建设期满（${mark5}）时考核`, `assessed at the end of construction (${mark5})`))
  } else {
    const e = TIC_TARGETS.ecosystem
    const f = figures
    const miss: [string, string][] = []
    if ((f.industrialisationBases ?? 0) < e.bases) miss.push([`产业化基地 ${f.industrialisationBases ?? 0} 个（应≥${e.bases}）`, `${f.industrialisationBases ?? 0} industrialisation bases (≥${e.bases})`])
    if ((f.partnerFirms ?? 0) < e.partnerFirms) miss.push([`紧密合作企业 ${f.partnerFirms ?? 0} 家（应≥${e.partnerFirms}）`, `${f.partnerFirms ?? 0} close partner firms (≥${e.partnerFirms})`])
    if ((f.spinOffs ?? 0) < e.spinOffs) miss.push([`衍生孵化企业 ${f.spinOffs ?? 0} 家（应≥${e.spinOffs}）`, `${f.spinOffs ?? 0} spin-offs (≥${e.spinOffs})`])
    if ((f.firmsServed ?? 0) < e.firmsServed) miss.push([`累计服务企业 ${f.firmsServed ?? 0} 家（应≥${e.firmsServed}）`, `${f.firmsServed ?? 0} firms served (≥${e.firmsServed})`])
    out.push(check(miss.length === 0, 'tic.target.ecosystem', ps, `建设期满创新生态指标未达到：${miss.map((m) => m[0]).join('；')}`, `Ecosystem targets at the end of construction not met: ${miss.map((m) => m[1]).join('; ')}`,
      `bases≥${e.bases}, partners≥${e.partnerFirms}, spin-offs≥${e.spinOffs}, served≥${e.firmsServed}`, miss.length))
  }
  return out
}

/** One year's report of a technology innovation centre (what 二（五）（六）（十） measure). */
export interface TicAnnualFigures {
  year: number
  /** that year's input of host, co-builders and fiscal funds (各类资金投入), 元 */
  investment?: number
  /** people at the year's end, and of them high-level innovation teams */
  staff?: number
  highLevelTeams?: number
  /** at the year's end: industrialisation bases, firms in close cooperation; cumulative: spin-offs, firms served */
  industrialisationBases?: number
  partnerFirms?: number
  spinOffs?: number
  firmsServed?: number
}

/**
 * The figures the targets are judged on, as of a date: input summed over the years reported up to asOf's year,
 * and the other figures as reported for the latest year up to then. undefined when nothing is reported yet.
 */
export function ticFiguresAsOf(rows: readonly TicAnnualFigures[], asOf: string): TicFigures | undefined {
  const upTo = yearOf(assertIsoDate(asOf, 'asOf'))
  const known = rows.filter((r) => r.year <= upTo).sort((a, b) => a.year - b.year)
  if (known.length === 0) return undefined
  const latest = known[known.length - 1] as TicAnnualFigures
  const invested = known.filter((r) => r.investment !== undefined)
  return {
    totalInvestment: invested.length ? invested.reduce((sum, r) => sum + (r.investment as number), 0) : undefined,
    staff: latest.staff,
    highLevelTeams: latest.highLevelTeams,
    industrialisationBases: latest.industrialisationBases,
    partnerFirms: latest.partnerFirms,
    spinOffs: latest.spinOffs,
    firmsServed: latest.firmsServed,
  }
}
