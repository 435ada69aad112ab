/**
 * 附件1 of nb-tic-2022: 宁波市技术创新中心建设评价指标体系 (10 first-level, 42 second-level indicators), as data,
 * and expert scoring. Plus OUR consortium review form (not from any policy document) and panel results.
 */
import type { Bilingual, PolicySetId } from './types'
import { FIRST_REVISIONS, type AnyParams } from './parameters'

export interface TicIndicator {
  code: string
  zh: string
  en: string
}
export interface TicFirstLevel extends TicIndicator {
  children: TicIndicator[]
}

const L = (code: string, zh: string, en: string): TicIndicator => ({ code, zh, en })

export const TIC_INDEX: readonly TicFirstLevel[] = [
  { ...L('1', '目标定位', 'Goals and positioning'), children: [
    L('1.1', '国内一流水平的重大技术创新平台', 'A major technology innovation platform of first-class national standing'),
    L('1.2', '世界一流水平的重大技术创新平台', 'A major technology innovation platform of world-class standing'),
  ] },
  { ...L('2', '重点领域', 'Priority fields'), children: [
    L('2.1', '新材料、工业互联网、关键核心基础件三大科创高地和十大标志性产业链', 'The three S&T highlands (new materials, industrial internet, key core components) and the ten landmark industrial chains'),
    L('2.2', '聚焦炼化一体化与新材料、汽车及零部件等重点优势产业集群', 'Focus on leading clusters such as integrated refining and new materials, automobiles and parts'),
  ] },
  { ...L('3', '建设单位', 'Building units'), children: [
    L('3.1', '由区（县、市）政府（管委会）或市级有关部门推荐', 'Recommended by a district (county, city) government (management committee) or a city department'),
    L('3.2', '依托创新能力突出的企业和高校院所', 'Hosted by enterprises, universities and institutes of outstanding innovation capability'),
    L('3.3', '整合产业链上下游有优势、有条件的创新资源参与', 'Integrates capable innovation resources upstream and downstream in the industrial chain'),
  ] },
  { ...L('4', '组织架构', 'Organisation'), children: [
    L('4.1', '建立“强核心、多基地、网络化”的架构', 'A "strong core, multiple bases, networked" structure'),
    L('4.2', '建立理事会（董事会）制度并开展工作', 'A council (board) established and working'),
    L('4.3', '建立主任（总经理）负责制并开展工作', 'A director (general manager) responsibility system established and working'),
    L('4.4', '建立首席科学家执行制并开展工作', 'A chief scientist execution system established and working'),
    L('4.5', '建立专家咨询委员会并开展工作', 'An expert advisory committee established and working'),
  ] },
  { ...L('5', '投入机制', 'Investment mechanism'), children: [
    L('5.1', '建立多元化投入机制', 'A diversified investment mechanism'),
    L('5.2', '主要依托建设单位投入', 'Investment mainly by the building units'),
    L('5.3', '地方财政投入', 'Local fiscal investment'),
    L('5.4', '争取国家经费投入', 'National funding obtained'),
    L('5.5', '吸引社会资本投入', 'Private capital attracted'),
  ] },
  { ...L('6', '人才团队', 'Talent and teams'), children: [
    L('6.1', '引进全球顶尖人才和团队', 'Global top talent and teams recruited'),
    L('6.2', '引进科技领军人才和团队', 'Leading S&T talent and teams recruited'),
    L('6.3', '引进优秀青年科技人才和团队', 'Outstanding young S&T talent and teams recruited'),
    L('6.4', '专职科研人员（包括以上各类高层次人才比重）', 'Full-time researchers (including the share of the high-level talent above)'),
    L('6.5', '青年骨干人才和研究生培育', 'Training of young core talent and graduate students'),
    L('6.6', '非研发类专职人员', 'Full-time non-R&D staff'),
  ] },
  { ...L('7', '战略任务', 'Strategic tasks'), children: [
    L('7.1', '承担国家和省市重大战略任务', 'National, provincial and city major strategic tasks undertaken'),
    L('7.2', '承担国家和省市各类重大项目', 'National, provincial and city major projects undertaken'),
    L('7.3', '合作研究和自主设计重大专项', 'Cooperative research and self-designed major projects'),
  ] },
  { ...L('8', '标志性成果', 'Landmark results'), children: [
    L('8.1', '攻克“卡脖子”技术，形成进口替代能力', 'Chokepoint technologies overcome, import substitution achieved'),
    L('8.2', '抢占前沿技术制高点，在若干领域率先实现领跑', 'Frontier technologies seized, leading in several fields'),
  ] },
  { ...L('9', '评价机制', 'Evaluation mechanisms'), children: [
    L('9.1', '建立运行评价机制', 'Operations evaluation mechanism'),
    L('9.2', '建立人才引育评价机制', 'Talent recruitment and training evaluation mechanism'),
    L('9.3', '建立平台建设评价机制', 'Platform building evaluation mechanism'),
    L('9.4', '建立项目实施评价机制', 'Project implementation evaluation mechanism'),
    L('9.5', '建立成果转化评价机制', 'Technology transfer evaluation mechanism'),
    L('9.6', '建立创新服务评价机制', 'Innovation service evaluation mechanism'),
    L('9.7', '建立综合保障评价机制', 'Overall support evaluation mechanism'),
  ] },
  { ...L('10', '创新生态', 'Innovation ecosystem'), children: [
    L('10.1', '建立关键核心技术攻关机制', 'Mechanism for tackling key core technologies'),
    L('10.2', '建立创新成果转化机制', 'Mechanism for transferring innovation results'),
    L('10.3', '建立市场化技术创新服务机制', 'Market-based technology innovation services'),
    L('10.4', '建立创新创业孵化服务机制', 'Innovation and start-up incubation services'),
    L('10.5', '建立高层次科技创新人才引进培育机制', 'Recruitment and training of high-level S&T talent'),
    L('10.6', '建立科学考核评价机制', 'Scientific assessment and evaluation'),
    L('10.7', '打造公共创新服务平台', 'A public innovation service platform'),
  ] },
]

export const TIC_INDEX_CODES: readonly string[] = TIC_INDEX.flatMap((f) => f.children.map((c) => c.code))

export type TicScoreResult =
  | { ok: true; firstLevel: { code: string; zh: string; en: string; score: number }[]; overall: number }
  | { ok: false; missing: string[]; invalid: string[]; unknown: string[]; message: Bilingual }

/**
 * Scores of all 42 second-level indicators (integers 0–100) → per first-level indicator the average (rounded
 * down) and overall the average of the 10 first-level averages, equally weighted (附件1 gives no weights; ours),
 * computed exactly and rounded down.
 */
export function scoreTicIndex(scores: Readonly<Record<string, number>>): TicScoreResult {
  const missing = TIC_INDEX_CODES.filter((c) => scores[c] === undefined)
  const invalid = TIC_INDEX_CODES.filter((c) => {
    const v = scores[c]
    return v !== undefined && (!Number.isSafeInteger(v) || v < 0 || v > 100)
  })
  const unknown = Object.keys(scores).filter((k) => !TIC_INDEX_CODES.includes(k))
  if (missing.length || invalid.length || unknown.length) {
    const name = (code: string, lang: 'zh' | 'en') => {
      const found = TIC_INDEX.flatMap((f) => f.children).find((c) => c.code === code)
      return found ? (lang === 'zh' ? `${code}「${found.zh}」` : `${code} "${found.en}"`) : code
    }
    // Name at most three indicators; the sheet marks the rest.
    const list = (codes: string[], lang: 'zh' | 'en') =>
      codes.slice(0, 3).map((c) => name(c, lang)).join(lang === 'zh' ? '、' : '; ') + (codes.length > 3 ? (lang === 'zh' ? ` 等 ${codes.length} 项` : ` and ${codes.length - 3} more`) : '')
    const zh = [
      missing.length ? `尚有 ${missing.length} 项指标未评分：${list(missing, 'zh')}` : '',
      invalid.length ? `${list(invalid, 'zh')} 的得分须为 0 至 100 的整数` : '',
      unknown.length ? `评分表中没有指标 ${unknown.join('、')}` : '',
    ].filter(Boolean)
    const en = [
      missing.length ? `${missing.length} indicator(s) not scored yet — ${list(missing, 'en')}` : '',
      invalid.length ? `the score of ${list(invalid, 'en')} must be a whole number from 0 to 100` : '',
      unknown.length ? `the sheet has no indicator ${unknown.join(', ')}` : '',
    ].filter(Boolean)
    return { ok: false, missing, invalid, unknown, message: { zh: zh.join('；'), en: en.join('; ') } }
  }
  // lcm of the group sizes (2,3,5,6,7) so every group's mean is an exact integer multiple
  const sizes = TIC_INDEX.map((f) => f.children.length)
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b))
  const lcm = sizes.reduce((a, b) => (a * b) / gcd(a, b), 1)
  let scaled = 0
  const firstLevel = TIC_INDEX.map((f) => {
    const sum = f.children.reduce((s, c) => s + (scores[c.code] as number), 0)
    scaled += (sum * lcm) / f.children.length
    return { code: f.code, zh: f.zh, en: f.en, score: Math.floor(sum / f.children.length) }
  })
  const overall = Math.floor(scaled / (lcm * TIC_INDEX.length))
  return { ok: true, firstLevel, overall }
}

// ------------------------------------------------------------------ consortium review form (OURS)

export interface ReviewCriterion {
  id: string
  label: Bilingual
  maxPoints: number
}

/**
 * OUR scored form for expert review of a consortium application (no policy prescribes one). Criteria follow
 * the documents' conditions; 100 points in all.
 */
export const CONSORTIUM_REVIEW_FORM: readonly ReviewCriterion[] = [
  { id: 'lead-strength', label: { zh: '牵头单位实力与行业地位', en: 'Strength and standing of the lead' }, maxPoints: 25 },
  { id: 'member-complementarity', label: { zh: '成员单位互补性与产业链覆盖', en: 'Complementarity of members and chain coverage' }, maxPoints: 20 },
  { id: 'plan-feasibility', label: { zh: '建设方案与攻关任务可行性', en: 'Feasibility of the plan and the research tasks' }, maxPoints: 25 },
  { id: 'ip-arrangements', label: { zh: '知识产权与利益分配安排', en: 'IP and benefit-sharing arrangements' }, maxPoints: 15 },
  { id: 'governance', label: { zh: '组织架构与运行机制', en: 'Governance and operating mechanisms' }, maxPoints: 15 },
]

/** Expert reviews needed before a panel concludes (our choice: 3 experts; Weihai's district stage also needs 3 peer experts, 四.2). */
export const MIN_REVIEWS: Record<PolicySetId, number> = {
  'nb-consortium-2021': FIRST_REVISIONS['nb-consortium-2021'].values.minReviews,
  'nb-tic-2022': FIRST_REVISIONS['nb-tic-2022'].values.minReviews,
  'wh-consortium-2022': FIRST_REVISIONS['wh-consortium-2022'].values.minReviews,
  'zj-consortium': FIRST_REVISIONS['zj-consortium'].values.minReviews,
  'cx-complex': FIRST_REVISIONS['cx-complex'].values.minReviews,
}

/** Average score (out of 100) at or above which the panel recommends (ours; a parameter of every revision). */
export const PANEL_PASS_SCORE = FIRST_REVISIONS['nb-consortium-2021'].values.passScore

export interface ExpertReview {
  expertId: string
  scores: Record<string, number>
  /** declared conflict of interest: the review is excluded */
  conflict?: boolean
}

export interface PanelResult {
  count: number
  required: number
  complete: boolean
  /** floor of the mean total score of the counted reviews; null without any */
  averageScore: number | null
  recommend: boolean
  excludedForConflict: number
  invalid: { expertId: string; problem: string }[]
}

/** The total of a scored form, and each problem named by its criterion, in Chinese and English. */
export function reviewTotal(scores: Readonly<Record<string, number>>, form: readonly ReviewCriterion[] = CONSORTIUM_REVIEW_FORM): { total: number; problems: Bilingual[] } {
  const problems: Bilingual[] = []
  let total = 0
  for (const c of form) {
    const v = scores[c.id]
    if (v === undefined) problems.push({ zh: `「${c.label.zh}」尚未评分`, en: `"${c.label.en}" has no score yet` })
    else if (!Number.isSafeInteger(v) || v < 0 || v > c.maxPoints) {
      problems.push({ zh: `「${c.label.zh}」须为 0 至 ${c.maxPoints} 的整数（填写的是 ${v}）`, en: `"${c.label.en}" must be a whole number from 0 to ${c.maxPoints} (got ${v})` })
    } else total += v
  }
  const known = new Set(form.map((c) => c.id))
  for (const key of Object.keys(scores)) {
    if (!known.has(key)) problems.push({ zh: `评分表中没有评分项 ${key}`, en: `the form has no criterion ${key}` })
  }
  return { total, problems }
}

export function panelResult(reviews: readonly ExpertReview[], policySet: PolicySetId, form: readonly ReviewCriterion[] = CONSORTIUM_REVIEW_FORM, params: AnyParams = FIRST_REVISIONS[policySet].values): PanelResult {
  const required = params.minReviews ?? MIN_REVIEWS[policySet]
  const passScore = params.passScore ?? PANEL_PASS_SCORE
  const counted = reviews.filter((r) => !r.conflict)
  const invalid: { expertId: string; problem: string }[] = []
  const totals: number[] = []
  for (const r of counted) {
    const { total, problems } = reviewTotal(r.scores, form)
    if (problems.length) invalid.push({ expertId: r.expertId, problem: problems.map((p) => p.en).join('; ') })
    else totals.push(total)
  }
  const count = totals.length
  const averageScore = count ? Math.floor(totals.reduce((a, b) => a + b, 0) / count) : null
  const complete = count >= required
  return {
    count, required, complete, averageScore,
    recommend: complete && averageScore !== null && averageScore >= passScore,
    excludedForConflict: reviews.length - counted.length,
    invalid,
  }
}
