import { describe, it, expect } from 'vitest'
import {
  evaluationConsequence, selfReportDeadline, isSelfReportOverdue, checkSelfReport, nbThreeYearAssessmentDue, checkTicTargets,
  type EvaluationRecord, type Grade, type RuleId, type RuleResult, type TicFigures,
} from '../../../src/policies'

const a = (year: number, grade: Grade): EvaluationRecord => ({ year, grade, kind: 'annual' })

describe('tic.eval.two-fails-delist (五（四）)', () => {
  const c = (h: EvaluationRecord[]) => evaluationConsequence('nb-tic-2022', h)
  it('two consecutive failed annual evaluations → delist', () => {
    const r = c([a(2023, 'fail'), a(2024, 'fail')])
    expect(r.action).toBe('delist')
    expect(r.ruleId).toBe('tic.eval.two-fails-delist')
    expect(r.message.zh).toContain('[tic.eval.two-fails-delist]')
    expect(r.message.zh).toContain('五（四）')
  })
  it('non-consecutive fails → continue', () => {
    expect(c([a(2022, 'fail'), a(2023, 'good'), a(2024, 'fail')]).action).toBe('continue')
    expect(c([a(2024, 'fail')]).action).toBe('continue')
    expect(c([a(2022, 'fail'), a(2023, 'fail'), a(2024, 'fair')]).action).toBe('continue')
  })
  it('order of the history does not matter', () => {
    expect(c([a(2024, 'fail'), a(2021, 'good'), a(2023, 'fail')]).action).toBe('delist')
  })
  it('failed final acceptance → cancel; passed → continue', () => {
    expect(c([a(2027, 'good'), { year: 2027, grade: 'fail', kind: 'final-acceptance' }]).action).toBe('cancel')
    expect(c([{ year: 2027, grade: 'fair', kind: 'final-acceptance' }]).action).toBe('continue')
  })
})

describe('cx.eval.annual and cx.eval.3y-third-party', () => {
  const c = (h: EvaluationRecord[]) => evaluationConsequence('cx-complex', h)
  it.each([
    ['fail', 'delist'], ['fair', 'continue'], ['good', 'continue'], ['excellent', 'continue'],
  ] as const)('annual %s → %s', (g, action) => {
    const r = c([a(2024, g)])
    expect(r.action).toBe(action)
    expect(r.ruleId).toBe('cx.eval.annual')
  })
  it.each([
    ['excellent', 'continue'], ['good', 'continue'], ['fair', 'delist'], ['fail', 'delist'],
  ] as const)('third-party 3-year %s → %s', (g, action) => {
    const r = c([a(2023, 'good'), { year: 2024, grade: g, kind: 'third-party-3y' }])
    expect(r.action).toBe(action)
    expect(r.ruleId).toBe('cx.eval.3y-third-party')
  })
})

describe('zj.eval.self-report-january (四（五）)', () => {
  it('excellent → rolling support; poor → adjust or terminate; else continue', () => {
    expect(evaluationConsequence('zj-consortium', [a(2024, 'excellent')]).action).toBe('rolling-support')
    expect(evaluationConsequence('zj-consortium', [a(2024, 'fail')]).action).toBe('terminate-or-adjust')
    expect(evaluationConsequence('zj-consortium', [a(2024, 'good')]).action).toBe('continue')
    expect(evaluationConsequence('zj-consortium', [a(2024, 'fail')]).ruleId).toBe('zj.eval.self-report-january')
  })
  it('the report on 2024 is due by 2025-01-31', () => {
    expect(selfReportDeadline(2025)).toBe('2025-01-31')
    expect(isSelfReportOverdue(2024, '2025-01-31')).toBe(false)
    expect(isSelfReportOverdue(2024, '2025-02-01')).toBe(true)
    expect(isSelfReportOverdue(2024, '2025-03-01', '2025-01-31')).toBe(false)
    expect(isSelfReportOverdue(2024, '2025-03-01', '2025-02-01')).toBe(true)
    const r = checkSelfReport(2024, '2025-02-01')
    expect(r.status).toBe('fail')
    if (r.status === 'fail') expect(r.violation.message.zh).toContain('2025-01-31')
  })
})

describe('nb.eval.annual-3y (四（二）)', () => {
  it('assessment after the three annual reports', () => {
    expect(nbThreeYearAssessmentDue('2021-04-07', [{ year: 2021 }, { year: 2022 }])).toMatchObject({ due: false, missingYears: [2023], dueYear: 2024 })
    expect(nbThreeYearAssessmentDue('2021-04-07', [{ year: 2021 }, { year: 2022 }, { year: 2023 }])).toMatchObject({ due: true, reportYears: [2021, 2022, 2023], ruleId: 'nb.eval.annual-3y' })
  })
  it('a failed evaluation is referred for adjustment (no consequence in the text)', () => {
    expect(evaluationConsequence('nb-consortium-2021', [a(2022, 'fail')]).action).toBe('adjust')
    expect(evaluationConsequence('nb-consortium-2021', [a(2022, 'good')]).action).toBe('continue')
  })
  it('Weihai sets no consequence', () => expect(evaluationConsequence('wh-consortium-2022', [a(2022, 'fail')]).ruleId).toBeNull())
})

describe('TIC targets 二（五）（六）（十）', () => {
  const st = (rs: RuleResult[], id: RuleId) => rs.find((r) => r.ruleId === id)?.status
  const two: TicFigures = { totalInvestment: 100_000_000, staff: 100, highLevelTeams: 2 }
  const five: TicFigures = { totalInvestment: 200_000_000, staff: 300, highLevelTeams: 5, industrialisationBases: 1, partnerFirms: 20, spinOffs: 5, firmsServed: 100 }
  it('not applicable before the 2-year mark', () => {
    const rs = checkTicTargets('2023-03-15', '2025-03-14', {})
    expect(rs.every((r) => r.status === 'not-applicable')).toBe(true)
  })
  it('2-year thresholds from the 2nd anniversary: exactly passes, one under fails', () => {
    const rs = checkTicTargets('2023-03-15', '2025-03-15', two)
    expect(st(rs, 'tic.target.investment')).toBe('pass')
    expect(st(rs, 'tic.target.staff')).toBe('pass')
    expect(st(rs, 'tic.target.ecosystem')).toBe('not-applicable')
    expect(st(checkTicTargets('2023-03-15', '2025-03-15', { ...two, totalInvestment: 99_999_999 }), 'tic.target.investment')).toBe('fail')
    expect(st(checkTicTargets('2023-03-15', '2025-03-15', { ...two, staff: 99 }), 'tic.target.staff')).toBe('fail')
    expect(st(checkTicTargets('2023-03-15', '2025-03-15', { ...two, highLevelTeams: 1 }), 'tic.target.staff')).toBe('fail')
  })
  it('the 原则上 targets are overridable, the ecosystem is not', () => {
    const r = checkTicTargets('2023-03-15', '2025-03-15', { ...two, totalInvestment: 1 }).find((x) => x.ruleId === 'tic.target.investment')
    expect(r?.status === 'fail' && r.violation.severity).toBe('overridable')
    expect(r?.status === 'fail' && r.violation.message.zh).toContain('10,000万元')
  })
  it('5-year thresholds and the ecosystem at the end of construction', () => {
    expect(checkTicTargets('2023-03-15', '2028-03-15', five).every((r) => r.status === 'pass')).toBe(true)
    expect(st(checkTicTargets('2023-03-15', '2028-03-15', { ...five, totalInvestment: 199_999_999 }), 'tic.target.investment')).toBe('fail')
    expect(st(checkTicTargets('2023-03-15', '2028-03-15', { ...five, staff: 299 }), 'tic.target.staff')).toBe('fail')
    for (const k of ['industrialisationBases', 'partnerFirms', 'spinOffs', 'firmsServed'] as const) {
      const r = checkTicTargets('2023-03-15', '2028-03-15', { ...five, [k]: (five[k] ?? 0) - 1 }).find((x) => x.ruleId === 'tic.target.ecosystem')
      expect(r?.status).toBe('fail')
      expect(r?.status === 'fail' && r.violation.severity).toBe('block')
    }
    expect(st(checkTicTargets('2023-03-15', '2028-03-14', two), 'tic.target.ecosystem')).toBe('not-applicable')
  })
})
