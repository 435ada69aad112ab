/**
 * The numbers of the five documents as data: caps, percentages, quotas, member minimums, thresholds, notice
 * working days, review quorum, pass mark, evaluation consequences. A revision holds one policy set's values with
 * the day it takes effect; the rule functions take the values as input and never read a figure of their own.
 *
 * FIRST_REVISIONS are the documents' own figures (the seeded first revision of each set, and the fallback when a
 * database holds none). Validation (zod) and the set's consistency rules refuse a revision a rule could not use.
 */
import { z } from 'zod'

import type { Bilingual, PolicySetId } from './types'
import { POLICY_SET_IDS } from './types'

export type ParameterUnit = 'yuan' | 'percent' | 'count' | 'working-days' | 'score' | 'years' | 'grade' | 'month' | 'day-of-month'

export interface ParameterDef {
  key: string
  unit: ParameterUnit
  label: Bilingual
  /** the article of the document the figure comes from ('（本系统默认）' when no document states it) */
  article: string
  /** the value in the document (first revision) */
  value: number
  /** extra bounds beyond the unit's */
  min?: number
  max?: number
}

const OURS = '（本系统默认，文件未规定）'

/** Settings every set has: they are procedure, not in any document. */
type ProcedureKey = 'noticeWorkingDays' | 'minReviews' | 'passScore'
const PROCEDURE = (minReviews = 3): (ParameterDef & { key: ProcedureKey })[] => [
  { key: 'noticeWorkingDays', unit: 'working-days', label: { zh: '公示期（工作日）', en: 'Public notice period (working days)' }, article: OURS, value: 5 },
  { key: 'minReviews', unit: 'count', label: { zh: '专家评审最少人数', en: 'Minimum expert reviews (quorum)' }, article: OURS, value: minReviews, min: 1, max: 15 },
  { key: 'passScore', unit: 'score', label: { zh: '评审推荐分数线', en: 'Pass mark of the panel' }, article: OURS, value: 70 },
]

const DEFS = {
  'nb-consortium-2021': [
    { key: 'leadRevenue', unit: 'yuan', label: { zh: '牵头企业上年度销售收入下限', en: "Lead's minimum sales revenue of last year" }, article: '三（一）1', value: 1_000_000_000 },
    { key: 'leadNetAssets', unit: 'yuan', label: { zh: '牵头企业净资产下限', en: "Lead's minimum net assets" }, article: '三（一）1', value: 300_000_000 },
    { key: 'leadRdYears', unit: 'years', label: { zh: '相关领域研发年限下限', en: 'Minimum years of R&D in the field' }, article: '三（一）2', value: 5 },
    { key: 'leadRdSpend', unit: 'yuan', label: { zh: '最近三年每年研发投入下限', en: 'Minimum R&D spending in each of the last three years' }, article: '三（一）2', value: 50_000_000 },
    { key: 'leadRdStaff', unit: 'count', label: { zh: '稳定研发人员下限（人）', en: 'Minimum stable R&D staff' }, article: '三（一）2', value: 50 },
    { key: 'leadEquipment', unit: 'yuan', label: { zh: '科研设施、仪器装备原值下限', en: 'Minimum original value of research facilities and instruments' }, article: '三（一）2', value: 20_000_000 },
    ...PROCEDURE(),
  ],
  'nb-tic-2022': [
    { key: 'annualPct', unit: 'percent', label: { zh: '年度支持占能力建设投入比例上限（%）', en: 'Annual support as a share of capability investment (%)' }, article: '三（四）', value: 30 },
    { key: 'totalCap', unit: 'yuan', label: { zh: '创建期支持总额上限', en: 'Creation-period total cap' }, article: '三（四）', value: 10_000_000 },
    { key: 'firstYearCap', unit: 'yuan', label: { zh: '首年创建经费上限', en: 'First-year creation grant cap' }, article: '三（四）', value: 5_000_000 },
    { key: 'creationYears', unit: 'years', label: { zh: '创建期支持年数', en: 'Years of creation-period support' }, article: '三（四）', value: 3, min: 1, max: 10 },
    { key: 'delistAfterFails', unit: 'count', label: { zh: '连续几次绩效评价不合格予以摘牌', en: 'Consecutive failed evaluations that delist' }, article: '五（四）', value: 2, min: 1, max: 5 },
    { key: 'target2Investment', unit: 'yuan', label: { zh: '2年内各类投入目标', en: 'Input target within 2 years' }, article: '二（五）', value: 100_000_000 },
    { key: 'target2Staff', unit: 'count', label: { zh: '2年内人才队伍目标（人）', en: 'Staff target within 2 years' }, article: '二（六）', value: 100 },
    { key: 'target2Teams', unit: 'count', label: { zh: '2年内高层次团队目标（个）', en: 'High-level teams within 2 years' }, article: '二（六）', value: 2 },
    { key: 'target5Investment', unit: 'yuan', label: { zh: '5年内各类投入目标', en: 'Input target within 5 years' }, article: '二（五）', value: 200_000_000 },
    { key: 'target5Staff', unit: 'count', label: { zh: '5年内人才队伍目标（人）', en: 'Staff target within 5 years' }, article: '二（六）', value: 300 },
    { key: 'target5Teams', unit: 'count', label: { zh: '5年内高层次团队目标（个）', en: 'High-level teams within 5 years' }, article: '二（六）', value: 5 },
    { key: 'constructionYears', unit: 'years', label: { zh: '建设期（年）', en: 'Construction period (years)' }, article: '二（十）', value: 5, min: 1, max: 10 },
    { key: 'ecoBases', unit: 'count', label: { zh: '建设期满产业化基地（个）', en: 'Industrialisation bases by the end' }, article: '二（十）', value: 1 },
    { key: 'ecoPartnerFirms', unit: 'count', label: { zh: '建设期满紧密合作企业（家）', en: 'Close partner firms by the end' }, article: '二（十）', value: 20 },
    { key: 'ecoSpinOffs', unit: 'count', label: { zh: '建设期满衍生孵化企业（家）', en: 'Spin-offs by the end' }, article: '二（十）', value: 5 },
    { key: 'ecoFirmsServed', unit: 'count', label: { zh: '建设期满累计服务企业（家）', en: 'Firms served by the end' }, article: '二（十）', value: 100 },
    ...PROCEDURE(),
  ],
  'wh-consortium-2022': [
    { key: 'minPeerExperts', unit: 'count', label: { zh: '同行评议专家最少人数', en: 'Minimum peer-review experts' }, article: '四.2', value: 3, min: 1, max: 15 },
    ...PROCEDURE(),
  ],
  'zj-consortium': [
    { key: 'minMembers', unit: 'count', label: { zh: '成员单位最少数（含牵头单位）', en: 'Minimum member units (lead included)' }, article: '三（二）', value: 5, min: 1, max: 100 },
    { key: 'activeProjectsMax', unit: 'count', label: { zh: '牵头企业在研尖兵领雁项目上限', en: "Lead's in-progress Jianbing/Lingyan projects, at most" }, article: '五（二）', value: 3, min: 1 },
    { key: 'commissionedPerYear', unit: 'count', label: { zh: '每年择优委托项目指南上限', en: 'Preferential-commission guidelines a year, at most' }, article: '五（二）', value: 1, min: 1 },
    { key: 'competitivePerYearMin', unit: 'count', label: { zh: '每年尖兵（领雁）项目指南下限', en: 'Competitive guidelines a year, at least' }, article: '五（二）', value: 1 },
    // 四（五）"次年1月…上报": by the last day of that month unless a revision names an earlier day.
    { key: 'selfReportMonth', unit: 'month', label: { zh: '自评报告报送月份（次年）', en: 'Self-evaluation due in month (of the next year)' }, article: '四（五）', value: 1 },
    { key: 'selfReportDay', unit: 'day-of-month', label: { zh: '自评报告报送截止日（该月第几日）', en: 'Self-evaluation due by day (of that month)' }, article: '四（五）', value: 31 },
    ...PROCEDURE(),
  ],
  'cx-complex': [
    { key: 'leadRevenue', unit: 'yuan', label: { zh: '牵头企业上年度销售收入下限', en: "Lead's minimum sales revenue of last year" }, article: '第九条', value: 400_000_000 },
    { key: 'leadRdIntensityPct', unit: 'percent', label: { zh: '牵头企业研发投入强度下限（%）', en: "Lead's minimum R&D intensity (%)" }, article: '第九条', value: 3.5 },
    { key: 'townCultivationCap', unit: 'yuan', label: { zh: '镇级培育类综合体年度补助上限', en: 'Town-level cultivation complex, yearly cap' }, article: '第十三条', value: 500_000 },
    { key: 'cityCultivationCap', unit: 'yuan', label: { zh: '市级培育类综合体年度补助上限', en: 'City-level cultivation complex, yearly cap' }, article: '第十三条', value: 1_000_000 },
    { key: 'townCreationCap', unit: 'yuan', label: { zh: '镇级创建类综合体年度补助上限', en: 'Town-level creation complex, yearly cap' }, article: '第十三条', value: 1_000_000 },
    { key: 'cityCreationCap', unit: 'yuan', label: { zh: '市级创建类综合体年度补助上限', en: 'City-level creation complex, yearly cap' }, article: '第十三条', value: 2_000_000 },
    { key: 'sequenceCap', unit: 'yuan', label: { zh: '列入省级、宁波市级序列综合体年度补助上限', en: 'Provincial or Ningbo-sequence complex, yearly cap' }, article: '第十三条', value: 2_000_000 },
    { key: 'projectCap', unit: 'yuan', label: { zh: '自主攻关项目补助总额上限', en: 'Self-run project subsidy cap' }, article: '第十五条', value: 400_000 },
    { key: 'firstInstallmentPct', unit: 'percent', label: { zh: '项目首批拨付比例（%）', en: 'First installment of a project (%)' }, article: '第十五条', value: 60 },
    { key: 'recommendPerYear', unit: 'count', label: { zh: '每年推荐市本级专项上限', en: 'Recommendations a year, at most' }, article: '第十四条', value: 2 },
    { key: 'recommendConcurrent', unit: 'count', label: { zh: '同期推荐在实施专项上限', en: 'Recommended projects at once, at most' }, article: '第十四条', value: 3 },
    { key: 'cityPerYear', unit: 'count', label: { zh: '市本级以上综合体每年自主攻关新立项上限', en: 'City-or-above complex: new self-run projects a year' }, article: '第十五条', value: 3 },
    { key: 'cityConcurrent', unit: 'count', label: { zh: '市本级以上综合体同期在实施自主攻关项目上限', en: 'City-or-above complex: self-run projects at once' }, article: '第十五条', value: 5 },
    { key: 'townPerYear', unit: 'count', label: { zh: '镇级综合体每年自主攻关新立项上限', en: 'Town complex: new self-run projects a year' }, article: '第十五条', value: 1 },
    { key: 'townConcurrent', unit: 'count', label: { zh: '镇级综合体同期在实施自主攻关项目上限', en: 'Town complex: self-run projects at once' }, article: '第十五条', value: 2 },
    { key: 'cultivationOutput', unit: 'yuan', label: { zh: '培育类：产业产值下限', en: 'Cultivation: minimum industry output' }, article: '第七条（一）', value: 2_000_000_000 },
    { key: 'cultivationJurisdictionOutput', unit: 'yuan', label: { zh: '培育类：辖区内产值下限', en: 'Cultivation: minimum jurisdiction output' }, article: '第七条（一）', value: 1_000_000_000 },
    { key: 'cultivationConcentrationPct', unit: 'percent', label: { zh: '培育类：集中度下限（%）', en: 'Cultivation: minimum concentration (%)' }, article: '第七条（一）', value: 30 },
    { key: 'creationEmergingOutput', unit: 'yuan', label: { zh: '创建类：新兴产业产值下限', en: 'Creation: minimum output of an emerging industry' }, article: '第七条（二）', value: 5_000_000_000 },
    { key: 'creationHighTechSharePct', unit: 'percent', label: { zh: '创建类：高新技术企业占比下限（%）', en: 'Creation: minimum high-tech share (%)' }, article: '第七条（二）', value: 20 },
    { key: 'creationValueAddedGrowthPct', unit: 'percent', label: { zh: '创建类：产业增加值增速下限（%）', en: 'Creation: minimum value-added growth (%)' }, article: '第七条（二）', value: 3 },
    // 第十二条 "良好以上的予以保留，一般及以下的予以摘牌": the lowest grade that keeps the complex (3 = 良好).
    { key: 'thirdPartyKeepGrade', unit: 'grade', label: { zh: '三年第三方绩效评价保留所需最低等级（4优秀 3良好 2一般 1较差）', en: 'Third-party 3-year evaluation: lowest grade kept (4 excellent, 3 good, 2 fair, 1 poor)' }, article: '第十二条', value: 3 },
    { key: 'delistAfterAnnualFails', unit: 'count', label: { zh: '连续几次年度考核不合格予以摘牌', en: 'Consecutive failed annual assessments that delist' }, article: '第十七条', value: 1, min: 1, max: 5 },
    ...PROCEDURE(),
  ],
} as const satisfies Record<PolicySetId, readonly ParameterDef[]>

export const PARAMETER_DEFS: Record<PolicySetId, readonly ParameterDef[]> = DEFS

type KeysOf<S extends PolicySetId> = (typeof DEFS)[S][number]['key']
/** One policy set's values, by key. */
export type ParamsOf<S extends PolicySetId> = { readonly [K in KeysOf<S>]: number }
export type AnyParams = Readonly<Record<string, number>>

export type NbConsortiumParams = ParamsOf<'nb-consortium-2021'>
export type TicParams = ParamsOf<'nb-tic-2022'>
export type WhParams = ParamsOf<'wh-consortium-2022'>
export type ZjParams = ParamsOf<'zj-consortium'>
export type CxParams = ParamsOf<'cx-complex'>

/** A revision as the engine sees it: which set, since when, under which name, and the values. */
export interface PolicyRevision<S extends PolicySetId = PolicySetId> {
  /** the database id; absent for the built-in first revision */
  id?: string | number
  policySet: S
  /** e.g. { zh: '2027 年修订参数', en: '2027 revision' } */
  label: Bilingual
  /** first day it governs; null = since the document itself */
  effectiveFrom: string | null
  effectiveTo: string | null
  /** a set's own keys when the set is known; any set's values otherwise */
  values: PolicySetId extends S ? AnyParams : ParamsOf<S>
}

const valuesOf = <S extends PolicySetId>(set: S): ParamsOf<S> =>
  Object.fromEntries(DEFS[set].map((d) => [d.key, d.value])) as unknown as ParamsOf<S>

export const FIRST_REVISION_LABEL: Bilingual = { zh: '文件原文参数', en: 'original figures of the document' }

/** The documents' own figures: the first revision of every set. */
export const FIRST_REVISIONS: { [S in PolicySetId]: PolicyRevision<S> } = {
  'nb-consortium-2021': { policySet: 'nb-consortium-2021', label: FIRST_REVISION_LABEL, effectiveFrom: null, effectiveTo: null, values: valuesOf('nb-consortium-2021') },
  'nb-tic-2022': { policySet: 'nb-tic-2022', label: FIRST_REVISION_LABEL, effectiveFrom: null, effectiveTo: null, values: valuesOf('nb-tic-2022') },
  'wh-consortium-2022': { policySet: 'wh-consortium-2022', label: FIRST_REVISION_LABEL, effectiveFrom: null, effectiveTo: null, values: valuesOf('wh-consortium-2022') },
  'zj-consortium': { policySet: 'zj-consortium', label: FIRST_REVISION_LABEL, effectiveFrom: null, effectiveTo: null, values: valuesOf('zj-consortium') },
  'cx-complex': { policySet: 'cx-complex', label: FIRST_REVISION_LABEL, effectiveFrom: null, effectiveTo: null, values: valuesOf('cx-complex') },
}

export const DEFAULT_TIC: TicParams = FIRST_REVISIONS['nb-tic-2022'].values
export const DEFAULT_CX: CxParams = FIRST_REVISIONS['cx-complex'].values
export const DEFAULT_NB: NbConsortiumParams = FIRST_REVISIONS['nb-consortium-2021'].values
export const DEFAULT_ZJ: ZjParams = FIRST_REVISIONS['zj-consortium'].values
export const DEFAULT_WH: WhParams = FIRST_REVISIONS['wh-consortium-2022'].values

export function parameterDef(set: PolicySetId, key: string): ParameterDef | undefined {
  return PARAMETER_DEFS[set].find((d) => d.key === key)
}

/** Every key of any set, for the admin's select (labels name the set's own figure). */
export const ALL_PARAMETER_KEYS: { value: string; label: Bilingual }[] = (() => {
  const seen = new Map<string, Bilingual>()
  for (const set of POLICY_SET_IDS) for (const d of PARAMETER_DEFS[set]) if (!seen.has(d.key)) seen.set(d.key, d.label)
  return [...seen].map(([value, label]) => ({ value, label }))
})()

// ---------------------------------------------------------------- which revision governs

/** True when the revision covers day (ISO): effectiveFrom ≤ day ≤ effectiveTo, null bounds open. */
export function covers(r: Pick<PolicyRevision, 'effectiveFrom' | 'effectiveTo'>, day: string): boolean {
  return (r.effectiveFrom === null || r.effectiveFrom <= day) && (r.effectiveTo === null || day <= r.effectiveTo)
}

/**
 * The revision in force on day among the published ones of the set (in the order they were published): the
 * covering revision that took effect last, and of two taking effect the same day the one published later; the
 * document's own figures when none covers the day.
 */
export function revisionInForce<S extends PolicySetId>(set: S, day: string, published: readonly PolicyRevision[]): PolicyRevision<S> {
  let best: PolicyRevision<S> | undefined
  for (const r of published) {
    if (r.policySet !== set || !covers(r, day)) continue
    if (!best || (r.effectiveFrom ?? '') >= (best.effectiveFrom ?? '')) best = r as unknown as PolicyRevision<S>
  }
  return best ?? (FIRST_REVISIONS[set] as PolicyRevision<S>)
}

/**
 * The day a payment, project or evaluation of `year` is judged on when no date of its own is recorded: today in
 * the current year, else the last day of a past year or the first day of a future one.
 */
export function dayForYear(year: number, today: string): string {
  const thisYear = Number(today.slice(0, 4))
  if (year === thisYear) return today
  return year < thisYear ? `${year}-12-31` : `${year}-01-01`
}

/** "依据2027年修订参数" / "under the 2027 revision": how a check names the figures it used. */
export function revisionNote(label: Bilingual): Bilingual {
  return { zh: `依据${label.zh}`, en: `under the ${label.en}` }
}

/** A message with the revision named after it. */
export function withRevision(message: Bilingual, label: Bilingual | undefined): Bilingual {
  if (!label) return message
  const note = revisionNote(label)
  if (message.zh.includes(note.zh)) return message
  return { zh: `${message.zh}（${note.zh}）`, en: `${message.en} (${note.en})` }
}

// ---------------------------------------------------------------- validation

export interface ParameterProblem {
  key: string
  /** 'policy.parameter-invalid' for a bad value, 'policy.parameter-inconsistent' for a set that contradicts itself */
  rule: 'policy.parameter-invalid' | 'policy.parameter-inconsistent' | 'policy.parameter-unknown'
  article: string
  message: Bilingual
}

const UNIT_BOUNDS: Record<ParameterUnit, { min: number; max: number; integer: boolean; zh: string; en: string }> = {
  yuan: { min: 0, max: 1_000_000_000_000, integer: true, zh: '金额须为 0 至 1 万亿之间的整数（元）', en: 'an amount must be a whole number of yuan from 0 to 1,000,000,000,000' },
  percent: { min: 0, max: 100, integer: false, zh: '百分比须在 0 至 100 之间', en: 'a percentage must lie between 0 and 100' },
  count: { min: 0, max: 1000, integer: true, zh: '数量须为 0 至 1000 之间的整数', en: 'a count must be a whole number from 0 to 1000' },
  'working-days': { min: 1, max: 30, integer: true, zh: '工作日须为 1 至 30 之间的整数', en: 'working days must be a whole number from 1 to 30' },
  score: { min: 0, max: 100, integer: true, zh: '分数须为 0 至 100 之间的整数', en: 'a score must be a whole number from 0 to 100' },
  years: { min: 0, max: 100, integer: true, zh: '年数须为 0 至 100 之间的整数', en: 'years must be a whole number from 0 to 100' },
  grade: { min: 1, max: 4, integer: true, zh: '等级须为 1 至 4 之间的整数（4优秀 3良好 2一般 1较差）', en: 'a grade must be a whole number from 1 to 4 (4 excellent, 3 good, 2 fair, 1 poor)' },
  month: { min: 1, max: 12, integer: true, zh: '月份须为 1 至 12 之间的整数', en: 'a month must be a whole number from 1 to 12' },
  'day-of-month': { min: 1, max: 31, integer: true, zh: '日期须为 1 至 31 之间的整数', en: 'a day must be a whole number from 1 to 31' },
}

/** The days of a month at most (February: 29, a leap year's; shorter years take the month's last day). */
export const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const

function schemaFor(d: ParameterDef) {
  const u = UNIT_BOUNDS[d.unit]
  const min = Math.max(u.min, d.min ?? u.min)
  const max = Math.min(u.max, d.max ?? u.max)
  let s = z.number({ error: `${u.zh} / ${u.en}` }).min(min).max(max)
  if (u.integer) s = s.int()
  // percentages: at most two decimals (3.5%, 12.25%), so a figure converts to whole basis points
  return u.integer ? s : s.refine((v) => Number.isInteger(Math.round(v * 100)) && Math.abs(v * 100 - Math.round(v * 100)) < 1e-9)
}

const fmt = (n: number) => n.toLocaleString('en-US')

/** The zod schema of one set's values: every key, nothing else. */
export function valuesSchema(set: PolicySetId) {
  return z.strictObject(Object.fromEntries(PARAMETER_DEFS[set].map((d) => [d.key, schemaFor(d)])))
}

/** The consistency rules of a set: figures that must agree with each other. */
const CONSISTENCY: Record<PolicySetId, { keys: [string, string]; ok: (v: AnyParams) => boolean; zh: (v: AnyParams) => string; en: (v: AnyParams) => string }[]> = {
  'nb-tic-2022': [
    { keys: ['firstYearCap', 'totalCap'], ok: (v) => v.firstYearCap! <= v.totalCap!, zh: (v) => `首年创建经费上限（${fmt(v.firstYearCap!)} 元）不能高于创建期支持总额上限（${fmt(v.totalCap!)} 元）`, en: (v) => `the first-year cap (${fmt(v.firstYearCap!)} yuan) cannot exceed the creation-period total cap (${fmt(v.totalCap!)} yuan)` },
    { keys: ['target2Investment', 'target5Investment'], ok: (v) => v.target2Investment! <= v.target5Investment!, zh: () => '2年内投入目标不能高于5年内投入目标', en: () => 'the 2-year input target cannot exceed the 5-year one' },
    { keys: ['target2Staff', 'target5Staff'], ok: (v) => v.target2Staff! <= v.target5Staff!, zh: () => '2年内人才目标不能高于5年内人才目标', en: () => 'the 2-year staff target cannot exceed the 5-year one' },
    { keys: ['target2Teams', 'target5Teams'], ok: (v) => v.target2Teams! <= v.target5Teams!, zh: () => '2年内团队目标不能高于5年内团队目标', en: () => 'the 2-year teams target cannot exceed the 5-year one' },
    { keys: ['creationYears', 'constructionYears'], ok: (v) => v.creationYears! <= v.constructionYears!, zh: () => '创建期支持年数不能长于建设期', en: () => 'the years of creation support cannot exceed the construction period' },
  ],
  'cx-complex': [
    { keys: ['townCultivationCap', 'townCreationCap'], ok: (v) => v.townCultivationCap! <= v.townCreationCap!, zh: () => '镇级培育类补助上限不能高于镇级创建类', en: () => "a town cultivation complex's cap cannot exceed a town creation complex's" },
    { keys: ['cityCultivationCap', 'cityCreationCap'], ok: (v) => v.cityCultivationCap! <= v.cityCreationCap!, zh: () => '市级培育类补助上限不能高于市级创建类', en: () => "a city cultivation complex's cap cannot exceed a city creation complex's" },
    { keys: ['townPerYear', 'townConcurrent'], ok: (v) => v.townPerYear! <= v.townConcurrent!, zh: () => '镇级每年新立项上限不能高于同期在实施上限', en: () => 'town: new projects a year cannot exceed projects at once' },
    { keys: ['cityPerYear', 'cityConcurrent'], ok: (v) => v.cityPerYear! <= v.cityConcurrent!, zh: () => '市本级每年新立项上限不能高于同期在实施上限', en: () => 'city: new projects a year cannot exceed projects at once' },
    { keys: ['recommendPerYear', 'recommendConcurrent'], ok: (v) => v.recommendPerYear! <= v.recommendConcurrent!, zh: () => '每年推荐上限不能高于同期推荐上限', en: () => 'recommendations a year cannot exceed recommendations at once' },
  ],
  'zj-consortium': [
    { keys: ['commissionedPerYear', 'activeProjectsMax'], ok: (v) => v.commissionedPerYear! <= v.activeProjectsMax!, zh: () => '每年择优委托上限不能高于在研项目上限', en: () => 'commissions a year cannot exceed in-progress projects' },
    { keys: ['selfReportDay', 'selfReportMonth'], ok: (v) => v.selfReportDay! <= MONTH_DAYS[v.selfReportMonth! - 1]!, zh: (v) => `${v.selfReportMonth}月没有${v.selfReportDay}日`, en: (v) => `month ${v.selfReportMonth} has no day ${v.selfReportDay}` },
  ],
  'nb-consortium-2021': [],
  'wh-consortium-2022': [],
}

/**
 * Checks one set's values: every key present and known, each within its unit's range (money whole yuan,
 * percentages 0–100), and the set consistent with itself. Returns the problems, each naming its figure.
 */
export function checkRevisionValues(set: PolicySetId, values: Record<string, unknown>): ParameterProblem[] {
  const problems: ParameterProblem[] = []
  const defs = PARAMETER_DEFS[set]
  for (const key of Object.keys(values)) {
    if (!defs.some((d) => d.key === key)) {
      problems.push({ key, rule: 'policy.parameter-unknown', article: '—', message: { zh: `参数“${key}”不属于该政策`, en: `"${key}" is not a figure of this policy set` } })
    }
  }
  const parsed = valuesSchema(set).safeParse(Object.fromEntries(defs.map((d) => [d.key, values[d.key]])))
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '')
      const d = defs.find((x) => x.key === key)
      if (!d) continue
      const u = UNIT_BOUNDS[d.unit]
      const min = Math.max(u.min, d.min ?? u.min)
      const max = Math.min(u.max, d.max ?? u.max)
      const given = values[key]
      const givenText = given === undefined || given === null ? '未填写' : String(given)
      const givenEn = given === undefined || given === null ? 'missing' : String(given)
      problems.push({
        key,
        rule: 'policy.parameter-invalid',
        article: d.article,
        message: {
          zh: `“${d.label.zh}”填写的是 ${givenText}：${u.zh.replace(/须.*$/, '')}须为 ${fmt(min)} 至 ${fmt(max)} 之间的${u.integer ? '整数' : '数（最多两位小数）'}`,
          en: `"${d.label.en}" is ${givenEn}: it must be ${u.integer ? 'a whole number' : 'a number (two decimals at most)'} from ${fmt(min)} to ${fmt(max)}`,
        },
      })
    }
    return problems
  }
  if (problems.length > 0) return problems
  const v = parsed.data as AnyParams
  for (const c of CONSISTENCY[set]) {
    if (!c.ok(v)) {
      const d = defs.find((x) => x.key === c.keys[0])!
      problems.push({ key: c.keys[0], rule: 'policy.parameter-inconsistent', article: d.article, message: { zh: `参数相互矛盾：${c.zh(v)}`, en: `The figures contradict each other: ${c.en(v)}` } })
    }
  }
  return problems
}
