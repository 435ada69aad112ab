import { describe, it, expect } from 'vitest'
import {
  checkAll, blockingViolations, canOverride, checklistSummary, rulesOfSet, type ApplicationFacts, type ChecklistItem, type RuleId, type YearFigures,
} from '../../../src/policies'

const item = (items: ChecklistItem[], id: RuleId) => items.find((i) => i.ruleId === id)
const y = (year: number, f: Partial<YearFigures> = {}): YearFigures => ({ year, revenue: 1_000_000_000, netAssets: 300_000_000, rdSpend: 50_000_000, rdStaff: 50, equipmentValue: 20_000_000, ...f })

const nbFacts = (over: Partial<ApplicationFacts> = {}): ApplicationFacts => ({
  policySet: 'nb-consortium-2021',
  submittedOn: '2024-05-06',
  lead: { kind: 'enterprise', platforms: ['provincial-tech-centre'], rdYearsInField: 8, figures: [y(2021), y(2022), y(2023)] },
  members: [{ role: 'lead', signedAgreement: true }, { role: 'university', signedAgreement: true }],
  agreements: [{ kind: 'formation' }],
  overrides: [],
  ...over,
})

describe('checkAll', () => {
  it('lists every rule of the set once', () => {
    const items = checkAll(nbFacts())
    expect(items.map((i) => i.ruleId).sort()).toEqual(rulesOfSet('nb-consortium-2021').map((r) => r.id).sort())
    expect(new Set(items.map((i) => i.ruleId)).size).toBe(items.length)
    expect(item(items, 'nb.lead.revenue-1b')?.status).toBe('pass')
    expect(item(items, 'nb.eval.annual-3y')?.status).toBe('not-yet-applicable')
    expect(item(items, 'nb.consortium.quota-exempt')?.status).toBe('not-yet-applicable')
    expect(blockingViolations(items)).toEqual([])
  })

  it('an overridable (原则上) failure with an override is overridden and no longer blocks', () => {
    const facts = nbFacts({ lead: { ...nbFacts().lead, figures: [y(2021), y(2022), y(2023, { revenue: 800_000_000 })] } })
    const before = checkAll(facts)
    expect(item(before, 'nb.lead.revenue-1b')?.status).toBe('fail')
    expect(blockingViolations(before).map((v) => v.ruleId)).toEqual(['nb.lead.revenue-1b'])
    const after = checkAll({ ...facts, overrides: [{ ruleId: 'nb.lead.revenue-1b', by: 'officer@city', reason: '产业链关键企业，经局务会研究同意', at: '2024-05-07' }] })
    const it = item(after, 'nb.lead.revenue-1b')
    expect(it?.status).toBe('overridden')
    expect(it?.override?.reason).toContain('局务会')
    expect(it?.violation?.message.zh).toContain('80,000万元')
    expect(blockingViolations(after)).toEqual([])
  })

  it('a block rule with an override record stays fail; an override without a reason is ignored', () => {
    const facts = nbFacts({ lead: { ...nbFacts().lead, figures: [y(2021), y(2022, { rdSpend: 1 }), y(2023, { revenue: 1 })] } })
    const items = checkAll({ ...facts, overrides: [
      { ruleId: 'nb.lead.rd-spend-50m-x3', by: 'x', reason: '特批', at: '2024-05-07' },
      { ruleId: 'nb.lead.revenue-1b', by: 'x', reason: '  ', at: '2024-05-07' },
    ] })
    expect(item(items, 'nb.lead.rd-spend-50m-x3')?.status).toBe('fail')
    expect(item(items, 'nb.lead.revenue-1b')?.status).toBe('fail')
    expect(canOverride('nb.lead.rd-spend-50m-x3', 'nb-consortium-2021')).toBe(false)
    expect(canOverride('nb.lead.revenue-1b', 'nb-consortium-2021')).toBe(true)
    expect(canOverride('agreement.signed-by-all-members', 'wh-consortium-2022')).toBe(true)
  })

  it('agreements: every member must sign', () => {
    const items = checkAll(nbFacts({ members: [{ role: 'lead', signedAgreement: true }, { role: 'enterprise', name: '甲公司', signedAgreement: false }] }))
    expect(item(items, 'agreement.signed-by-all-members')?.status).toBe('fail')
  })

  it('zj: members, council, IP, lead kind', () => {
    const facts: ApplicationFacts = {
      policySet: 'zj-consortium', submittedOn: '2024-03-01',
      lead: { kind: 'enterprise', platforms: [], figures: [], techLeaderKind: 'little-giant' },
      members: [{ role: 'lead', signedAgreement: true }, ...Array.from({ length: 3 }, () => ({ role: 'enterprise', signedAgreement: true }))],
      agreements: [{ kind: 'letter-of-intent' }],
      ipContracts: [{ shares: [{ party: 'A', percentBasisPoints: 6000 }, { party: 'B', percentBasisPoints: 4000 }] }],
      governance: { council: { chairIsLeadHead: true, memberUnitHeadsIncluded: true } },
    }
    const items = checkAll(facts)
    expect(item(items, 'zj.members.min-5')?.status).toBe('fail')
    expect(item(items, 'zj.members.min-5')?.severity).toBe('overridable')
    expect(item(items, 'zj.governance.council')?.status).toBe('pass')
    expect(item(items, 'ip.benefit-shares-100pct')?.status).toBe('pass')
    expect(item(items, 'ip.benefit-shares-100pct')?.citation.article).toBe('三（四）')
    expect(item(items, 'zj.lead.kind')?.status).toBe('pass')
    expect(item(items, 'zj.lead.active-projects-max-3')?.status).toBe('not-yet-applicable')
    expect(item(items, 'zj.eval.self-report-january')?.status).toBe('not-yet-applicable')
  })

  it('zj after recognition: projects and self-reports', () => {
    const facts: ApplicationFacts = {
      policySet: 'zj-consortium', today: '2025-02-10', recognizedOn: '2023-06-01',
      lead: { kind: 'enterprise', platforms: [], figures: [], techLeaderKind: 'leading' },
      members: [], agreements: [], ipContracts: [], governance: {},
      projects: [{ kind: 'jianbing', year: 2024, status: 'in-progress' }, ...Array.from({ length: 3 }, () => ({ kind: 'lingyan', year: 2023, status: 'in-progress' as const }))],
      selfReports: [{ reportYear: 2023, submittedOn: '2024-01-20' }],
    }
    const items = checkAll(facts)
    expect(item(items, 'zj.lead.active-projects-max-3')?.status).toBe('fail')
    expect(item(items, 'zj.guidelines.per-year')?.status).toBe('pass')
    const sr = item(items, 'zj.eval.self-report-january')
    expect(sr?.status).toBe('fail')
    expect(sr?.violation?.message.zh).toContain('2024年度自评报告')
  })

  it('TIC: funding and targets after approval, checked against the history', () => {
    const facts: ApplicationFacts = {
      policySet: 'nb-tic-2022', today: '2025-06-01', recognizedOn: '2023-03-15',
      lead: { kind: 'enterprise', platforms: [], figures: [] }, members: [], ipContracts: [{ shares: [{ party: 'gov', percentBasisPoints: 10000 }] }],
      disbursements: [{ amount: 5_000_000, year: 2023, basis: 'creation-grant' }, { amount: 3_000_001, year: 2024, basis: 'capability-investment' }],
      capabilityInvestmentByYear: { 2023: 20_000_000, 2024: 10_000_000 },
      expenses: [{ use: '科研仪器设备购置' }, { use: '支付罚款' }],
      ticFigures: { totalInvestment: 120_000_000, staff: 90, highLevelTeams: 2 },
      overrides: [{ ruleId: 'tic.target.staff', by: 'officer', reason: '疫情影响，延后一年考核', at: '2025-06-02' }],
    }
    const items = checkAll(facts)
    expect(item(items, 'tic.funding.annual-30pct')?.status).toBe('fail') // 2024: 30% of 10m = 3m < 3,000,001
    expect(item(items, 'tic.funding.annual-30pct')?.violation?.actual).toBe(3_000_001)
    expect(item(items, 'tic.funding.total-10m')?.status).toBe('pass')
    expect(item(items, 'tic.funding.first-year-5m')?.status).toBe('pass')
    expect(item(items, 'tic.funding.creation-years')?.status).toBe('pass')
    expect(item(items, 'tic.funds.forbidden-uses')?.status).toBe('fail')
    expect(item(items, 'tic.funds.recovery')?.status).toBe('not-yet-applicable')
    expect(item(items, 'tic.target.investment')?.status).toBe('pass')
    expect(item(items, 'tic.target.staff')?.status).toBe('overridden')
    expect(item(items, 'tic.target.ecosystem')?.status).toBe('not-yet-applicable')
    // No evaluation recorded: no data, never a pass.
    expect(item(items, 'tic.eval.two-fails-delist')?.status).toBe('not-yet-applicable')
    expect(item(items, 'tic.eval.two-fails-delist')?.reason?.zh).toContain('无数据')
  })

  it('TIC delisted: recovery outstanding fails until recovered', () => {
    const base: ApplicationFacts = {
      policySet: 'nb-tic-2022', today: '2026-06-01', recognizedOn: '2023-03-15', delisted: true,
      lead: { kind: 'enterprise', platforms: [], figures: [] }, members: [],
      evaluations: [{ year: 2024, grade: 'fail', kind: 'annual' }, { year: 2025, grade: 'fail', kind: 'annual' }],
      recovery: { disbursed: 8_000_000, spentCompliant: 6_000_000, nonCompliantSpending: 500_000, recovered: 1_000_000 },
    }
    const items = checkAll(base)
    expect(item(items, 'tic.funds.recovery')?.violation).toMatchObject({ limit: 2_000_000, actual: 1_000_000 })
    expect(item(items, 'tic.eval.two-fails-delist')?.status).toBe('fail')
    expect(item(checkAll({ ...base, recovery: { ...base.recovery!, recovered: 2_000_000 } }), 'tic.funds.recovery')?.status).toBe('pass')
  })

  it('cx complex: kind-specific rules, the other class not applicable, quotas after recognition', () => {
    const facts: ApplicationFacts = {
      policySet: 'cx-complex', carrierKind: 'complex', today: '2025-03-01', recognizedOn: '2023-05-01',
      lead: { kind: 'association', platforms: [], figures: [] }, members: [],
      complex: { applicantKind: 'town', class: 'cultivation', level: 'town', industryOutput: 3_000_000_000, jurisdictionOutput: 1_500_000_000, relyingUnit: { name: '协会' }, industryRdRatioBp: 300, cityAverageRdRatioBp: 280 },
      projects: [{ kind: 'self-run', year: 2024, status: 'in-progress', id: 'P1', subsidyTotal: 400_000 }, { kind: 'self-run', year: 2024, status: 'in-progress', id: 'P2', subsidyTotal: 300_000 }],
      disbursements: [{ amount: 500_000, year: 2024, basis: 'complex-subsidy' }, { amount: 240_001, year: 2024, basis: 'project-subsidy', projectId: 'P1' }],
      evaluations: [{ year: 2024, grade: 'good', kind: 'annual' }],
    }
    const items = checkAll(facts)
    expect(items.some((i) => i.ruleId === 'cx.lead.revenue-400m')).toBe(false)
    expect(item(items, 'cx.complex.cultivation')?.status).toBe('pass')
    expect(item(items, 'cx.complex.creation')?.status).toBe('not-applicable')
    expect(item(items, 'cx.complex.subsidy-cap')?.status).toBe('pass')
    expect(item(items, 'cx.project.first-installment-60pct')?.status).toBe('fail')
    expect(item(items, 'cx.project.subsidy-cap')?.status).toBe('pass')
    expect(item(items, 'cx.selfrun.town.per-year-1')?.status).toBe('fail')
    expect(item(items, 'cx.selfrun.town.concurrent-2')?.status).toBe('pass')
    expect(item(items, 'cx.selfrun.city.per-year-3')?.status).toBe('not-applicable')
    expect(item(items, 'cx.recommend.per-year-2')?.status).toBe('pass')
    expect(item(items, 'cx.eval.annual')?.status).toBe('pass')
    // No third-party evaluation yet: no data, never a pass.
    expect(item(items, 'cx.eval.3y-third-party')?.status).toBe('not-yet-applicable')
    const s = checklistSummary(items)
    expect(Object.values(s).reduce((a, b) => a + b, 0)).toBe(items.length)
  })

  it('cx consortium: lead rules only', () => {
    const items = checkAll({
      policySet: 'cx-complex', carrierKind: 'consortium', submittedOn: '2024-04-01', members: [],
      lead: { kind: 'enterprise', platforms: ['provincial-tech-centre'], hasNingboProject: true, figures: [{ year: 2023, revenue: 500_000_000, rdSpend: 17_500_000 }] },
    })
    expect(items.map((i) => i.ruleId).sort()).toEqual(['cx.eval.3y-third-party', 'cx.lead.platform', 'cx.lead.rd-intensity-3.5pct', 'cx.lead.revenue-400m'])
    expect(items.filter((i) => i.status === 'pass')).toHaveLength(3)
  })

  it('Weihai: peer experts when given; registration overridable', () => {
    const items = checkAll({
      policySet: 'wh-consortium-2022', submittedOn: '2024-04-01',
      lead: { kind: 'enterprise', platforms: [], figures: [], registeredIn: '青岛' },
      members: [{ role: 'lead', signedAgreement: true }], agreements: [{ kind: 'formation' }],
      governance: { council: { chairIsLeadHead: true, memberUnitHeadsIncluded: false }, operationsTeam: true },
      peerExperts: [{ title: 'senior', disciplineMatch: 'same' }],
      overrides: [{ ruleId: 'wh.lead.registered-weihai', by: 'officer', reason: '在威海设立全资子公司承担', at: '2024-04-02' }, { ruleId: 'wh.review.peer-experts-min-3', by: 'officer', reason: 'x', at: '2024-04-02' }],
    })
    expect(item(items, 'wh.lead.registered-weihai')?.status).toBe('overridden')
    expect(item(items, 'wh.review.peer-experts-min-3')?.status).toBe('fail')
    expect(item(items, 'wh.governance.council')?.status).toBe('pass')
    expect(item(items, 'agreement.signed-by-all-members')?.status).toBe('pass')
  })

  it('needs a date', () => {
    expect(() => checkAll({ ...nbFacts(), submittedOn: undefined })).toThrow(RangeError)
  })
})
