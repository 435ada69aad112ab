/**
 * Project quotas: zj-consortium 五（二）, cx-complex 第十四、十五条, nb-consortium-2021 五（一）.
 * Checked when a project is created, against the existing projects of the same lead / complex.
 */
import type { PolicySetId, RuleId, RuleResult, Violation } from './types'
import { type ComplexLevel, type ProjectStatus } from './funding'
import { DEFAULT_CX, DEFAULT_ZJ, FIRST_REVISIONS, type AnyParams, type CxParams, type ZjParams } from './parameters'
import { check, fail, notApplicable, pass, violations } from './results'
import { guardViolation } from './guards'
import { formatWan, formatYuanEn } from './money'

export const PROJECT_KINDS = [
  'jianbing', // 省"尖兵"研发攻关计划项目 (competitive)
  'lingyan', // 省"领雁"研发攻关计划项目 (competitive)
  'commissioned', // 择优委托 (preferential commission)
  'self-run', // 综合体自主实施的共性技术攻关项目
  'recommendation', // 综合体推荐企业承担的市本级专项
  'city-special', // 市重点技术研发专项 (e.g. a Ningbo consortium's project)
  'national', // 国家级项目
  'other',
] as const
export type ProjectKind = (typeof PROJECT_KINDS)[number]

export const PROJECT_KIND_LABELS: Record<ProjectKind, { zh: string; en: string }> = {
  jianbing: { zh: '尖兵项目', en: 'Jianbing project' },
  lingyan: { zh: '领雁项目', en: 'Lingyan project' },
  commissioned: { zh: '择优委托项目', en: 'preferential-commission project' },
  'self-run': { zh: '自主共性技术攻关项目', en: 'self-run common-technology project' },
  recommendation: { zh: '推荐承担的市本级专项', en: 'recommended city special project' },
  'city-special': { zh: '市级科技专项', en: 'city special project' },
  national: { zh: '国家级项目', en: 'national project' },
  other: { zh: '其他项目', en: 'other project' },
}

export interface ExistingProject {
  kind: ProjectKind | string
  year: number
  status: ProjectStatus
}

export interface ProjectQuotaFacts {
  policySet: PolicySetId
  /** the new project's kind */
  kind: ProjectKind
  /** the year it is started (立项) */
  year: number
  /** cx: the level of the complex that starts or recommends it */
  complexLevel?: ComplexLevel
  /** existing projects of the same lead (zj) or complex (cx) */
  existing: ExistingProject[]
  /** nb-consortium-2021: is the carrier a recognised Ningbo consortium (quota exemption)? */
  carrierRecognized?: boolean
}

/** Provincial Jianbing/Lingyan programme projects, including preferential commissions (all are 尖兵领雁 projects). */
const ZJ_PROGRAMME_KINDS: readonly string[] = ['jianbing', 'lingyan', 'commissioned']
const ZJ_COMPETITIVE_KINDS: readonly string[] = ['jianbing', 'lingyan']

// The first revision's values (parameters.ts); the rules read their params.
export const ZJ_ACTIVE_PROJECTS_MAX = DEFAULT_ZJ.activeProjectsMax
export const ZJ_COMMISSIONED_PER_YEAR = DEFAULT_ZJ.commissionedPerYear
export const CX_QUOTAS = {
  recommendPerYear: DEFAULT_CX.recommendPerYear,
  recommendConcurrent: DEFAULT_CX.recommendConcurrent,
  cityPerYear: DEFAULT_CX.cityPerYear,
  cityConcurrent: DEFAULT_CX.cityConcurrent,
  townPerYear: DEFAULT_CX.townPerYear,
  townConcurrent: DEFAULT_CX.townConcurrent,
} as const

function countSameYear(existing: readonly ExistingProject[], kinds: readonly string[], year: number): number {
  return existing.filter((p) => kinds.includes(p.kind) && p.year === year).length
}
function countInProgress(existing: readonly ExistingProject[], kinds: readonly string[]): number {
  return existing.filter((p) => kinds.includes(p.kind) && p.status === 'in-progress').length
}

function perYear(ruleId: RuleId, ps: PolicySetId, limit: number, f: ProjectQuotaFacts, kinds: readonly string[], whatZh: string, whatEn: string): RuleResult {
  const n = countSameYear(f.existing, kinds, f.year)
  return check(n + 1 <= limit, ruleId, ps,
    `超出年度限额：${whatZh}每年不超过 ${limit} 个，${f.year}年已有 ${n} 个，本次新增 1 个`,
    `Exceeds the yearly limit: at most ${limit} ${whatEn} a year; ${n} already in ${f.year}; this adds 1`,
    limit, n + 1)
}

function concurrent(ruleId: RuleId, ps: PolicySetId, limit: number, f: ProjectQuotaFacts, kinds: readonly string[], whatZh: string, whatEn: string): RuleResult {
  const n = countInProgress(f.existing, kinds)
  return check(n + 1 <= limit, ruleId, ps,
    `超出同期在实施限额：${whatZh}同期在实施的不超过 ${limit} 个，现有在实施 ${n} 个，本次新增 1 个`,
    `Exceeds the concurrent limit: at most ${limit} ${whatEn} in implementation at once; ${n} in progress; this adds 1`,
    limit, n + 1)
}

/** Quota rules that apply to creating the project described by f (inapplicable rules are omitted). */
export function checkProjectQuota(f: ProjectQuotaFacts, params: AnyParams = FIRST_REVISIONS[f.policySet].values): RuleResult[] {
  const zp = params as ZjParams
  const cp = params as CxParams
  if (!Number.isSafeInteger(f.year)) throw new RangeError(`year must be an integer, got ${f.year}`)
  const out: RuleResult[] = []
  switch (f.policySet) {
    case 'zj-consortium': {
      if (ZJ_PROGRAMME_KINDS.includes(f.kind)) {
        out.push(concurrent('zj.lead.active-projects-max-3', 'zj-consortium', zp.activeProjectsMax, f, ZJ_PROGRAMME_KINDS, '牵头企业承担的尖兵领雁在研项目原则上', 'in-progress Jianbing/Lingyan projects of the lead (in principle)'))
      }
      if (f.kind === 'commissioned') {
        out.push(perYear('zj.guidelines.per-year', 'zj-consortium', zp.commissionedPerYear, f, ['commissioned'], '择优委托项目（指南）', 'preferential-commission guideline(s)'))
      }
      break
    }
    case 'cx-complex': {
      if (f.kind === 'recommendation') {
        out.push(perYear('cx.recommend.per-year-2', 'cx-complex', cp.recommendPerYear, f, ['recommendation'], '综合体推荐企业承担市本级专项', 'recommendations for city special projects'))
        out.push(concurrent('cx.recommend.concurrent-3', 'cx-complex', cp.recommendConcurrent, f, ['recommendation'], '综合体推荐的市本级专项', 'recommended city special projects'))
      } else if (f.kind === 'self-run') {
        if (!f.complexLevel) {
          out.push(fail('cx.selfrun.city.per-year-3', 'cx-complex', '缺少综合体级别，无法核定自主攻关项目限额', 'The complex level is missing: the self-run project quota cannot be determined', 'unknown', 'unknown'))
        } else if (f.complexLevel === 'town') {
          out.push(perYear('cx.selfrun.town.per-year-1', 'cx-complex', cp.townPerYear, f, ['self-run'], '镇级综合体自主攻关新立项', 'new self-run projects of a town-level complex'))
          out.push(concurrent('cx.selfrun.town.concurrent-2', 'cx-complex', cp.townConcurrent, f, ['self-run'], '镇级综合体自主攻关项目', 'self-run projects of a town-level complex'))
        } else {
          // 市本级以上: city, and the provincial / Ningbo sequences
          out.push(perYear('cx.selfrun.city.per-year-3', 'cx-complex', cp.cityPerYear, f, ['self-run'], '市本级以上综合体自主攻关新立项', 'new self-run projects of a city-level-or-above complex'))
          out.push(concurrent('cx.selfrun.city.concurrent-5', 'cx-complex', cp.cityConcurrent, f, ['self-run'], '市本级以上综合体自主攻关项目', 'self-run projects of a city-level-or-above complex'))
        }
      }
      break
    }
    case 'nb-consortium-2021': {
      out.push(f.carrierRecognized
        ? pass('nb.consortium.quota-exempt')
        : notApplicable('nb.consortium.quota-exempt', '尚未认定为市级创新联合体，项目计入市级申报限项', 'not (yet) a recognised consortium: the project counts against the city quota'))
      break
    }
    default:
      break
  }
  return out
}

/**
 * nb.consortium.quota-exempt: does the project count against the city-level application quota (市级申报限项)?
 * False for the R&D projects of a recognised Ningbo consortium (nb-consortium-2021 五（一）).
 */
export function countsAgainstCityQuota(
  project: { kind?: ProjectKind | string; ofCarrier?: boolean },
  carrier: { policySet: PolicySetId; recognized: boolean } | null | undefined,
): boolean {
  if (!carrier || carrier.policySet !== 'nb-consortium-2021' || !carrier.recognized) return true
  // the exemption covers the consortium's own R&D projects (ofCarrier defaults to true)
  return project.ofCarrier === false
}

/**
 * zj.guidelines.per-year as an annual checklist item: in `year` the consortium proposed at most 1 preferential
 * commission guideline and at least 1 competitive (Jianbing or Lingyan) guideline.
 */
export function checkZjAnnualGuidelines(year: number, projects: readonly ExistingProject[], p: ZjParams = DEFAULT_ZJ): RuleResult {
  const commissioned = countSameYear(projects, ['commissioned'], year)
  const competitive = countSameYear(projects, ZJ_COMPETITIVE_KINDS, year)
  if (commissioned > p.commissionedPerYear) {
    return fail('zj.guidelines.per-year', 'zj-consortium',
      `${year}年择优委托项目指南 ${commissioned} 个，超过每年 ${p.commissionedPerYear} 个`, `${commissioned} preferential-commission guidelines in ${year}, more than ${p.commissionedPerYear} a year`,
      p.commissionedPerYear, commissioned)
  }
  const need = p.competitivePerYearMin
  return check(competitive >= need, 'zj.guidelines.per-year', 'zj-consortium',
    competitive === 0 ? `${year}年尚无尖兵竞争（或领雁）项目指南，每年应不少于 ${need} 个` : `${year}年尖兵竞争（或领雁）项目指南 ${competitive} 个，每年应不少于 ${need} 个`,
    competitive === 0 ? `No competitive (Jianbing or Lingyan) guideline in ${year}; at least ${need} a year is expected` : `${competitive} competitive (Jianbing or Lingyan) guideline(s) in ${year}; at least ${need} a year is expected`,
    need, competitive)
}

// ---------------------------------------------------------------- the project itself (checked on creation)

/** Which kinds of project a carrier of each set and kind runs or holds (cx 第十四、十五条; zj 五（二）). */
export function projectKindsFor(policySet: PolicySetId, carrierKind: string | null | undefined): readonly ProjectKind[] {
  const general: ProjectKind[] = ['city-special', 'national', 'other']
  if (policySet === 'zj-consortium') return ['jianbing', 'lingyan', 'commissioned', ...general]
  // Self-run common-technology projects and recommendations are a complex's (第十四条、第十五条).
  if (policySet === 'cx-complex' && carrierKind === 'complex') return ['self-run', 'recommendation', ...general]
  return general
}

export interface ProjectFacts {
  policySet: PolicySetId
  carrierKind?: string | null
  kind: ProjectKind | string
  year: number
  /** China's date of the request */
  today: string
  subsidyTotal?: number | null
}

/**
 * A project is checked when it is created or changed: a kind its carrier may run, a year that has come
 * (立项年度 not in the future), and for a Cixi self-run project an approved subsidy within 40万 (第十五条).
 */
export function checkProjectFacts(f: ProjectFacts, params: AnyParams = FIRST_REVISIONS[f.policySet].values): Violation[] {
  const projectCap = (params as CxParams).projectCap
  const out: Violation[] = []
  const kinds = projectKindsFor(f.policySet, f.carrierKind)
  const label = (k: string) => PROJECT_KIND_LABELS[k as ProjectKind] ?? { zh: k, en: k }
  if (!(kinds as readonly string[]).includes(f.kind)) {
    out.push(guardViolation('guard.project-facts', f.policySet,
      `此类载体不能承担“${label(f.kind).zh}”（可登记：${kinds.map((k) => label(k).zh).join('、')}）`,
      `This carrier cannot run a ${label(f.kind).en} (allowed: ${kinds.map((k) => label(k).en).join(', ')})`,
      kinds.join('|'), f.kind))
  }
  const thisYear = Number(f.today.slice(0, 4))
  if (!Number.isSafeInteger(f.year) || f.year > thisYear || f.year < 2000) {
    out.push(guardViolation('guard.project-facts', f.policySet,
      `立项年度 ${f.year} 无效：不能晚于今年（${thisYear}年）`,
      `The project year ${f.year} is not valid: it cannot be later than this year (${thisYear})`,
      `2000–${thisYear}`, f.year))
  }
  if (f.policySet === 'cx-complex' && f.kind === 'self-run' && typeof f.subsidyTotal === 'number' && f.subsidyTotal > projectCap) {
    out.push(...violations([fail('cx.project.subsidy-cap', 'cx-complex',
      `项目补助总额超出上限：每个自主攻关项目补助总额不超过 ${formatWan(projectCap)}，本次核定 ${formatWan(f.subsidyTotal)}`,
      `The project subsidy exceeds the cap: at most ${formatYuanEn(projectCap)} per self-run project; this one ${formatYuanEn(f.subsidyTotal)}`,
      projectCap, f.subsidyTotal)]))
  }
  return out
}
