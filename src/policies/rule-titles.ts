/**
 * Rule titles with the figures of a revision: the catalogue's titles (sets/*.ts) quote the documents, so a title
 * that states a figure is rendered here from the revision the check used. Rendered with the first revision, every
 * template gives back the catalogue's title word for word (test/unit/policies/rule-titles.test.ts).
 */
import type { Bilingual, PolicySetId, RuleId } from './types'
import { ruleFor } from './rules'
import { FIRST_REVISIONS, revisionNote, type AnyParams } from './parameters'

/** 10亿元, 5000万元, 40万元, 1,234元: how the documents write an amount. */
export function amountZh(n: number): string {
  if (n !== 0 && n % 100_000_000 === 0) return `${n / 100_000_000}亿元`
  if (n !== 0 && n % 10_000 === 0) return `${n / 10_000}万元`
  return `${n.toLocaleString('zh-CN')}元`
}
const en = (n: number) => n.toLocaleString('en-US')
const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十']
/** 三, 五…; "两" where the documents say 两次. */
const cn = (n: number, two = '二') => (n === 2 ? two : (CN[n] ?? String(n)))
const GRADE_ZH: Record<number, string> = { 1: '较差', 2: '一般', 3: '良好', 4: '优秀' }
const GRADE_EN: Record<number, string> = { 1: 'poor', 2: 'fair', 3: 'good', 4: 'excellent' }
const MONTH_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const MONTH_LAST = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

type Template = (p: AnyParams) => Bilingual
const v = (p: AnyParams, key: string): number => p[key] as number

/** The titles that state a figure, as functions of the values. */
const TEMPLATES: Partial<Record<RuleId, Template>> = {
  'nb.lead.revenue-1b': (p) => ({ zh: `牵头企业年销售收入（合并报表）原则上不低于${amountZh(v(p, 'leadRevenue'))}`, en: `Lead: consolidated annual sales revenue of at least ${en(v(p, 'leadRevenue'))} yuan (in principle)` }),
  'nb.lead.net-assets-300m': (p) => ({ zh: `牵头企业净资产原则上不少于${amountZh(v(p, 'leadNetAssets'))}`, en: `Lead: net assets of at least ${en(v(p, 'leadNetAssets'))} yuan (in principle)` }),
  'nb.lead.rd-years-5': (p) => ({ zh: `牵头企业有${v(p, 'leadRdYears')}年以上从事相关领域研究开发`, en: `Lead: ${v(p, 'leadRdYears')} or more years of R&D in the field` }),
  'nb.lead.rd-spend-50m-x3': (p) => ({ zh: `牵头企业最近三年每年研发投入不少于${amountZh(v(p, 'leadRdSpend'))}`, en: `Lead: R&D spending of at least ${en(v(p, 'leadRdSpend'))} yuan in each of the last three years` }),
  'nb.lead.rd-staff-50': (p) => ({ zh: `牵头企业具有${v(p, 'leadRdStaff')}人以上稳定的研发专业队伍`, en: `Lead: a stable professional R&D staff of ${v(p, 'leadRdStaff')} or more` }),
  'nb.lead.equipment-20m': (p) => ({ zh: `牵头企业科研基础设施、仪器装备原值不少于${amountZh(v(p, 'leadEquipment'))}`, en: `Lead: research facilities and instruments of original value of at least ${en(v(p, 'leadEquipment'))} yuan` }),

  'tic.funding.annual-30pct': (p) => ({ zh: `创建期每年支持不超过当年创新能力建设投入总额的${v(p, 'annualPct')}%`, en: `Each creation year, support is at most ${v(p, 'annualPct')}% of that year's capability-building investment` }),
  'tic.funding.total-10m': (p) => ({ zh: `创建期合计支持最高不超过${amountZh(v(p, 'totalCap'))}`, en: `Creation-period support totals at most ${en(v(p, 'totalCap'))} yuan` }),
  'tic.funding.first-year-5m': (p) => ({ zh: `首年创建经费不超过${amountZh(v(p, 'firstYearCap'))}`, en: `First-year creation grant at most ${en(v(p, 'firstYearCap'))} yuan` }),
  'tic.funding.creation-years': (p) => ({ zh: `创建期支持仅在批复后前${cn(v(p, 'creationYears'))}年拨付`, en: `Creation-period support is paid only in years 1–${v(p, 'creationYears')} after approval` }),
  'tic.target.investment': (p) => ({
    zh: `批复创建后2年内各类投入原则上合计${amountZh(v(p, 'target2Investment'))}以上，${v(p, 'constructionYears')}年内${amountZh(v(p, 'target5Investment'))}以上`,
    en: `Total input of at least ${en(v(p, 'target2Investment'))} yuan within 2 years and ${en(v(p, 'target5Investment'))} yuan within ${v(p, 'constructionYears')} years (in principle)`,
  }),
  'tic.target.staff': (p) => ({
    zh: `2年内原则上不少于${v(p, 'target2Staff')}人（高层次团队≥${v(p, 'target2Teams')}个），${v(p, 'constructionYears')}年内不少于${v(p, 'target5Staff')}人（≥${v(p, 'target5Teams')}个）`,
    en: `At least ${v(p, 'target2Staff')} people with ${v(p, 'target2Teams')} high-level teams within 2 years; ${v(p, 'target5Staff')} people with ${v(p, 'target5Teams')} teams within ${v(p, 'constructionYears')} years (in principle)`,
  }),
  'tic.target.ecosystem': (p) => ({
    zh: `建设期满时：产业化基地≥${v(p, 'ecoBases')}个、紧密合作企业≥${v(p, 'ecoPartnerFirms')}家、衍生孵化企业≥${v(p, 'ecoSpinOffs')}家、服务企业≥${v(p, 'ecoFirmsServed')}家`,
    en: `By the end of construction: ≥${v(p, 'ecoBases')} industrialisation base, ≥${v(p, 'ecoPartnerFirms')} close partner firms, ≥${v(p, 'ecoSpinOffs')} spin-offs, ≥${v(p, 'ecoFirmsServed')} firms served`,
  }),
  'tic.eval.two-fails-delist': (p) => ({
    zh: `连续${cn(v(p, 'delistAfterFails'), '两')}次绩效评价不合格的予以摘牌；验收未完成任务的取消创建资格`,
    en: `${v(p, 'delistAfterFails') === 2 ? 'Two' : v(p, 'delistAfterFails')} consecutive failed performance evaluation${v(p, 'delistAfterFails') === 1 ? '' : 's'} → delisted; failing final acceptance → creation status cancelled`,
  }),

  'wh.review.peer-experts-min-3': (p) => ({ zh: `初审邀请不少于${v(p, 'minPeerExperts')}名相同或相近学科副高以上同行评议专家`, en: `Initial review: at least ${v(p, 'minPeerExperts')} peer-review experts of the same or a near discipline, associate-senior title or above` }),

  'zj.members.min-5': (p) => ({ zh: `成员单位一般不少于${v(p, 'minMembers')}个（含牵头单位）`, en: `At least ${v(p, 'minMembers')} member units, lead included (generally)` }),
  'zj.lead.active-projects-max-3': (p) => ({ zh: `牵头企业承担尖兵领雁在研项目数原则上不超过${v(p, 'activeProjectsMax')}项`, en: `Lead holds at most ${v(p, 'activeProjectsMax')} in-progress Jianbing/Lingyan projects (in principle)` }),
  'zj.guidelines.per-year': (p) => ({
    zh: `每年可设计${v(p, 'commissionedPerYear')}个择优委托项目指南、不少于${v(p, 'competitivePerYearMin')}个尖兵竞争（或领雁）项目指南`,
    en: `Each year: ${v(p, 'commissionedPerYear')} preferential-commission guideline${v(p, 'commissionedPerYear') === 1 ? '' : 's'} and at least ${v(p, 'competitivePerYearMin')} competitive (Jianbing or Lingyan) guideline${v(p, 'competitivePerYearMin') === 1 ? '' : 's'}`,
  }),
  'zj.eval.self-report-january': (p) => {
    const m = v(p, 'selfReportMonth')
    const d = v(p, 'selfReportDay')
    const wholeMonth = d >= (MONTH_LAST[m - 1] ?? 31)
    return {
      zh: `次年${m}月${wholeMonth ? '' : `${d}日前`}书面上报上年度自评报告；优秀滚动支持，较差调整或中止`,
      en: `Self-evaluation of the previous year due ${wholeMonth ? `in ${MONTH_EN[m - 1]}` : `by ${d} ${MONTH_EN[m - 1]}`}; excellent → rolling support, poor → adjusted or terminated`,
    }
  },

  'cx.lead.revenue-400m': (p) => ({ zh: `牵头企业上年度销售收入不低于${amountZh(v(p, 'leadRevenue'))}`, en: `Lead: last year's sales revenue at least ${en(v(p, 'leadRevenue'))} yuan` }),
  'cx.lead.rd-intensity-3.5pct': (p) => ({ zh: `牵头企业上年度研发投入强度不低于${v(p, 'leadRdIntensityPct')}%`, en: `Lead: last year's R&D intensity at least ${v(p, 'leadRdIntensityPct')}%` }),
  'cx.eval.annual': (p) => ({
    zh: v(p, 'delistAfterAnnualFails') === 1 ? '综合体年度考核：合格继续拨付经费，不合格摘牌' : `综合体年度考核：合格继续拨付经费，连续${v(p, 'delistAfterAnnualFails')}次不合格摘牌`,
    en: v(p, 'delistAfterAnnualFails') === 1 ? 'Annual assessment of a complex: pass → funding continues; fail → delisted' : `Annual assessment of a complex: pass → funding continues; ${v(p, 'delistAfterAnnualFails')} consecutive fails → delisted`,
  }),
  'cx.eval.3y-third-party': (p) => {
    const k = v(p, 'thirdPartyKeepGrade')
    const kept = k === 4 ? GRADE_ZH[4] : `${GRADE_ZH[k]}以上`
    const keptEn = k === 4 ? GRADE_EN[4] : `${GRADE_EN[k]} or better`
    return {
      zh: `完成三年建设计划后第三方绩效评价：${kept}保留${k > 1 ? `，${GRADE_ZH[k - 1]}及以下摘牌` : ''}`,
      en: `Third-party evaluation after the 3-year plan: ${keptEn} → kept${k > 1 ? `; ${GRADE_EN[k - 1]} or worse → delisted` : ''}`,
    }
  },
  'cx.complex.cultivation': (p) => ({
    zh: `培育类综合体：产值不低于${amountZh(v(p, 'cultivationOutput'))}（辖区内产值不低于${amountZh(v(p, 'cultivationJurisdictionOutput'))}或集中度不低于${v(p, 'cultivationConcentrationPct')}%），行业协会等依托单位，研发投入占比不低于全市平均`,
    en: `Cultivation class: industry output ≥ ${en(v(p, 'cultivationOutput'))} yuan (jurisdiction ≥ ${en(v(p, 'cultivationJurisdictionOutput'))} or concentration ≥ ${v(p, 'cultivationConcentrationPct')}%), a relying unit, R&D ratio ≥ city average`,
  }),
  'cx.complex.creation': (p) => ({
    zh: `创建类综合体：“123”千百亿产业或产值不低于${amountZh(v(p, 'creationEmergingOutput'))}的新兴产业，高新技术企业占规上企业不低于${v(p, 'creationHighTechSharePct')}%，产业增加值增速不低于${v(p, 'creationValueAddedGrowthPct')}%`,
    en: `Creation class: a "123" industry or an emerging industry with output ≥ ${en(v(p, 'creationEmergingOutput'))} yuan; high-tech firms ≥ ${v(p, 'creationHighTechSharePct')}% of above-scale firms; value-added growth ≥ ${v(p, 'creationValueAddedGrowthPct')}%`,
  }),
  'cx.complex.subsidy-cap': (p) => {
    const tc = v(p, 'townCultivationCap'), cc = v(p, 'cityCultivationCap'), tk = v(p, 'townCreationCap'), ck = v(p, 'cityCreationCap'), sq = v(p, 'sequenceCap')
    const doubles = tk === 2 * tc && ck === 2 * cc
    return {
      zh: `综合体年度经费补助：镇级培育类最高${amountZh(tc)}、市级培育类最高${amountZh(cc)}，${doubles ? '创建类加倍' : `创建类镇级最高${amountZh(tk)}、市级最高${amountZh(ck)}`}；省、宁波市级序列最高${amountZh(sq)}`,
      en: `Annual complex subsidy: town cultivation ≤ ${en(tc)} yuan, city cultivation ≤ ${en(cc)}; ${doubles ? 'creation class doubles' : `creation class: town ≤ ${en(tk)}, city ≤ ${en(ck)}`}; provincial or Ningbo sequence ≤ ${en(sq)}`,
    }
  },
  'cx.recommend.per-year-2': (p) => ({ zh: `综合体推荐企业承担市本级专项每年最多不超过${v(p, 'recommendPerYear')}个`, en: `A complex recommends at most ${v(p, 'recommendPerYear')} enterprises a year for city special projects` }),
  'cx.recommend.concurrent-3': (p) => ({ zh: `综合体推荐的市本级专项同期在实施的不超过${v(p, 'recommendConcurrent')}个`, en: `At most ${v(p, 'recommendConcurrent')} recommended city special projects in implementation at once` }),
  'cx.selfrun.city.per-year-3': (p) => ({ zh: `市本级以上综合体自主共性技术攻关每年新立项不超过${v(p, 'cityPerYear')}个`, en: `City-level-or-above complex: at most ${v(p, 'cityPerYear')} new self-run projects a year` }),
  'cx.selfrun.city.concurrent-5': (p) => ({ zh: `市本级以上综合体自主攻关项目同期在实施的不超过${v(p, 'cityConcurrent')}个`, en: `City-level-or-above complex: at most ${v(p, 'cityConcurrent')} self-run projects in implementation at once` }),
  'cx.selfrun.town.per-year-1': (p) => ({ zh: `镇级综合体自主攻关每年新立项不超过${v(p, 'townPerYear')}项`, en: `Town-level complex: at most ${v(p, 'townPerYear')} new self-run project${v(p, 'townPerYear') === 1 ? '' : 's'} a year` }),
  'cx.selfrun.town.concurrent-2': (p) => ({ zh: `镇级综合体自主攻关项目同期在实施的不超过${v(p, 'townConcurrent')}项`, en: `Town-level complex: at most ${v(p, 'townConcurrent')} self-run projects in implementation at once` }),
  'cx.project.subsidy-cap': (p) => ({ zh: `每个自主攻关项目补助总额不超过${amountZh(v(p, 'projectCap'))}`, en: `A self-run project gets at most ${en(v(p, 'projectCap'))} yuan in total` }),
  'cx.project.first-installment-60pct': (p) => ({ zh: `首批按${v(p, 'firstInstallmentPct')}%拨付，剩余资金待项目通过验收后拨付`, en: `First installment ${v(p, 'firstInstallmentPct')}%; the remainder only after the project passes acceptance` }),
}

/** Whether a rule's title states a figure of the revision (so it names the revision it shows). */
export function titleHasFigures(id: RuleId): boolean {
  return id in TEMPLATES
}

/**
 * A rule's title with the figures of the values given (the set's own keys; otherwise the document's figures), and,
 * when a revision label is given and the title states a figure, the revision named after it: "（依据2027年修订参数）".
 */
export function ruleTitle(id: RuleId, policySet: PolicySetId, params?: AnyParams, revision?: Bilingual): Bilingual {
  const def = ruleFor(id, policySet)
  const template = TEMPLATES[id]
  if (!template || def.policySet !== policySet) return def.title
  const first = FIRST_REVISIONS[policySet].values as AnyParams
  const values: AnyParams = params ? { ...first, ...Object.fromEntries(Object.entries(params).filter(([k, x]) => k in first && typeof x === 'number')) } : first
  const title = template(values)
  if (!revision) return title
  const note = revisionNote(revision)
  return { zh: `${title.zh}（${note.zh}）`, en: `${title.en} (${note.en})` }
}
