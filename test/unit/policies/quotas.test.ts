import { describe, it, expect } from 'vitest'
import {
  checkProjectQuota, countsAgainstCityQuota, checkZjAnnualGuidelines, type ExistingProject, type ProjectQuotaFacts, type RuleId, type RuleResult,
} from '../../../src/policies'

const st = (rs: RuleResult[], id: RuleId) => rs.find((r) => r.ruleId === id)?.status
const v = (rs: RuleResult[], id: RuleId) => {
  const r = rs.find((x) => x.ruleId === id)
  return r?.status === 'fail' ? r.violation : undefined
}
const many = (n: number, p: ExistingProject): ExistingProject[] => Array.from({ length: n }, () => ({ ...p }))

describe('zj.lead.active-projects-max-3 (原则上: overridable)', () => {
  const f = (existing: ExistingProject[], kind: ProjectQuotaFacts['kind'] = 'jianbing'): ProjectQuotaFacts => ({ policySet: 'zj-consortium', kind, year: 2024, existing })
  it('2 in progress + 1 new = 3 passes; 3 + 1 fails', () => {
    expect(st(checkProjectQuota(f(many(2, { kind: 'lingyan', year: 2023, status: 'in-progress' }))), 'zj.lead.active-projects-max-3')).toBe('pass')
    const rs = checkProjectQuota(f([...many(2, { kind: 'jianbing', year: 2023, status: 'in-progress' }), { kind: 'commissioned', year: 2022, status: 'in-progress' }]))
    const x = v(rs, 'zj.lead.active-projects-max-3')
    expect(x?.severity).toBe('overridable')
    expect(x?.limit).toBe(3)
    expect(x?.actual).toBe(4)
    expect(x?.message.zh).toContain('五（二）')
  })
  it('accepted and failed projects are not in progress', () => {
    const existing = [...many(3, { kind: 'jianbing', year: 2022, status: 'accepted' }), { kind: 'lingyan', year: 2022, status: 'failed' } as ExistingProject]
    expect(st(checkProjectQuota(f(existing)), 'zj.lead.active-projects-max-3')).toBe('pass')
  })
  it('other kinds do not count and are not limited', () => {
    expect(checkProjectQuota(f(many(5, { kind: 'national', year: 2024, status: 'in-progress' }), 'national'))).toEqual([])
  })
})

describe('zj.guidelines.per-year', () => {
  const f = (existing: ExistingProject[]): ProjectQuotaFacts => ({ policySet: 'zj-consortium', kind: 'commissioned', year: 2024, existing })
  it('the first commission of the year passes, a second fails', () => {
    expect(st(checkProjectQuota(f([{ kind: 'commissioned', year: 2023, status: 'in-progress' }])), 'zj.guidelines.per-year')).toBe('pass')
    const x = v(checkProjectQuota(f([{ kind: 'commissioned', year: 2024, status: 'accepted' }])), 'zj.guidelines.per-year')
    expect(x).toMatchObject({ limit: 1, actual: 2, severity: 'block' })
  })
  it('annual item: at least one competitive guideline', () => {
    expect(checkZjAnnualGuidelines(2024, [{ kind: 'lingyan', year: 2024, status: 'in-progress' }]).status).toBe('pass')
    expect(checkZjAnnualGuidelines(2024, [{ kind: 'jianbing', year: 2023, status: 'in-progress' }, { kind: 'commissioned', year: 2024, status: 'in-progress' }]).status).toBe('fail')
    expect(checkZjAnnualGuidelines(2024, [{ kind: 'jianbing', year: 2024, status: 'in-progress' }, ...many(2, { kind: 'commissioned', year: 2024, status: 'in-progress' })]).status).toBe('fail')
  })
})

describe('cx recommendation quotas', () => {
  const f = (existing: ExistingProject[]): ProjectQuotaFacts => ({ policySet: 'cx-complex', kind: 'recommendation', year: 2024, complexLevel: 'city', existing })
  it('cx.recommend.per-year-2: second of the year passes, third fails', () => {
    expect(st(checkProjectQuota(f([{ kind: 'recommendation', year: 2024, status: 'accepted' }])), 'cx.recommend.per-year-2')).toBe('pass')
    const x = v(checkProjectQuota(f(many(2, { kind: 'recommendation', year: 2024, status: 'accepted' }))), 'cx.recommend.per-year-2')
    expect(x).toMatchObject({ limit: 2, actual: 3 })
    expect(x?.message.zh).toContain('第十四条')
  })
  it('cx.recommend.concurrent-3: 2 running + 1 passes; 3 running + 1 fails', () => {
    expect(st(checkProjectQuota(f(many(2, { kind: 'recommendation', year: 2022, status: 'in-progress' }))), 'cx.recommend.concurrent-3')).toBe('pass')
    expect(v(checkProjectQuota(f(many(3, { kind: 'recommendation', year: 2022, status: 'in-progress' }))), 'cx.recommend.concurrent-3')).toMatchObject({ limit: 3, actual: 4 })
  })
})

describe('cx self-run quotas by level', () => {
  const f = (level: ProjectQuotaFacts['complexLevel'], existing: ExistingProject[]): ProjectQuotaFacts => ({ policySet: 'cx-complex', kind: 'self-run', year: 2024, complexLevel: level, existing })
  const sr = (n: number, year: number, status: ExistingProject['status']) => many(n, { kind: 'self-run', year, status })
  it.each(['city', 'province', 'ningbo-sequence'] as const)('cx.selfrun.city.per-year-3 at %s level: 2+1 passes, 3+1 fails', (level) => {
    expect(st(checkProjectQuota(f(level, sr(2, 2024, 'accepted'))), 'cx.selfrun.city.per-year-3')).toBe('pass')
    expect(v(checkProjectQuota(f(level, sr(3, 2024, 'accepted'))), 'cx.selfrun.city.per-year-3')).toMatchObject({ limit: 3, actual: 4 })
  })
  it('cx.selfrun.city.concurrent-5: 4+1 passes, 5+1 fails', () => {
    expect(st(checkProjectQuota(f('city', sr(4, 2022, 'in-progress'))), 'cx.selfrun.city.concurrent-5')).toBe('pass')
    expect(v(checkProjectQuota(f('city', sr(5, 2022, 'in-progress'))), 'cx.selfrun.city.concurrent-5')).toMatchObject({ limit: 5, actual: 6 })
  })
  it('cx.selfrun.town.per-year-1: first passes, second fails', () => {
    expect(st(checkProjectQuota(f('town', sr(1, 2023, 'accepted'))), 'cx.selfrun.town.per-year-1')).toBe('pass')
    expect(v(checkProjectQuota(f('town', sr(1, 2024, 'accepted'))), 'cx.selfrun.town.per-year-1')).toMatchObject({ limit: 1, actual: 2 })
  })
  it('cx.selfrun.town.concurrent-2: 1+1 passes, 2+1 fails', () => {
    expect(st(checkProjectQuota(f('town', sr(1, 2022, 'in-progress'))), 'cx.selfrun.town.concurrent-2')).toBe('pass')
    expect(v(checkProjectQuota(f('town', sr(2, 2022, 'in-progress'))), 'cx.selfrun.town.concurrent-2')).toMatchObject({ limit: 2, actual: 3 })
  })
  it('a town complex is not judged by the city rules and vice versa', () => {
    const town = checkProjectQuota(f('town', []))
    expect(town.map((r) => r.ruleId)).toEqual(['cx.selfrun.town.per-year-1', 'cx.selfrun.town.concurrent-2'])
    expect(checkProjectQuota(f('city', [])).map((r) => r.ruleId)).toEqual(['cx.selfrun.city.per-year-3', 'cx.selfrun.city.concurrent-5'])
  })
  it('recommendations and self-run projects are counted separately', () => {
    expect(st(checkProjectQuota(f('town', many(3, { kind: 'recommendation', year: 2024, status: 'in-progress' }))), 'cx.selfrun.town.per-year-1')).toBe('pass')
  })
  it('a missing level fails', () => expect(st(checkProjectQuota(f(undefined, [])), 'cx.selfrun.city.per-year-3')).toBe('fail'))
})

describe('nb.consortium.quota-exempt', () => {
  it('a recognised Ningbo consortium\'s projects do not count against the city quota', () => {
    expect(countsAgainstCityQuota({ kind: 'city-special' }, { policySet: 'nb-consortium-2021', recognized: true })).toBe(false)
    expect(countsAgainstCityQuota({ kind: 'city-special' }, { policySet: 'nb-consortium-2021', recognized: false })).toBe(true)
    expect(countsAgainstCityQuota({ kind: 'city-special' }, { policySet: 'cx-complex', recognized: true })).toBe(true)
    expect(countsAgainstCityQuota({ kind: 'city-special', ofCarrier: false }, { policySet: 'nb-consortium-2021', recognized: true })).toBe(true)
    expect(countsAgainstCityQuota({ kind: 'city-special' }, null)).toBe(true)
  })
  it('checkProjectQuota reports the exemption', () => {
    expect(checkProjectQuota({ policySet: 'nb-consortium-2021', kind: 'city-special', year: 2024, existing: [], carrierRecognized: true })).toEqual([{ ruleId: 'nb.consortium.quota-exempt', status: 'pass' }])
    expect(st(checkProjectQuota({ policySet: 'nb-consortium-2021', kind: 'city-special', year: 2024, existing: [] }), 'nb.consortium.quota-exempt')).toBe('not-applicable')
  })
})
