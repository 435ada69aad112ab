// The facts the rules stand on: China's working days, programme windows, money that follows status, reversals,
// uses of funds, project facts, corrections, conflicts, objections, TIC figures, and no pass without facts.
import { describe, expect, it } from 'vitest'

import {
  addWorkingDays, buildCalendar, checkAll, checkApplicationDate, checkCorrection, checkExpertConflicts, checkFundable, checkFundUseRecord,
  checkObjection, checkProgramWindow, checkProjectFacts, checkReversal, citeZh, effectivePayments, FUND_USE_CATEGORIES, isWorkingDay, ledgerTotal,
  noticeEnded, noticeEndsOn, POLICY_SETS, RULE_IDS, rulesOfSet, ruleFor, ticFiguresAsOf, unknownYears, WEEKDAYS_ONLY, type ApplicationFacts, type LedgerEntry, type PolicySetId, type RuleId,
} from '../../../src/policies'
import { chinaCalendar, PACKAGE_CALENDAR } from '../../../src/lib/china-calendar'

describe("China's working days (package data, admin entries on top)", () => {
  it.each([
    // 国庆 2026: 10-01..10-07 off, Saturday 10-10 worked
    ['2026-09-30', 5, '2026-10-12', '2026-10-06'],
    ['2026-10-01', 5, '2026-10-13', '2026-10-07'],
    ['2026-10-09', 2, '2026-10-10', '2026-10-12'],
    // 春节 2026: 02-15..02-23 off, Saturdays 02-14 and 02-28 worked
    ['2026-02-13', 5, '2026-02-26', '2026-02-19'],
    ['2026-02-14', 1, '2026-02-14', '2026-02-16'],
    ['2026-02-16', 5, '2026-02-28', '2026-02-20'],
    // an ordinary week
    ['2026-11-23', 5, '2026-11-27', '2026-11-27'],
  ])('a %s notice of %i working days ends on %s (Mon–Fri alone would say %s)', (start, days, expected, weekdaysOnly) => {
    expect(noticeEndsOn(start, days, PACKAGE_CALENDAR)).toBe(expected)
    expect(noticeEndsOn(start, days, WEEKDAYS_ONLY)).toBe(weekdaysOnly)
  })

  it('knows the holidays and the worked weekend days', () => {
    expect(isWorkingDay('2026-10-01', PACKAGE_CALENDAR)).toBe(false)
    expect(isWorkingDay('2026-10-10', PACKAGE_CALENDAR)).toBe(true) // a Saturday worked (调休)
    expect(isWorkingDay('2026-02-28', PACKAGE_CALENDAR)).toBe(true)
    expect(isWorkingDay('2026-02-18', PACKAGE_CALENDAR)).toBe(false)
    expect(addWorkingDays('2026-09-30', 1, PACKAGE_CALENDAR)).toBe('2026-10-08')
    expect(PACKAGE_CALENDAR.knownYears.has(2026)).toBe(true)
  })

  it("an administrator's entries make an unknown year known and override the package day by day", () => {
    const year = Math.max(...PACKAGE_CALENDAR.knownYears) + 1
    expect(unknownYears(PACKAGE_CALENDAR, `${year}-01-01`, `${year}-01-10`)).toEqual([year])
    const cal = chinaCalendar([
      { date: `${year}-01-01`, kind: 'holiday' },
      { date: '2026-10-08', kind: 'holiday' }, // a correction of a known year
    ])
    expect(cal.knownYears.has(year)).toBe(true)
    expect(isWorkingDay(`${year}-01-01`, cal)).toBe(false)
    expect(isWorkingDay('2026-10-08', cal)).toBe(false)
    expect(addWorkingDays('2026-09-30', 1, cal)).toBe('2026-10-09')
    expect(buildCalendar([{ date: '2026-01-01', kind: 'holiday' }], [{ date: '2026-01-01', kind: 'workday' }]).workdays.has('2026-01-01')).toBe(true)
  })

  it('a notice has ended the day after its last day', () => {
    expect(noticeEnded('2026-10-12', '2026-10-12')).toBe(false)
    expect(noticeEnded('2026-10-12', '2026-10-13')).toBe(true)
    expect(noticeEnded(null, '2026-10-13')).toBe(false)
  })
})

describe('programme windows and received-on dates', () => {
  const program = { title: '2020年批次', opensOn: '2020-03-01', closesOn: '2020-12-31' }
  it.each([
    ['2020-02-29', false],
    ['2020-03-01', true],
    ['2020-12-31', true],
    ['2021-01-01', false],
  ])('on %s the window is open: %s', (date, open) => {
    const v = checkProgramWindow('nb-tic-2022', program, date)
    expect(v.length === 0).toBe(open)
    if (!open) expect(v[0]).toMatchObject({ ruleId: 'guard.program-open', actual: date })
  })

  it('the policy set must also be in force on the application date (Weihai until 2025-06-28)', () => {
    const wh = { title: '威海备案', opensOn: '2025-01-01', closesOn: '2025-12-31' }
    expect(checkApplicationDate({ policySet: 'wh-consortium-2022', program: wh, date: '2025-06-28' })).toEqual([])
    const late = checkApplicationDate({ policySet: 'wh-consortium-2022', program: wh, date: '2025-06-29' })
    expect(late.map((v) => v.ruleId)).toEqual(['guard.policy-in-force'])
    expect(late[0]!.message.zh).toContain('2025-06-28')
  })
})

describe('money follows status, on the bases a set pays', () => {
  it.each([
    ['nb-tic-2022', 'tic', 'in-construction', 'capability-investment', []],
    ['nb-tic-2022', 'tic', 'under-evaluation', 'creation-grant', []],
    ['nb-tic-2022', 'tic', 'draft', 'capability-investment', ['guard.funded-state']],
    ['nb-tic-2022', 'tic', 'government-decision', 'capability-investment', ['guard.funded-state']],
    ['nb-tic-2022', 'tic', 'in-construction', 'complex-subsidy', ['guard.basis-of-set']],
    ['cx-complex', 'complex', 'draft', 'complex-subsidy', ['guard.funded-state']],
    ['cx-complex', 'complex', 'returned', 'complex-subsidy', ['guard.funded-state']],
    ['cx-complex', 'complex', 'rejected', 'project-subsidy', ['guard.funded-state']],
    ['cx-complex', 'complex', 'recognized', 'complex-subsidy', []],
    ['cx-complex', 'consortium', 'recognized', 'complex-subsidy', ['guard.basis-of-set', 'guard.funded-state'].slice(0, 1)],
    ['zj-consortium', 'consortium', 'recognized', 'complex-subsidy', ['guard.basis-of-set', 'guard.funded-state']],
    // delisted / cancelled: refused by the caps' own rule (tic.funds.recovery, cx.eval.annual), not twice
    ['nb-tic-2022', 'tic', 'delisted', 'capability-investment', []],
  ] as const)('%s %s in %s on %s → %j', (ps, kind, status, basis, expected) => {
    expect(checkFundable(ps, kind, status, basis).map((v) => v.ruleId)).toEqual(expected)
  })
})

describe('reversing entries: nothing is deleted, totals come from the entries', () => {
  const ledger: LedgerEntry[] = [
    { id: '1', amount: 1_000_000, year: 2026, basis: 'capability-investment' },
    { id: '2', amount: 1, year: 2026, basis: 'capability-investment' },
    { id: '3', amount: 1, year: 2026, basis: 'capability-investment', reverses: '2' },
  ]
  it('a reversal and the payment it reverses drop out of the effective payments and the total', () => {
    expect(effectivePayments(ledger).map((e) => e.id)).toEqual(['1'])
    expect(ledgerTotal(ledger)).toBe(1_000_000)
    expect(ledgerTotal(ledger.slice(0, 2))).toBe(1_000_001)
  })
  it('refuses a second reversal, a reversal of a reversal, a missing payment and a missing reason', () => {
    expect(checkReversal('nb-tic-2022', ledger[0], ledger, '付款凭证金额录入错误，冲正')).toEqual([])
    expect(checkReversal('nb-tic-2022', ledger[1], ledger, '付款凭证金额录入错误，冲正')[0]!.message.zh).toContain('已冲正')
    expect(checkReversal('nb-tic-2022', ledger[2], ledger, '付款凭证金额录入错误，冲正')[0]!.message.zh).toContain('不能再冲正')
    expect(checkReversal('nb-tic-2022', undefined, ledger, '付款凭证金额录入错误，冲正')[0]!.ruleId).toBe('guard.reversal')
    expect(checkReversal('nb-tic-2022', ledger[0], ledger, '错了')[0]!.message.zh).toContain('理由')
  })
})

describe('uses of funds (资金使用)', () => {
  it('refuses every forbidden use of a TIC’s fiscal funds with tic.funds.forbidden-uses, and only those', () => {
    for (const c of FUND_USE_CATEGORIES) {
      const v = checkFundUseRecord({ policySet: 'nb-tic-2022', source: 'fiscal', category: c.id, amount: 10_000 })
      expect(v.map((x) => x.ruleId)).toEqual(c.forbidden ? ['tic.funds.forbidden-uses'] : [])
      if (c.forbidden) expect(v[0]!.message.zh).toContain(c.zh)
      // own funds and other sets' records are recorded, not judged
      expect(checkFundUseRecord({ policySet: 'nb-tic-2022', source: 'own', category: c.id, amount: 10_000 })).toEqual([])
      expect(checkFundUseRecord({ policySet: 'cx-complex', source: 'fiscal', category: c.id, amount: 10_000 })).toEqual([])
    }
    expect(FUND_USE_CATEGORIES.filter((c) => c.forbidden).map((c) => c.id)).toEqual(['capital-construction', 'sponsorship', 'donation', 'investment', 'fines', 'debt-repayment'])
  })
})

describe('projects checked on creation', () => {
  const base = { today: '2026-11-23', subsidyTotal: 400_000 }
  it.each([
    ['cx-complex', 'complex', 'self-run', 2026, 400_000, []],
    ['cx-complex', 'complex', 'self-run', 2026, 400_001, ['cx.project.subsidy-cap']],
    ['cx-complex', 'complex', 'self-run', 2027, 400_000, ['guard.project-facts']],
    ['nb-tic-2022', 'tic', 'self-run', 2026, 100_000, ['guard.project-facts']],
    ['cx-complex', 'consortium', 'recommendation', 2026, null, ['guard.project-facts']],
    ['zj-consortium', 'consortium', 'jianbing', 2026, null, []],
    ['nb-consortium-2021', 'consortium', 'jianbing', 2026, null, ['guard.project-facts']],
    ['nb-tic-2022', 'tic', 'national', 2025, null, []],
  ] as const)('%s %s %s of %i with subsidy %s → %j', (policySet, carrierKind, kind, year, subsidyTotal, expected) => {
    expect(checkProjectFacts({ ...base, policySet, carrierKind, kind, year, subsidyTotal }).map((v) => v.ruleId)).toEqual(expected)
  })
})

describe('corrections of facts the workflow owns', () => {
  const base = {
    policySet: 'nb-tic-2022' as const,
    status: 'public-notice',
    today: '2026-10-05',
    reason: '公示结束日期录入错误，按工作日重新核定',
    current: { noticeStartsOn: '2026-09-30', noticeEndsOn: '2026-10-12' },
    noticeWorkingDays: 5,
    calendar: PACKAGE_CALENDAR,
  }
  it('never shortens a notice below its working days on China’s calendar', () => {
    const short = checkCorrection({ ...base, corrections: { noticeEndsOn: '2026-10-06' } })
    expect(short.violations.map((v) => v.ruleId)).toEqual(['guard.correction'])
    expect(short.violations[0]!.message.zh).toContain('2026-10-12')
    const longer = checkCorrection({ ...base, corrections: { noticeEndsOn: '2026-10-14' } })
    expect(longer.violations).toEqual([])
    expect(longer.changes).toEqual({ noticeEndsOn: { from: '2026-10-12', to: '2026-10-14' } })
  })
  it('needs a reason, a real change, a correctable field and a valid date', () => {
    expect(checkCorrection({ ...base, reason: '改', corrections: { noticeEndsOn: '2026-10-14' } }).violations[0]!.message.zh).toContain('理由')
    expect(checkCorrection({ ...base, corrections: { noticeEndsOn: '2026-10-12' } }).violations[0]!.message.zh).toContain('相同')
    expect(checkCorrection({ ...base, corrections: { status: 'recognized' } }).violations[0]!.message.zh).toContain('不能通过更正修改')
    expect(checkCorrection({ ...base, corrections: { noticeEndsOn: '2026-02-30' } }).violations[0]!.message.zh).toContain('无效')
  })
  it('keeps a recognition date between the application and today, and re-runs the deadline on a received-on date', () => {
    const recognised = { ...base, status: 'in-construction', submittedOn: '2026-03-02', current: { recognizedOn: '2026-06-01' } }
    expect(checkCorrection({ ...recognised, corrections: { recognizedOn: '2026-01-15' } }).violations[0]!.message.zh).toContain('不能早于申报日期')
    expect(checkCorrection({ ...recognised, corrections: { recognizedOn: '2026-12-01' } }).violations[0]!.message.zh).toContain('不能晚于今天')
    expect(checkCorrection({ ...recognised, corrections: { recognizedOn: '2026-05-20' } }).violations).toEqual([])
    expect(checkCorrection({ ...base, status: 'draft', corrections: { recognizedOn: '2026-05-20' } }).violations[0]!.message.zh).toContain('尚未认定')
    const program = { title: '2026年批次', opensOn: '2026-03-01', closesOn: '2026-06-30' }
    const late = checkCorrection({ ...base, status: 'submitted', program, corrections: { receivedOn: '2026-07-01' } })
    expect(late.violations.map((v) => v.ruleId)).toEqual(['guard.program-open'])
  })
})

describe('conflicts of interest at assignment', () => {
  it('refuses an expert of the lead unit or of a member unit, and no one else', () => {
    const experts = [
      { id: '1', name: '甲', organization: '10' },
      { id: '2', name: '乙', organization: '20' },
      { id: '3', name: '丙', organization: null },
      { id: '4', name: '丁', organization: '30' },
    ]
    const v = checkExpertConflicts('nb-tic-2022', experts, '10', ['20', '40'])
    expect(v.map((x) => [x.ruleId, x.actual])).toEqual([['guard.conflict-of-interest', '1'], ['guard.conflict-of-interest', '2']])
    expect(v[0]!.message.zh).toContain('牵头单位')
    expect(v[1]!.message.zh).toContain('成员单位')
  })
})

describe('objections name who, what and when', () => {
  it('needs an objector, a content and a date in the notice period', () => {
    expect(checkObjection('wh-consortium-2022', { objector: '某公司', content: '申报材料中的研发投入数据与审计报告不符' }, '2026-11-16', '2026-11-18')).toEqual([])
    const bad = checkObjection('wh-consortium-2022', { objector: ' ', content: '短', receivedOn: '2026-11-10' }, '2026-11-16', '2026-11-18')
    expect(bad.map((v) => v.ruleId)).toEqual(['guard.objection', 'guard.objection', 'guard.objection'])
  })
})

describe('TIC annual figures as of a date', () => {
  it('sums input over the years reported and takes the other figures from the latest year', () => {
    const rows = [
      { year: 2024, investment: 60_000_000, staff: 80, highLevelTeams: 1 },
      { year: 2025, investment: 50_000_000, staff: 120, highLevelTeams: 2, partnerFirms: 12 },
      { year: 2027, investment: 1, staff: 1 },
    ]
    expect(ticFiguresAsOf(rows, '2026-06-01')).toMatchObject({ totalInvestment: 110_000_000, staff: 120, highLevelTeams: 2, partnerFirms: 12 })
    expect(ticFiguresAsOf([], '2026-06-01')).toBeUndefined()
  })
})

describe('no false pass: every rule of every set, without its facts', () => {
  // A pass on empty data is honest only where the system itself is the record the rule counts: no payment
  // or project recorded means none exceeds the cap; the exemption follows from the recognition alone.
  const PASS_ON_EMPTY_LEDGER: Partial<Record<RuleId, string>> = {
    'tic.funding.annual-30pct': 'no payment recorded: none exceeds 30% of a year’s investment',
    'tic.funding.total-10m': 'no payment recorded: the total is 0',
    'tic.funding.first-year-5m': 'no payment recorded in year 1',
    'tic.funding.creation-years': 'no payment outside years 1–3',
    'cx.project.subsidy-cap': 'no project subsidy paid',
    'cx.project.first-installment-60pct': 'no installment paid',
    'cx.recommend.per-year-2': 'no recommendation recorded',
    'cx.recommend.concurrent-3': 'no recommendation in progress',
    'zj.lead.active-projects-max-3': 'no Jianbing/Lingyan project in progress',
    'nb.consortium.quota-exempt': 'the exemption follows from the recognition',
  }

  const empty = (policySet: PolicySetId, carrierKind: ApplicationFacts['carrierKind'], recognizedOn?: string): ApplicationFacts => ({
    policySet, carrierKind, today: '2026-06-01', recognizedOn, lead: { kind: 'enterprise', platforms: [], figures: [] }, members: [],
  })

  for (const policySet of Object.keys(POLICY_SETS) as PolicySetId[]) {
    for (const kind of POLICY_SETS[policySet].carrierKinds) {
      for (const recognizedOn of [undefined, '2024-03-01']) {
        it(`${policySet} (${kind}) ${recognizedOn ? 'after recognition' : 'as an application'}: no rule passes without its facts`, () => {
          const items = checkAll(empty(policySet, kind, recognizedOn))
          expect(items.map((i) => i.ruleId).sort()).toEqual(rulesOfSet(policySet, kind).map((r) => r.id).sort())
          for (const item of items) {
            if (item.status === 'pass') expect(PASS_ON_EMPTY_LEDGER[item.ruleId as RuleId], `${item.ruleId} passes without facts`).toBeDefined()
            if (item.status === 'not-yet-applicable') expect(item.reason?.zh.length).toBeGreaterThan(0)
          }
        })
      }
    }
  }

  it('every one of the 46 rules is enumerated by some set and kind', () => {
    const seen = new Set<string>()
    for (const ps of Object.keys(POLICY_SETS) as PolicySetId[]) for (const k of POLICY_SETS[ps].carrierKinds) for (const r of rulesOfSet(ps, k)) seen.add(r.id)
    expect([...seen].sort()).toEqual([...RULE_IDS].sort())
  })

  it('the facts-bearing rules turn live once their facts exist', () => {
    const tic = { ...empty('nb-tic-2022', 'tic', '2023-03-01'), today: '2026-06-01' }
    const live = checkAll({
      ...tic,
      expenses: [{ use: 'research-projects' }],
      evaluations: [{ year: 2024, grade: 'good', kind: 'annual' }],
      ticFigures: { totalInvestment: 250_000_000, staff: 320, highLevelTeams: 6 },
    })
    const status = (id: RuleId) => live.find((i) => i.ruleId === id)?.status
    expect(status('tic.funds.forbidden-uses')).toBe('pass')
    expect(status('tic.eval.two-fails-delist')).toBe('pass')
    expect(status('tic.target.investment')).toBe('pass')
    expect(status('tic.target.staff')).toBe('pass')
  })
})

describe('citations', () => {
  it('never presents the Cixi working title as the document’s name', () => {
    const c = ruleFor('cx.project.subsidy-cap', 'cx-complex').citation
    expect(citeZh(c)).toBe('慈溪市科学技术局综合体与联合体建设办法（工作标题）第十五条')
    expect(citeZh(c)).not.toMatch(/《/)
    expect(POLICY_SETS['cx-complex'].title.zh).toContain('工作标题')
    expect(citeZh(ruleFor('tic.funding.total-10m', 'nb-tic-2022').citation)).toBe('《宁波市技术创新中心建设工作指引（试行）》三（四）')
  })
})
