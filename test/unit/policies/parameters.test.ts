// Parameters as data (issue 17): the first revision is the documents' figures; the rules read the revision they
// are given; which revision governs a day; validation and consistency of a revision.
import { describe, expect, it } from 'vitest'

import {
  checkAll,
  checkDisbursement,
  checkMembers,
  checkProjectQuota,
  checkRevisionValues,
  dayForYear,
  evaluationConsequence,
  FIRST_REVISIONS,
  PARAMETER_DEFS,
  POLICY_SET_IDS,
  revisionInForce,
  TIC_TOTAL_CAP,
  withRevision,
  type PolicyRevision,
} from '../../../src/policies'

const tic = FIRST_REVISIONS['nb-tic-2022']
const raised: PolicyRevision = { id: 7, policySet: 'nb-tic-2022', label: { zh: '2027 年修订参数', en: '2027 revision' }, effectiveFrom: '2027-01-01', effectiveTo: null, values: { ...tic.values, totalCap: 15_000_000 } }

describe('the first revision', () => {
  it('is the documents’ figures, for every set, and passes its own validation', () => {
    expect(tic.values.totalCap).toBe(TIC_TOTAL_CAP)
    expect(FIRST_REVISIONS['zj-consortium'].values.minMembers).toBe(5)
    expect(FIRST_REVISIONS['cx-complex'].values.projectCap).toBe(400_000)
    for (const set of POLICY_SET_IDS) {
      expect(checkRevisionValues(set, FIRST_REVISIONS[set].values)).toEqual([])
      for (const d of PARAMETER_DEFS[set]) expect(d.article.length).toBeGreaterThan(0)
    }
  })
})

describe('the rules read the revision they are given', () => {
  const payment = { policySet: 'nb-tic-2022' as const, basis: 'capability-investment' as const, amount: 2_000_000, year: 2027, approvedOn: '2025-01-15', capabilityInvestmentThisYear: 30_000_000, prior: [{ amount: 5_000_000, year: 2025, basis: 'capability-investment' }, { amount: 4_000_000, year: 2026, basis: 'capability-investment' }] }
  it('tic.funding.total-10m: refused at 10,000,000, accepted at 15,000,000', () => {
    expect(checkDisbursement(payment).find((r) => r.ruleId === 'tic.funding.total-10m')?.status).toBe('fail')
    expect(checkDisbursement(payment, raised.values).find((r) => r.ruleId === 'tic.funding.total-10m')?.status).toBe('pass')
  })
  it('zj.members.min-5 and zj quotas follow the revision', () => {
    const four = [{ role: 'lead', signedAgreement: true }, { role: 'enterprise', signedAgreement: true }, { role: 'enterprise', signedAgreement: true }, { role: 'enterprise', signedAgreement: true }]
    expect(checkMembers('zj-consortium', four)[0]?.status).toBe('fail')
    expect(checkMembers('zj-consortium', four, { ...FIRST_REVISIONS['zj-consortium'].values, minMembers: 4 })[0]?.status).toBe('pass')
    const three = Array.from({ length: 3 }, () => ({ kind: 'jianbing', year: 2026, status: 'in-progress' as const }))
    const f = { policySet: 'zj-consortium' as const, kind: 'lingyan' as const, year: 2026, existing: three }
    expect(checkProjectQuota(f)[0]?.status).toBe('fail')
    expect(checkProjectQuota(f, { ...FIRST_REVISIONS['zj-consortium'].values, activeProjectsMax: 4 })[0]?.status).toBe('pass')
  })
  it('an evaluation consequence: three consecutive fails to delist when the revision says 3', () => {
    const h = [{ year: 2026, grade: 'fail' as const, kind: 'annual' as const }, { year: 2027, grade: 'fail' as const, kind: 'annual' as const }]
    expect(evaluationConsequence('nb-tic-2022', h).action).toBe('delist')
    expect(evaluationConsequence('nb-tic-2022', h, { ...tic.values, delistAfterFails: 3 }).action).toBe('continue')
  })
  it('the checklist names the revision on every failing item', () => {
    const items = checkAll({ policySet: 'zj-consortium', today: '2027-02-01', lead: { kind: 'enterprise', platforms: [], figures: [] }, members: [], revision: raised.label })
    const failing = items.filter((i) => i.status === 'fail')
    expect(failing.length).toBeGreaterThan(0)
    for (const i of failing) expect(i.violation?.message.zh).toContain('（依据2027 年修订参数）')
  })
})

describe('which revision governs a day', () => {
  const later: PolicyRevision = { ...raised, id: 8, label: { zh: '2027 年更正', en: '2027 correction' } }
  it('the covering revision that took effect last; the documents’ figures before it', () => {
    expect(revisionInForce('nb-tic-2022', '2026-12-31', [raised]).label.zh).toBe('文件原文参数')
    expect(revisionInForce('nb-tic-2022', '2027-01-01', [raised]).id).toBe(7)
    // Same day: the one published later.
    expect(revisionInForce('nb-tic-2022', '2027-06-01', [raised, later]).id).toBe(8)
    // An end date closes it.
    expect(revisionInForce('nb-tic-2022', '2028-01-01', [{ ...raised, effectiveTo: '2027-12-31' }]).label.zh).toBe('文件原文参数')
    // Another set's revision never governs.
    expect(revisionInForce('cx-complex', '2027-06-01', [raised]).label.zh).toBe('文件原文参数')
  })
  it('a year without a date: today in the current year, else its last or first day', () => {
    expect(dayForYear(2026, '2026-11-23')).toBe('2026-11-23')
    expect(dayForYear(2025, '2026-11-23')).toBe('2025-12-31')
    expect(dayForYear(2027, '2026-11-23')).toBe('2027-01-01')
  })
  it('names the revision once', () => {
    const m = withRevision({ zh: '超出', en: 'over' }, raised.label)
    expect(m).toEqual({ zh: '超出（依据2027 年修订参数）', en: 'over (under the 2027 revision)' })
    expect(withRevision(m, raised.label)).toEqual(m)
  })
})

describe('validation of a revision', () => {
  const v = (changes: Record<string, unknown>) => checkRevisionValues('nb-tic-2022', { ...tic.values, ...changes })
  it('refuses a first-year cap above the total cap', () => {
    const p = v({ firstYearCap: 11_000_000 })
    expect(p.map((x) => x.rule)).toEqual(['policy.parameter-inconsistent'])
    expect(p[0]!.message.zh).toContain('首年创建经费上限（11,000,000 元）不能高于创建期支持总额上限（10,000,000 元）')
  })
  it('refuses percentages outside 0–100, money that is not whole yuan, a missing or unknown figure', () => {
    expect(v({ annualPct: 100.5 })[0]?.rule).toBe('policy.parameter-invalid')
    expect(v({ annualPct: -1 })[0]?.message.en).toContain('from 0 to 100')
    expect(v({ annualPct: 12.25 })).toEqual([])
    expect(v({ annualPct: 12.255 })[0]?.rule).toBe('policy.parameter-invalid')
    expect(v({ totalCap: 1.5 })[0]?.message.zh).toContain('整数')
    expect(v({ totalCap: undefined })[0]?.message.zh).toContain('未填写')
    expect(v({ bogus: 1 })[0]?.rule).toBe('policy.parameter-unknown')
    expect(v({ noticeWorkingDays: 0 })[0]?.rule).toBe('policy.parameter-invalid')
  })
})
