/**
 * Eligibility of the lead unit, governance, membership, agreements, IP contracts, complex conditions and
 * Weihai's peer experts. Integer figures only (元, persons, basis points).
 */
import type { PolicySetId, RuleResult } from './types'
import type { ComplexClass, ComplexLevel } from './funding'
import { formatWan, formatYuanEn, formatNumber } from './money'
import { check, fail, notApplicable, pass } from './results'
import { DEFAULT_CX, DEFAULT_NB, DEFAULT_WH, DEFAULT_ZJ, FIRST_REVISIONS, type AnyParams, type CxParams, type NbConsortiumParams, type WhParams, type ZjParams } from './parameters'

export type OrgKind = 'enterprise' | 'university' | 'institute' | 'new-type-rnd' | 'service' | 'association' | 'government' | 'other'

export const PLATFORMS = [
  'national-tech-centre', // 国家企业技术中心
  'provincial-tech-centre', // 省级（及以上）企业技术中心
  'key-lab', // 省级及以上重点实验室
  'provincial-key-research-institute', // 省级重点企业研究院
  'provincial-rd-institution', // 其他省级以上企业研发机构（如省级企业研究院、省级高新技术企业研发中心）
  'engineering-research-centre', // 省级以上工程（技术）研究中心
  'other',
] as const
export type Platform = (typeof PLATFORMS)[number]

/** nb 三（一）1 "省级及省级以上企业技术中心、重点实验室、省级重点企业研究院等创新载体" (等: other provincial+ carriers count). */
export const NB_QUALIFYING_PLATFORMS: readonly Platform[] = ['national-tech-centre', 'provincial-tech-centre', 'key-lab', 'provincial-key-research-institute', 'provincial-rd-institution', 'engineering-research-centre']
/** cx 第九条 "省级以上企业研发机构". */
export const CX_QUALIFYING_PLATFORMS: readonly Platform[] = ['national-tech-centre', 'provincial-tech-centre', 'key-lab', 'provincial-key-research-institute', 'provincial-rd-institution', 'engineering-research-centre']

export interface YearFigures {
  year: number
  /** 销售收入 (consolidated where the document says so), 元 */
  revenue?: number
  netAssets?: number
  rdSpend?: number
  rdStaff?: number
  /** original value of research facilities and instruments, 元 */
  equipmentValue?: number
}

export interface OrganizationFacts {
  kind: OrgKind | string
  /** city of registration, e.g. '威海' or '威海市' */
  registeredIn?: string
  isNewTypeRnd?: boolean
  platforms: (Platform | string)[]
  /** has carried out a Ningbo-level-or-higher S&T project (cx 第九条) */
  hasNingboProject?: boolean
  rdYearsInField?: number
  techLeaderKind?: 'leading' | 'little-giant' | null
  figures: YearFigures[]
}

type FigureKey = Exclude<keyof YearFigures, 'year'>

function figureOf(org: OrganizationFacts, year: number, key: FigureKey): number | undefined {
  return org.figures.find((f) => f.year === year)?.[key]
}

/** Latest value of a stock figure (net assets, staff, equipment) in a year ≤ asOfYear − 1, with its year. */
function latestStock(org: OrganizationFacts, asOfYear: number, key: FigureKey): { year: number; value: number } | undefined {
  const rows = org.figures.filter((f) => f.year <= asOfYear - 1 && f[key] !== undefined).sort((a, b) => b.year - a.year)
  const r = rows[0]
  return r ? { year: r.year, value: r[key] as number } : undefined
}

function bpToPercent(bp: number): string {
  const sign = bp < 0 ? '-' : ''
  const a = Math.abs(bp)
  const frac = String(a % 100).padStart(2, '0').replace(/0+$/, '')
  return `${sign}${Math.floor(a / 100)}${frac ? '.' + frac : ''}%`
}

/** R&D intensity in basis points, rounded down (display only; compare with meetsRdIntensity). */
export function rdIntensityBp(rdSpend: number, revenue: number): number {
  if (revenue <= 0) return 0
  return Number((BigInt(rdSpend) * 10000n) / BigInt(revenue))
}

/** rdSpend / revenue ≥ minPct (3.5% by default), by integer cross-multiplication in basis points: rdSpend × 10000 ≥ revenue × bp. */
export function meetsRdIntensity(rdSpend: number, revenue: number, minPct: number = DEFAULT_CX.leadRdIntensityPct): boolean {
  if (revenue <= 0) return false
  return BigInt(rdSpend) * 10000n >= BigInt(revenue) * BigInt(Math.round(minPct * 100))
}

// ------------------------------------------------------------------ nb-consortium-2021 三（一）

/** The first revision's values (parameters.ts); the rules read their params. */
export const NB_LEAD = { revenue: DEFAULT_NB.leadRevenue, netAssets: DEFAULT_NB.leadNetAssets, rdSpend: DEFAULT_NB.leadRdSpend, rdYears: DEFAULT_NB.leadRdYears, rdStaff: DEFAULT_NB.leadRdStaff, equipment: DEFAULT_NB.leadEquipment } as const

function nbLead(org: OrganizationFacts, asOfYear: number, p: NbConsortiumParams): RuleResult[] {
  const NB_LEAD = { revenue: p.leadRevenue, netAssets: p.leadNetAssets, rdSpend: p.leadRdSpend, rdYears: p.leadRdYears, rdStaff: p.leadRdStaff, equipment: p.leadEquipment }
  const ps = 'nb-consortium-2021'
  const last = asOfYear - 1
  const out: RuleResult[] = []

  const rev = figureOf(org, last, 'revenue')
  out.push(rev === undefined
    ? fail('nb.lead.revenue-1b', ps, `缺少${last}年度销售收入（合并会计报表）`, `The ${last} sales revenue (consolidated) is missing`, NB_LEAD.revenue, 'missing')
    : check(rev >= NB_LEAD.revenue, 'nb.lead.revenue-1b', ps,
        `牵头企业${last}年度销售收入 ${formatWan(rev)}，原则上不低于 ${formatWan(NB_LEAD.revenue)}`,
        `The lead's ${last} sales revenue is ${formatYuanEn(rev)}; in principle at least ${formatYuanEn(NB_LEAD.revenue)}`, NB_LEAD.revenue, rev))

  const na = latestStock(org, asOfYear, 'netAssets')
  out.push(!na
    ? fail('nb.lead.net-assets-300m', ps, '缺少净资产数据', 'Net assets are missing', NB_LEAD.netAssets, 'missing')
    : check(na.value >= NB_LEAD.netAssets, 'nb.lead.net-assets-300m', ps,
        `牵头企业${na.year}年末净资产 ${formatWan(na.value)}，原则上不少于 ${formatWan(NB_LEAD.netAssets)}`,
        `The lead's net assets (${na.year}) are ${formatYuanEn(na.value)}; in principle at least ${formatYuanEn(NB_LEAD.netAssets)}`, NB_LEAD.netAssets, na.value))

  const hasPlatform = org.platforms.some((p) => NB_QUALIFYING_PLATFORMS.includes(p as Platform))
  out.push(check(hasPlatform, 'nb.lead.platform', ps,
    '牵头企业一般应建有省级及以上企业技术中心、重点实验室、省级重点企业研究院等创新载体，未填报',
    'The lead should generally have a provincial-or-higher enterprise technology centre, key laboratory or provincial key enterprise research institute; none reported',
    'provincial+ platform', org.platforms.join(',') || 'none'))

  const yrs = org.rdYearsInField
  out.push(yrs === undefined
    ? fail('nb.lead.rd-years-5', ps, '缺少从事相关领域研究开发的年限', 'Years of R&D in the field are missing', NB_LEAD.rdYears, 'missing')
    : check(yrs >= NB_LEAD.rdYears, 'nb.lead.rd-years-5', ps,
        `牵头企业从事相关领域研究开发 ${yrs} 年，应有 ${NB_LEAD.rdYears} 年以上`,
        `The lead has ${yrs} years of R&D in the field; ${NB_LEAD.rdYears} or more are required`, NB_LEAD.rdYears, yrs))

  // each of the last three years
  const years = [asOfYear - 3, asOfYear - 2, asOfYear - 1]
  const missing = years.filter((y) => figureOf(org, y, 'rdSpend') === undefined)
  const low = years.filter((y) => {
    const v = figureOf(org, y, 'rdSpend')
    return v !== undefined && v < NB_LEAD.rdSpend
  })
  if (missing.length > 0) {
    out.push(fail('nb.lead.rd-spend-50m-x3', ps,
      `缺少${missing.join('、')}年度研发投入数据：最近三年（${years[0]}–${years[2]}）每年研发投入均须不少于 ${formatWan(NB_LEAD.rdSpend)}`,
      `R&D spending of ${missing.join(', ')} is missing: each of the last three years (${years[0]}–${years[2]}) must reach ${formatYuanEn(NB_LEAD.rdSpend)}`,
      NB_LEAD.rdSpend, `missing ${missing.join(',')}`))
  } else if (low.length > 0) {
    const detailZh = low.map((y) => `${y}年 ${formatWan(figureOf(org, y, 'rdSpend') as number)}`).join('，')
    const detailEn = low.map((y) => `${y}: ${formatYuanEn(figureOf(org, y, 'rdSpend') as number)}`).join('; ')
    const minV = Math.min(...low.map((y) => figureOf(org, y, 'rdSpend') as number))
    out.push(fail('nb.lead.rd-spend-50m-x3', ps,
      `最近三年每年研发投入不少于 ${formatWan(NB_LEAD.rdSpend)}，未达到的年度：${detailZh}`,
      `R&D spending must reach ${formatYuanEn(NB_LEAD.rdSpend)} in each of the last three years; short in ${detailEn}`,
      NB_LEAD.rdSpend, minV))
  } else {
    out.push(pass('nb.lead.rd-spend-50m-x3'))
  }

  const staff = latestStock(org, asOfYear, 'rdStaff')
  out.push(!staff
    ? fail('nb.lead.rd-staff-50', ps, '缺少研发人员数', 'The R&D staff count is missing', NB_LEAD.rdStaff, 'missing')
    : check(staff.value >= NB_LEAD.rdStaff, 'nb.lead.rd-staff-50', ps,
        `牵头企业稳定研发人员 ${formatNumber(staff.value)} 人（${staff.year}年），应在 ${NB_LEAD.rdStaff} 人以上`,
        `The lead has ${staff.value} stable R&D staff (${staff.year}); ${NB_LEAD.rdStaff} or more are required`, NB_LEAD.rdStaff, staff.value))

  const eq = latestStock(org, asOfYear, 'equipmentValue')
  out.push(!eq
    ? fail('nb.lead.equipment-20m', ps, '缺少科研设施和仪器装备原值', 'The original value of research facilities and instruments is missing', NB_LEAD.equipment, 'missing')
    : check(eq.value >= NB_LEAD.equipment, 'nb.lead.equipment-20m', ps,
        `牵头企业科研设施、仪器装备原值 ${formatWan(eq.value)}（${eq.year}年），应不少于 ${formatWan(NB_LEAD.equipment)}`,
        `Research facilities and instruments of the lead: ${formatYuanEn(eq.value)} (${eq.year}); at least ${formatYuanEn(NB_LEAD.equipment)} required`, NB_LEAD.equipment, eq.value))
  return out
}

// ------------------------------------------------------------------ cx-complex 第九条

export const CX_LEAD = { revenue: DEFAULT_CX.leadRevenue, rdIntensityPermille: DEFAULT_CX.leadRdIntensityPct * 10 } as const

function cxLead(org: OrganizationFacts, asOfYear: number, p: CxParams): RuleResult[] {
  const CX_LEAD = { revenue: p.leadRevenue }
  const minPct = `${p.leadRdIntensityPct}%`
  const ps = 'cx-complex'
  const last = asOfYear - 1
  const out: RuleResult[] = []
  const rev = figureOf(org, last, 'revenue')
  out.push(rev === undefined
    ? fail('cx.lead.revenue-400m', ps, `缺少${last}年度销售收入`, `The ${last} sales revenue is missing`, CX_LEAD.revenue, 'missing')
    : check(rev >= CX_LEAD.revenue, 'cx.lead.revenue-400m', ps,
        `牵头企业上年度（${last}年）销售收入 ${formatWan(rev)}，应不低于 ${formatWan(CX_LEAD.revenue)}`,
        `The lead's ${last} sales revenue is ${formatYuanEn(rev)}; at least ${formatYuanEn(CX_LEAD.revenue)} required`, CX_LEAD.revenue, rev))

  const rd = figureOf(org, last, 'rdSpend')
  if (rev === undefined || rd === undefined || rev <= 0) {
    out.push(fail('cx.lead.rd-intensity-3.5pct', ps, `缺少${last}年度研发投入或销售收入，无法计算研发投入强度`, `R&D spending or revenue of ${last} is missing: R&D intensity cannot be computed`, minPct, 'missing'))
  } else {
    const bp = rdIntensityBp(rd, rev)
    out.push(check(meetsRdIntensity(rd, rev, p.leadRdIntensityPct), 'cx.lead.rd-intensity-3.5pct', ps,
      `牵头企业上年度（${last}年）研发投入强度 ${bpToPercent(bp)}（研发投入 ${formatWan(rd)} / 销售收入 ${formatWan(rev)}），应不低于 ${minPct}`,
      `The lead's ${last} R&D intensity is ${bpToPercent(bp)} (R&D ${formatYuanEn(rd)} / revenue ${formatYuanEn(rev)}); at least ${minPct} required`,
      minPct, bpToPercent(bp)))
  }

  const hasPlatform = org.platforms.some((p) => CX_QUALIFYING_PLATFORMS.includes(p as Platform))
  const parts: string[] = []
  const partsEn: string[] = []
  if (!hasPlatform) { parts.push('未建有省级以上企业研发机构'); partsEn.push('no provincial-or-higher enterprise R&D institution') }
  if (!org.hasNingboProject) { parts.push('未实施过宁波市级以上科技专项或重点研究项目'); partsEn.push('no Ningbo-level-or-higher S&T project carried out') }
  out.push(check(parts.length === 0, 'cx.lead.platform', ps, `牵头企业${parts.join('；')}`, `The lead has ${partsEn.join('; ')}`,
    'platform + Ningbo project', `${hasPlatform ? 'platform' : 'no platform'}, ${org.hasNingboProject ? 'project' : 'no project'}`))
  return out
}

// ------------------------------------------------------------------ Weihai, Zhejiang

function isWeihai(city: string | undefined): boolean {
  return !!city && (city.includes('威海') || /weihai/i.test(city))
}

/**
 * Eligibility rules of the lead for a policy set. asOfYear = the year of application; "last year" = asOfYear − 1,
 * "the last three years" = asOfYear − 3 … asOfYear − 1. Sets without lead conditions (nb-tic-2022) return [].
 */
export function checkLeadEligibility(policySet: PolicySetId, org: OrganizationFacts, asOfYear: number, params: AnyParams = FIRST_REVISIONS[policySet].values): RuleResult[] {
  if (!Number.isSafeInteger(asOfYear)) throw new RangeError(`asOfYear must be an integer, got ${asOfYear}`)
  switch (policySet) {
    case 'nb-consortium-2021':
      return nbLead(org, asOfYear, params as NbConsortiumParams)
    case 'cx-complex':
      return cxLead(org, asOfYear, params as CxParams)
    case 'wh-consortium-2022':
      // The kind (backbone enterprise or new-type R&D institution "等") is an open list: only registration is checked.
      return [check(isWeihai(org.registeredIn), 'wh.lead.registered-weihai', policySet,
        `牵头单位原则上应为威海市内注册的单位，登记地：${org.registeredIn ?? '未填报'}`,
        `The lead should in principle be registered in Weihai; registered in: ${org.registeredIn ?? 'not given'}`,
        '威海', org.registeredIn ?? 'missing')]
    case 'zj-consortium': {
      const k = org.techLeaderKind
      return [check(k === 'leading' || k === 'little-giant', 'zj.lead.kind', policySet,
        '牵头企业应为科技领军企业或科技小巨人企业',
        'The lead must be a science-and-technology leading enterprise or a little-giant enterprise',
        'leading|little-giant', k ?? 'none')]
    }
    default:
      return []
  }
}

// ------------------------------------------------------------------ governance

export interface GovernanceFacts {
  council?: { chairIsLeadHead: boolean; memberUnitHeadsIncluded: boolean } | null
  operationsTeam?: boolean
}

export function checkGovernance(policySet: PolicySetId, g: GovernanceFacts): RuleResult[] {
  if (policySet === 'wh-consortium-2022') {
    const miss: [string, string][] = []
    if (!g.council) miss.push(['未设立理事会', 'no council'])
    else if (!g.council.chairIsLeadHead) miss.push(['理事长原则上应由牵头单位负责人担任', 'the chair should in principle be the lead\'s head'])
    if (!g.operationsTeam) miss.push(['未组建专职项目运营团队', 'no dedicated operations team'])
    return [check(miss.length === 0, 'wh.governance.council', policySet,
      `决策议事机构和运营团队不符合要求：${miss.map((m) => m[0]).join('；')}`,
      `Council and operations team: ${miss.map((m) => m[1]).join('; ')}`, 'council + team', miss.length)]
  }
  if (policySet === 'zj-consortium') {
    const miss: [string, string][] = []
    if (!g.council) miss.push(['未建立理事会', 'no council'])
    else {
      if (!g.council.chairIsLeadHead) miss.push(['理事长应由牵头单位负责人担任', 'the chair must be the lead\'s head'])
      if (!g.council.memberUnitHeadsIncluded) miss.push(['理事会成员应包括所有成员单位负责人', 'the council must include every member unit\'s head'])
    }
    return [check(miss.length === 0, 'zj.governance.council', policySet,
      `理事会不符合要求：${miss.map((m) => m[0]).join('；')}`, `Council: ${miss.map((m) => m[1]).join('; ')}`, 'council', miss.length)]
  }
  return []
}

// ------------------------------------------------------------------ members, agreements, IP

export interface MemberFacts {
  /** 'lead' for the lead unit; otherwise enterprise, university, institute, service… */
  role: 'lead' | 'enterprise' | 'university' | 'institute' | 'service' | string
  orgKind?: OrgKind | string
  name?: string
  signedAgreement: boolean
}

export const ZJ_MIN_MEMBERS = DEFAULT_ZJ.minMembers

/** Number of member units, lead included (counted once even when the list has no 'lead' entry). */
export function memberUnitCount(members: readonly MemberFacts[]): number {
  return members.length + (members.some((m) => m.role === 'lead') ? 0 : 1)
}

export function checkMembers(policySet: PolicySetId, members: readonly MemberFacts[], params: AnyParams = FIRST_REVISIONS[policySet].values): RuleResult[] {
  if (policySet !== 'zj-consortium') return []
  const ZJ_MIN_MEMBERS = (params as ZjParams).minMembers
  const n = memberUnitCount(members)
  return [check(n >= ZJ_MIN_MEMBERS, 'zj.members.min-5', policySet,
    `成员单位（含牵头单位）${n} 个，一般不少于 ${ZJ_MIN_MEMBERS} 个`,
    `${n} member units (lead included); generally at least ${ZJ_MIN_MEMBERS}`, ZJ_MIN_MEMBERS, n)]
}

export interface AgreementFacts {
  kind: 'formation' | 'letter-of-intent' | 'charter' | string
  signedOn?: string
}

const AGREEMENT_SETS: readonly PolicySetId[] = ['nb-consortium-2021', 'wh-consortium-2022', 'zj-consortium']

/** agreement.signed-by-all-members: a formation agreement / letter of intent / charter exists and every member signed. */
export function checkAgreements(policySet: PolicySetId, members: readonly MemberFacts[], agreements: readonly AgreementFacts[]): RuleResult[] {
  if (!AGREEMENT_SETS.includes(policySet)) return []
  const hasDoc = agreements.some((a) => ['formation', 'letter-of-intent', 'charter'].includes(a.kind))
  const unsigned = members.filter((m) => !m.signedAgreement).map((m, i) => m.name ?? `#${i + 1}`)
  if (!hasDoc) {
    return [fail('agreement.signed-by-all-members', policySet, '尚无组建协议（意向书、章程）', 'No formation agreement (letter of intent, charter) yet', 'agreement', 'none')]
  }
  return [check(unsigned.length === 0, 'agreement.signed-by-all-members', policySet,
    `以下成员单位未签订组建协议：${unsigned.join('、')}`, `Members that have not signed the formation agreement: ${unsigned.join(', ')}`,
    members.length, members.length - unsigned.length)]
}

export interface IpContractFacts {
  id?: string
  shares: { party: string; percentBasisPoints: number }[]
}

const IP_SETS: readonly PolicySetId[] = ['nb-tic-2022', 'zj-consortium']

/** ip.benefit-shares-100pct: there is an IP contract, and the benefit shares of each add up to exactly 10000 bp. */
export function checkIpContracts(policySet: PolicySetId, contracts: readonly IpContractFacts[]): RuleResult[] {
  if (!IP_SETS.includes(policySet)) return []
  if (contracts.length === 0) {
    return [fail('ip.benefit-shares-100pct', policySet, '尚未签订知识产权共享（管理）协议', 'No IP sharing contract yet', 10000, 0)]
  }
  for (const [i, c] of contracts.entries()) {
    const bad = c.shares.find((s) => !Number.isSafeInteger(s.percentBasisPoints) || s.percentBasisPoints < 0)
    const name = c.id ?? `#${i + 1}`
    if (bad) {
      return [fail('ip.benefit-shares-100pct', policySet, `知识产权协议 ${name} 中 ${bad.party} 的分配比例无效`, `IP contract ${name}: the share of ${bad.party} is invalid`, 10000, String(bad.percentBasisPoints))]
    }
    const sum = c.shares.reduce((s, x) => s + x.percentBasisPoints, 0)
    if (sum !== 10000) {
      return [fail('ip.benefit-shares-100pct', policySet,
        `知识产权协议 ${name} 的利益分配比例合计 ${bpToPercent(sum)}，应为 100%`,
        `IP contract ${name}: benefit shares add up to ${bpToPercent(sum)}, not 100%`, 10000, sum)]
    }
  }
  return [pass('ip.benefit-shares-100pct')]
}

// ------------------------------------------------------------------ complexes (cx 第七条)

export interface ComplexFacts {
  /** 申报主体: 镇（街道）or 产业园区 */
  applicantKind: 'town' | 'park' | string
  class: ComplexClass
  level?: ComplexLevel
  /** 产业产值, 元 */
  industryOutput?: number
  /** 辖区内产值, 元 */
  jurisdictionOutput?: number
  /** 集中度, basis points (30% = 3000) */
  concentrationBp?: number
  /** 依托单位 (行业协会等市场主体) */
  relyingUnit?: { name: string; kind?: string } | null
  /** industry R&D / revenue, basis points */
  industryRdRatioBp?: number
  /** city average R&D / revenue, basis points */
  cityAverageRdRatioBp?: number
  /** 全市“123”千百亿产业 */
  is123Industry?: boolean
  isEmergingIndustry?: boolean
  /** 高新技术企业占规上企业比重, basis points */
  highTechShareBp?: number
  /** 产业增加值增速, basis points (may be negative) */
  valueAddedGrowthBp?: number
}

const thresholdsOf = (p: CxParams) => ({
  cultivationOutput: p.cultivationOutput,
  cultivationJurisdictionOutput: p.cultivationJurisdictionOutput,
  cultivationConcentrationBp: Math.round(p.cultivationConcentrationPct * 100),
  creationEmergingOutput: p.creationEmergingOutput,
  creationHighTechShareBp: Math.round(p.creationHighTechSharePct * 100),
  creationValueAddedGrowthBp: Math.round(p.creationValueAddedGrowthPct * 100),
})
/** The first revision's values (parameters.ts); the rules read their params. */
export const CX_COMPLEX_THRESHOLDS = thresholdsOf(DEFAULT_CX)

/**
 * cx.complex.cultivation / cx.complex.creation for a complex application; the rule of the other class is
 * not-applicable. Reading of 第七条（一）: output ≥ 20亿 AND (jurisdiction ≥ 10亿 OR concentration ≥ 30%).
 */
export function checkComplexConditions(c: ComplexFacts, p: CxParams = DEFAULT_CX): RuleResult[] {
  const T = thresholdsOf(p)
  const ps = 'cx-complex'
  const applicantOk = c.applicantKind === 'town' || c.applicantKind === 'park'
  const applicantMiss: [string, string] = ['申报主体应为镇（街道）或产业园区', 'the applicant must be a town (street) or an industrial park']
  if (c.class === 'cultivation') {
    const miss: [string, string][] = []
    if (!applicantOk) miss.push(applicantMiss)
    const out = c.industryOutput
    if (out === undefined || out < T.cultivationOutput) {
      miss.push([`产值 ${out === undefined ? '未填报' : formatWan(out)}，应不低于 ${formatWan(T.cultivationOutput)}`, `output ${out === undefined ? 'missing' : formatYuanEn(out)}, at least ${formatYuanEn(T.cultivationOutput)} required`])
    }
    const jur = c.jurisdictionOutput
    const conc = c.concentrationBp
    const regional = (jur !== undefined && jur >= T.cultivationJurisdictionOutput) || (conc !== undefined && conc >= T.cultivationConcentrationBp)
    if (!regional) {
      miss.push([
        `辖区内产值 ${jur === undefined ? '未填报' : formatWan(jur)}、集中度 ${conc === undefined ? '未填报' : bpToPercent(conc)}，应辖区内产值不低于 ${formatWan(T.cultivationJurisdictionOutput)}或集中度不低于 ${bpToPercent(T.cultivationConcentrationBp)}`,
        `jurisdiction output ${jur === undefined ? 'missing' : formatYuanEn(jur)}, concentration ${conc === undefined ? 'missing' : bpToPercent(conc)}: need jurisdiction output ≥ ${formatYuanEn(T.cultivationJurisdictionOutput)} or concentration ≥ ${bpToPercent(T.cultivationConcentrationBp)}`,
      ])
    }
    if (!c.relyingUnit) miss.push(['未落实行业协会等市场主体作为依托单位', 'no relying unit (industry association or other market entity)'])
    const r = c.industryRdRatioBp
    const avg = c.cityAverageRdRatioBp
    if (r === undefined || avg === undefined || r < avg) {
      miss.push([
        `产业研发投入占营业收入比例 ${r === undefined ? '未填报' : bpToPercent(r)}，应不低于全市平均 ${avg === undefined ? '（未填报）' : bpToPercent(avg)}`,
        `industry R&D / revenue ${r === undefined ? 'missing' : bpToPercent(r)}, city average ${avg === undefined ? 'missing' : bpToPercent(avg)}`,
      ])
    }
    return [
      check(miss.length === 0, 'cx.complex.cultivation', ps, `培育类综合体条件不满足：${miss.map((m) => m[0]).join('；')}`, `Cultivation-class conditions not met: ${miss.map((m) => m[1]).join('; ')}`,
        T.cultivationOutput, out ?? 'missing'),
      notApplicable('cx.complex.creation', '申报培育类', 'cultivation-class application'),
    ]
  }
  const miss: [string, string][] = []
  if (!applicantOk) miss.push(applicantMiss)
  const out = c.industryOutput
  const industryOk = c.is123Industry === true || (c.isEmergingIndustry === true && out !== undefined && out >= T.creationEmergingOutput)
  if (!industryOk) {
    miss.push([
      `应属于全市“123”千百亿产业或产值不低于 ${formatWan(T.creationEmergingOutput)} 的新兴产业（新兴产业：${c.isEmergingIndustry ? '是' : '否'}，产值 ${out === undefined ? '未填报' : formatWan(out)}）`,
      `must be a "123" industry or an emerging industry with output ≥ ${formatYuanEn(T.creationEmergingOutput)} (emerging: ${c.isEmergingIndustry ? 'yes' : 'no'}, output ${out === undefined ? 'missing' : formatYuanEn(out)})`,
    ])
  }
  const ht = c.highTechShareBp
  if (ht === undefined || ht < T.creationHighTechShareBp) {
    miss.push([`高新技术企业占规上企业比重 ${ht === undefined ? '未填报' : bpToPercent(ht)}，应不低于 ${bpToPercent(T.creationHighTechShareBp)}`, `high-tech share ${ht === undefined ? 'missing' : bpToPercent(ht)}, at least ${bpToPercent(T.creationHighTechShareBp)} required`])
  }
  const g = c.valueAddedGrowthBp
  if (g === undefined || g < T.creationValueAddedGrowthBp) {
    miss.push([`产业增加值增速 ${g === undefined ? '未填报' : bpToPercent(g)}，应不低于 ${bpToPercent(T.creationValueAddedGrowthBp)}`, `value-added growth ${g === undefined ? 'missing' : bpToPercent(g)}, at least ${bpToPercent(T.creationValueAddedGrowthBp)} required`])
  }
  return [
    notApplicable('cx.complex.cultivation', '申报创建类', 'creation-class application'),
    check(miss.length === 0, 'cx.complex.creation', ps, `创建类综合体条件不满足：${miss.map((m) => m[0]).join('；')}`, `Creation-class conditions not met: ${miss.map((m) => m[1]).join('; ')}`,
      'creation-class', miss.length),
  ]
}

// ------------------------------------------------------------------ Weihai peer experts (四.2)

export type ExpertTitle = 'junior' | 'intermediate' | 'associate-senior' | 'senior'
export interface PeerExpert {
  name?: string
  title: ExpertTitle
  disciplineMatch: 'same' | 'near' | 'other'
}

export const WH_MIN_PEER_EXPERTS = DEFAULT_WH.minPeerExperts

export function isQualifiedPeerExpert(e: PeerExpert): boolean {
  return (e.title === 'associate-senior' || e.title === 'senior') && (e.disciplineMatch === 'same' || e.disciplineMatch === 'near')
}

export function checkPeerExperts(experts: readonly PeerExpert[], p: WhParams = DEFAULT_WH): RuleResult {
  const WH_MIN_PEER_EXPERTS = p.minPeerExperts
  const q = experts.filter(isQualifiedPeerExpert).length
  return check(q >= WH_MIN_PEER_EXPERTS, 'wh.review.peer-experts-min-3', 'wh-consortium-2022',
    `符合条件的同行评议专家（相同或相近学科、副高职称以上）${q} 名（共邀请 ${experts.length} 名），应不少于 ${WH_MIN_PEER_EXPERTS} 名`,
    `${q} qualified peer-review experts (same or near discipline, associate-senior or above) of ${experts.length} invited; at least ${WH_MIN_PEER_EXPERTS} required`,
    WH_MIN_PEER_EXPERTS, q)
}
