import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import {
  checkDisbursement, disbursementViolations, remainingCap, checkFundUse, fundsToRecover, complexSubsidyCap, creationYear,
  type DisbursementFacts, type PriorDisbursement, type RuleResult, type RuleId, DISBURSEMENT_BASES, MoneyError,
} from '../../../src/policies'

const statusOf = (rs: RuleResult[], id: RuleId) => rs.find((r) => r.ruleId === id)?.status
const violationOf = (rs: RuleResult[], id: RuleId) => {
  const r = rs.find((x) => x.ruleId === id)
  return r && r.status === 'fail' ? r.violation : undefined
}

const tic = (over: Partial<DisbursementFacts> = {}): DisbursementFacts => ({
  policySet: 'nb-tic-2022', basis: 'capability-investment', amount: 1_000_000, year: 2023, approvedOn: '2023-03-01',
  capabilityInvestmentThisYear: 20_000_000, prior: [], ...over,
})

describe('tic.funding.annual-30pct', () => {
  it('exactly 30% passes, one 元 more fails', () => {
    const at = checkDisbursement(tic({ amount: 1_000_000, prior: [{ amount: 5_000_000, year: 2023, basis: 'creation-grant' }], year: 2024 }))
    expect(statusOf(at, 'tic.funding.annual-30pct')).toBe('pass')
    const base = { year: 2024, capabilityInvestmentThisYear: 20_000_000, prior: [{ amount: 5_000_000, year: 2024, basis: 'capability-investment' }] }
    expect(statusOf(checkDisbursement(tic({ ...base, amount: 1_000_000 })), 'tic.funding.annual-30pct')).toBe('pass')
    const over = checkDisbursement(tic({ ...base, amount: 1_000_001 }))
    const v = violationOf(over, 'tic.funding.annual-30pct')
    expect(v?.limit).toBe(6_000_000)
    expect(v?.actual).toBe(6_000_001)
  })

  it('names the figures in 万元 and yuan, the article and the rule id', () => {
    const v = violationOf(checkDisbursement(tic({ year: 2024, amount: 1_500_000, prior: [{ amount: 5_000_000, year: 2024, basis: 'capability-investment' }] })), 'tic.funding.annual-30pct')!
    expect(v.message.zh).toBe('超出年度支持上限：本年度能力建设投入 2,000万元 的 30% 为 600万元，已支持 500万元，本次申请 150万元（《宁波市技术创新中心建设工作指引（试行）》三（四））[tic.funding.annual-30pct]')
    expect(v.message.en).toBe("Exceeds the annual cap: 30% of this year's capability-building investment of 20,000,000 yuan is 6,000,000 yuan; 5,000,000 yuan already granted; this request 1,500,000 yuan (nb-tic-2022 §3(4)) [tic.funding.annual-30pct]")
    expect(v.message.zh).toContain('600万元')
    expect(v.severity).toBe('block')
    expect(v.citation.article).toBe('三（四）')
  })

  it('30% rounds down in the payer\'s favour', () => {
    // 30% of 3,333,333 = 999,999.9 → 999,999
    expect(statusOf(checkDisbursement(tic({ capabilityInvestmentThisYear: 3_333_333, amount: 999_999 })), 'tic.funding.annual-30pct')).toBe('pass')
    expect(statusOf(checkDisbursement(tic({ capabilityInvestmentThisYear: 3_333_333, amount: 1_000_000 })), 'tic.funding.annual-30pct')).toBe('fail')
  })

  it('only payments of the same year count', () => {
    const rs = checkDisbursement(tic({ year: 2024, amount: 6_000_000, prior: [{ amount: 5_000_000, year: 2023, basis: 'creation-grant' }] }))
    expect(statusOf(rs, 'tic.funding.annual-30pct')).toBe('pass')
  })

  it('missing investment fails with a clear message', () => {
    const v = violationOf(checkDisbursement(tic({ capabilityInvestmentThisYear: undefined })), 'tic.funding.annual-30pct')
    expect(v?.message.zh).toContain('缺少2023年度创新能力建设投入总额')
  })
})

describe('tic.funding.total-10m', () => {
  const prior: PriorDisbursement[] = [
    { amount: 5_000_000, year: 2023, basis: 'creation-grant' },
    { amount: 3_000_000, year: 2024, basis: 'capability-investment' },
  ]
  const f = (amount: number) => tic({ year: 2025, amount, capabilityInvestmentThisYear: 100_000_000, prior })
  it('exactly 10,000,000 in total passes', () => expect(statusOf(checkDisbursement(f(2_000_000)), 'tic.funding.total-10m')).toBe('pass'))
  it('one 元 over fails naming the cap', () => {
    const v = violationOf(checkDisbursement(f(2_000_001)), 'tic.funding.total-10m')
    expect(v?.limit).toBe(10_000_000)
    expect(v?.actual).toBe(10_000_001)
    expect(v?.message.zh).toContain('1,000万元')
    expect(v?.message.zh).toContain('[tic.funding.total-10m]')
  })
})

describe('tic.funding.first-year-5m', () => {
  const f = (amount: number, prior: PriorDisbursement[] = []) => tic({ basis: 'creation-grant', year: 2023, amount, capabilityInvestmentThisYear: 50_000_000, prior })
  it('5,000,000 in year 1 passes; 5,000,001 fails', () => {
    expect(statusOf(checkDisbursement(f(5_000_000)), 'tic.funding.first-year-5m')).toBe('pass')
    const v = violationOf(checkDisbursement(f(5_000_001)), 'tic.funding.first-year-5m')
    expect(v?.limit).toBe(5_000_000)
    expect(v?.actual).toBe(5_000_001)
    expect(v?.message.zh).toContain('500万元')
  })
  it('counts every payment of year 1', () => {
    expect(statusOf(checkDisbursement(f(1, [{ amount: 5_000_000, year: 2023, basis: 'creation-grant' }])), 'tic.funding.first-year-5m')).toBe('fail')
  })
  it('year 1 is also bound by 30% of its investment', () => {
    const rs = checkDisbursement(tic({ basis: 'creation-grant', amount: 5_000_000, capabilityInvestmentThisYear: 10_000_000 }))
    expect(statusOf(rs, 'tic.funding.first-year-5m')).toBe('pass')
    expect(statusOf(rs, 'tic.funding.annual-30pct')).toBe('fail')
  })
  it('a creation grant outside year 1 fails; other payments in year 2 are not concerned', () => {
    expect(statusOf(checkDisbursement(tic({ basis: 'creation-grant', year: 2024 })), 'tic.funding.first-year-5m')).toBe('fail')
    expect(statusOf(checkDisbursement(tic({ year: 2024 })), 'tic.funding.first-year-5m')).toBe('not-applicable')
  })
})

describe('tic.funding.creation-years', () => {
  it.each([
    [2022, 'fail'], // before approval (year 0)
    [2023, 'pass'], // year 1
    [2025, 'pass'], // year 3
    [2026, 'fail'], // year 4
  ] as const)('payment in %i → %s', (year, s) => {
    expect(statusOf(checkDisbursement(tic({ year })), 'tic.funding.creation-years')).toBe(s)
  })
  it('creation year index is calendar-based', () => {
    expect(creationYear('2023-12-31', 2023)).toBe(1)
    expect(creationYear('2023-12-31', 2025)).toBe(3)
  })
  it('missing approval date fails', () => {
    expect(statusOf(checkDisbursement(tic({ approvedOn: undefined })), 'tic.funding.creation-years')).toBe('fail')
  })
})

describe('tic.funds.recovery and delisting', () => {
  it('a delisted centre gets no new disbursement', () => {
    const v = violationOf(checkDisbursement(tic({ delisted: true })), 'tic.funds.recovery')
    expect(v?.limit).toBe(0)
    expect(v?.actual).toBe(1_000_000)
  })
  it('recovers the unspent balance plus non-compliant spending', () => {
    expect(fundsToRecover({ disbursed: 8_000_000, spentCompliant: 5_000_000, nonCompliantSpending: 1_000_000 })).toEqual({ unspentBalance: 2_000_000, nonCompliant: 1_000_000, total: 3_000_000, ruleId: 'tic.funds.recovery' })
    expect(fundsToRecover({ disbursed: 1, spentCompliant: 1, nonCompliantSpending: 0 }).total).toBe(0)
    expect(() => fundsToRecover({ disbursed: 1, spentCompliant: 1, nonCompliantSpending: 1 })).toThrow(MoneyError)
  })
})

describe('tic.funds.forbidden-uses', () => {
  it.each(['capital-construction', 'sponsorship', 'donation', 'investment', 'fines', 'debt-repayment', '偿还银行债务', '支付环保罚款', '办公楼基本建设', '对外捐赠'])('%s is forbidden', (use) => {
    const r = checkFundUse(use)
    expect(r.status).toBe('fail')
    if (r.status === 'fail') expect(r.violation.message.zh).toContain('[tic.funds.forbidden-uses]')
  })
  it.each(['research-projects', '科研仪器设备购置', '人才团队引进培育'])('%s is allowed', (use) => expect(checkFundUse(use).status).toBe('pass'))
})

describe('cx.complex.subsidy-cap', () => {
  const cx = (level: 'town' | 'city' | 'province' | 'ningbo-sequence', cls: 'cultivation' | 'creation', amount: number, prior: PriorDisbursement[] = []): DisbursementFacts =>
    ({ policySet: 'cx-complex', basis: 'complex-subsidy', amount, year: 2024, complex: { level, class: cls }, prior })
  it.each([
    ['town', 'cultivation', 500_000],
    ['city', 'cultivation', 1_000_000],
    ['town', 'creation', 1_000_000],
    ['city', 'creation', 2_000_000],
    ['province', 'cultivation', 2_000_000],
    ['ningbo-sequence', 'creation', 2_000_000],
  ] as const)('%s %s: %i passes, one 元 more fails', (level, cls, cap) => {
    expect(complexSubsidyCap(level, cls)).toBe(cap)
    expect(statusOf(checkDisbursement(cx(level, cls, cap)), 'cx.complex.subsidy-cap')).toBe('pass')
    const v = violationOf(checkDisbursement(cx(level, cls, cap + 1)), 'cx.complex.subsidy-cap')
    expect(v?.limit).toBe(cap)
    expect(v?.actual).toBe(cap + 1)
    expect(v?.message.zh).toContain('第十三条')
  })
  it('sums the payments of the same year only', () => {
    const prior = [{ amount: 300_000, year: 2024, basis: 'complex-subsidy' }, { amount: 500_000, year: 2023, basis: 'complex-subsidy' }]
    expect(statusOf(checkDisbursement(cx('town', 'cultivation', 200_000, prior)), 'cx.complex.subsidy-cap')).toBe('pass')
    expect(statusOf(checkDisbursement(cx('town', 'cultivation', 200_001, prior)), 'cx.complex.subsidy-cap')).toBe('fail')
    expect(violationOf(checkDisbursement(cx('town', 'cultivation', 200_001, prior)), 'cx.complex.subsidy-cap')?.message.zh).toContain('镇级培育类综合体每年最高 50万元')
  })
  it('a delisted complex gets nothing (cx.eval.annual)', () => {
    expect(statusOf(checkDisbursement({ ...cx('city', 'cultivation', 1), delisted: true }), 'cx.eval.annual')).toBe('fail')
  })
})

describe('cx.project.subsidy-cap and cx.project.first-installment-60pct', () => {
  const proj = (subsidyTotal: number, status: 'in-progress' | 'accepted' | 'failed' = 'in-progress') => ({ id: 'P1', subsidyTotal, status })
  const pf = (over: Partial<DisbursementFacts>): DisbursementFacts => ({ policySet: 'cx-complex', basis: 'project-subsidy', amount: 240_000, year: 2024, installment: 'first', project: proj(400_000), prior: [], ...over })

  it('a project of 400,000 passes the cap; 400,001 fails', () => {
    expect(statusOf(checkDisbursement(pf({})), 'cx.project.subsidy-cap')).toBe('pass')
    const v = violationOf(checkDisbursement(pf({ project: proj(400_001), amount: 240_000 })), 'cx.project.subsidy-cap')
    expect(v?.limit).toBe(400_000)
    expect(v?.actual).toBe(400_001)
    expect(v?.message.zh).toContain('40万元')
  })
  it('the sum paid to one project never exceeds 400,000', () => {
    const prior = [{ amount: 240_000, year: 2024, basis: 'project-subsidy', installment: 'first', projectId: 'P1' }]
    const rs = checkDisbursement(pf({ installment: 'remainder', amount: 160_001, project: proj(400_000, 'accepted'), prior }))
    expect(violationOf(rs, 'cx.project.subsidy-cap')?.actual).toBe(400_001)
  })
  it('first installment must be exactly floor(60%)', () => {
    expect(statusOf(checkDisbursement(pf({ amount: 240_000 })), 'cx.project.first-installment-60pct')).toBe('pass')
    expect(statusOf(checkDisbursement(pf({ amount: 240_001 })), 'cx.project.first-installment-60pct')).toBe('fail')
    expect(statusOf(checkDisbursement(pf({ amount: 239_999 })), 'cx.project.first-installment-60pct')).toBe('fail')
    // 60% of 333,333 = 199,999.8 → 199,999
    expect(statusOf(checkDisbursement(pf({ project: proj(333_333), amount: 199_999 })), 'cx.project.first-installment-60pct')).toBe('pass')
    const v = violationOf(checkDisbursement(pf({ amount: 250_000 })), 'cx.project.first-installment-60pct')
    expect(v?.limit).toBe(240_000)
    expect(v?.message.zh).toContain('24万元')
  })
  it('no second first installment', () => {
    const prior = [{ amount: 240_000, year: 2024, basis: 'project-subsidy', installment: 'first', projectId: 'P1' }]
    expect(statusOf(checkDisbursement(pf({ prior })), 'cx.project.first-installment-60pct')).toBe('fail')
  })
  it('the remainder only after acceptance, and exactly the rest', () => {
    const prior = [{ amount: 199_999, year: 2024, basis: 'project-subsidy', installment: 'first', projectId: 'P1' }]
    const rest = (status: 'in-progress' | 'accepted' | 'failed', amount: number) => checkDisbursement(pf({ installment: 'remainder', amount, project: proj(333_333, status), prior }))
    expect(statusOf(rest('accepted', 133_334), 'cx.project.first-installment-60pct')).toBe('pass')
    expect(statusOf(rest('in-progress', 133_334), 'cx.project.first-installment-60pct')).toBe('fail')
    expect(statusOf(rest('failed', 133_334), 'cx.project.first-installment-60pct')).toBe('fail')
    expect(statusOf(rest('accepted', 133_333), 'cx.project.first-installment-60pct')).toBe('fail')
    expect(violationOf(rest('in-progress', 133_334), 'cx.project.first-installment-60pct')?.message.zh).toContain('验收')
  })
  it('no remainder before the first installment; an installment must be named', () => {
    expect(statusOf(checkDisbursement(pf({ installment: 'remainder', amount: 400_000, project: proj(400_000, 'accepted') })), 'cx.project.first-installment-60pct')).toBe('fail')
    expect(statusOf(checkDisbursement(pf({ installment: undefined })), 'cx.project.first-installment-60pct')).toBe('fail')
  })
  it('other projects\' payments do not count', () => {
    const prior = [{ amount: 240_000, year: 2024, basis: 'project-subsidy', installment: 'first', projectId: 'P2' }]
    expect(disbursementViolations(pf({ prior }))).toEqual([])
  })
})

describe('API details', () => {
  it('exports the bases and refuses floats and foreign bases', () => {
    expect(DISBURSEMENT_BASES).toEqual(['capability-investment', 'creation-grant', 'complex-subsidy', 'project-subsidy'])
    expect(() => checkDisbursement(tic({ amount: 1.5 }))).toThrow(MoneyError)
    expect(() => checkDisbursement(tic({ amount: 0 }))).toThrow(MoneyError)
    expect(() => checkDisbursement(tic({ basis: 'complex-subsidy' }))).toThrow(RangeError)
  })
  it('sets without caps return no result', () => {
    expect(checkDisbursement({ policySet: 'zj-consortium', basis: 'project-subsidy', amount: 1, year: 2024, prior: [] })).toEqual([])
  })
  it('remainingCap shows committed vs cap', () => {
    const caps = remainingCap(tic({ year: 2023, prior: [{ amount: 4_000_000, year: 2023, basis: 'creation-grant' }] }))
    expect(caps).toEqual([
      { ruleId: 'tic.funding.annual-30pct', limit: 6_000_000, used: 4_000_000, remaining: 2_000_000 },
      { ruleId: 'tic.funding.total-10m', limit: 10_000_000, used: 4_000_000, remaining: 6_000_000 },
      { ruleId: 'tic.funding.first-year-5m', limit: 5_000_000, used: 4_000_000, remaining: 1_000_000 },
    ])
    expect(remainingCap({ policySet: 'cx-complex', basis: 'project-subsidy', year: 2024, prior: [{ amount: 240_000, year: 2024, basis: 'project-subsidy', projectId: 'P1' }], project: { id: 'P1', subsidyTotal: 400_000, status: 'in-progress' } }))
      .toEqual([{ ruleId: 'cx.project.subsidy-cap', limit: 400_000, used: 240_000, remaining: 160_000 }])
  })
})

// ---------------------------------------------------------------- properties

const CAP_RULES: RuleId[] = ['tic.funding.annual-30pct', 'tic.funding.total-10m', 'tic.funding.first-year-5m', 'cx.complex.subsidy-cap', 'cx.project.subsidy-cap']

describe('property: caps are never exceeded by accepted disbursements', () => {
  it('TIC: no sequence of accepted payments exceeds 30%/year, 10m in total or 5m in year 1; every refusal names limit and actual', () => {
    const req = fc.record({
      year: fc.integer({ min: 2022, max: 2027 }),
      amount: fc.integer({ min: 1, max: 6_000_000 }),
      basis: fc.constantFrom('capability-investment' as const, 'creation-grant' as const),
    })
    fc.assert(fc.property(
      fc.array(fc.integer({ min: 0, max: 40_000_000 }), { minLength: 6, maxLength: 6 }),
      fc.array(req, { maxLength: 40 }),
      (investments, requests) => {
        const inv = (y: number) => investments[y - 2022] ?? 0
        const prior: PriorDisbursement[] = []
        for (const r of requests) {
          const f: DisbursementFacts = { policySet: 'nb-tic-2022', ...r, approvedOn: '2023-05-20', capabilityInvestmentThisYear: inv(r.year), prior: [...prior] }
          const vs = disbursementViolations(f)
          if (vs.length === 0) prior.push({ amount: r.amount, year: r.year, basis: r.basis })
          for (const v of vs) {
            expect(v.limit).toBeDefined()
            expect(v.actual).toBeDefined()
            if (CAP_RULES.includes(v.ruleId as RuleId) && typeof v.limit === 'number') {
              expect(typeof v.actual).toBe('number')
              expect(v.actual as number).toBeGreaterThan(v.limit)
              expect(v.message.zh).toContain(`[${v.ruleId}]`)
            }
          }
        }
        const sum = (ys: PriorDisbursement[]) => ys.reduce((s, p) => s + p.amount, 0)
        expect(sum(prior)).toBeLessThanOrEqual(10_000_000)
        expect(sum(prior.filter((p) => p.year === 2023))).toBeLessThanOrEqual(5_000_000)
        for (let y = 2022; y <= 2027; y++) {
          expect(sum(prior.filter((p) => p.year === y)) * 100).toBeLessThanOrEqual(inv(y) * 30)
          if (y < 2023 || y > 2025) expect(sum(prior.filter((p) => p.year === y))).toBe(0)
        }
      },
    ), { numRuns: 300 })
  })

  it('Cixi: complex subsidies per year and project subsidies per project stay within their caps', () => {
    let acceptedProjectPayments = 0
    const req = fc.oneof(
      fc.record({ kind: fc.constant('complex' as const), year: fc.integer({ min: 2023, max: 2025 }), amount: fc.integer({ min: 1, max: 1_200_000 }) }),
      fc.record({ kind: fc.constant('project' as const), project: fc.constantFrom('A', 'B'), installment: fc.constantFrom('first' as const, 'remainder' as const), accepted: fc.boolean(), exact: fc.boolean(), amount: fc.integer({ min: 1, max: 500_000 }) }),
    )
    fc.assert(fc.property(
      fc.constantFrom('town' as const, 'city' as const, 'province' as const),
      fc.constantFrom('cultivation' as const, 'creation' as const),
      fc.integer({ min: 1, max: 600_000 }),
      fc.array(req, { maxLength: 40 }),
      (level, cls, subsidyTotal, requests) => {
        const prior: PriorDisbursement[] = []
        for (const r of requests) {
          // 'exact' requests ask for what the rules expect (60% first, the rest after acceptance), so some pass
          const paidTo = (id: string) => prior.filter((p) => p.projectId === id).reduce((s, p) => s + p.amount, 0)
          const amount = r.kind === 'project' && r.exact
            ? Math.max(1, r.installment === 'first' ? Math.floor((subsidyTotal * 60) / 100) : subsidyTotal - paidTo(r.project))
            : r.amount
          const f: DisbursementFacts = r.kind === 'complex'
            ? { policySet: 'cx-complex', basis: 'complex-subsidy', amount: r.amount, year: r.year, complex: { level, class: cls }, prior: [...prior] }
            : { policySet: 'cx-complex', basis: 'project-subsidy', amount, year: 2024, installment: r.installment, project: { id: r.project, subsidyTotal, status: r.accepted ? 'accepted' : 'in-progress' }, prior: [...prior] }
          const vs = disbursementViolations(f)
          if (vs.length === 0) {
            prior.push({ amount: f.amount, year: f.year, basis: f.basis, installment: f.installment, projectId: f.project?.id })
            if (f.basis === 'project-subsidy') acceptedProjectPayments++
          }
          for (const v of vs) {
            expect(v.limit).toBeDefined()
            expect(v.actual).toBeDefined()
            if (CAP_RULES.includes(v.ruleId as RuleId) && typeof v.limit === 'number') expect(v.actual as number).toBeGreaterThan(v.limit)
          }
        }
        const cap = complexSubsidyCap(level, cls)
        for (const y of [2023, 2024, 2025]) {
          expect(prior.filter((p) => p.basis === 'complex-subsidy' && p.year === y).reduce((s, p) => s + p.amount, 0)).toBeLessThanOrEqual(cap)
        }
        for (const id of ['A', 'B']) {
          const paid = prior.filter((p) => p.projectId === id)
          const total = paid.reduce((s, p) => s + p.amount, 0)
          expect(total).toBeLessThanOrEqual(400_000)
          expect(total).toBeLessThanOrEqual(subsidyTotal)
          expect(paid.filter((p) => p.installment === 'first').length).toBeLessThanOrEqual(1)
        }
      },
    ), { numRuns: 300 })
    expect(acceptedProjectPayments).toBeGreaterThan(0)
  })
})
