import { describe, expect, it } from 'vitest'

import { evaluationState, installmentDue, queueFor, reviewOverdue, waitedLabel, waiting, waitsForRole } from '../../../src/policies'

describe('whose turn an application is', () => {
  it('a submitted TIC plan waits for the city bureau, not for the district', () => {
    expect(waitsForRole('nb-tic-2022', 'submitted', 'city-officer')).toBe(true)
    expect(waitsForRole('nb-tic-2022', 'submitted', 'district-officer')).toBe(false)
  })
  it('a Ningbo consortium in district review waits for the district; the city only once recommended', () => {
    expect(waitsForRole('nb-consortium-2021', 'district-review', 'district-officer')).toBe(true)
    expect(waitsForRole('nb-consortium-2021', 'district-review', 'city-officer')).toBe(false)
    expect(waitsForRole('nb-consortium-2021', 'recommended', 'city-officer')).toBe(true)
  })
  it('notices, drafts and operating carriers are not in the review queue', () => {
    for (const state of ['public-notice', 'draft', 'recognized', 'in-construction', 'under-evaluation'] as const) expect(waitsForRole('nb-tic-2022', state, 'city-officer')).toBe(false)
  })
  it('only return or reject available does not make it the office’s turn', () => {
    // wh formal-check: the city passes it (forward), so it waits for the city; district has no transition there.
    expect(waitsForRole('wh-consortium-2022', 'formal-check', 'city-officer')).toBe(true)
    expect(queueFor(['cx-complex'], 'district-officer')).toEqual([])
    expect(queueFor(['cx-complex'], 'city-officer')[0]!.states).toEqual(['submitted', 'expert-review', 'reviewed'])
  })
})

describe('what is late', () => {
  it('a review is overdue after 14 days unsubmitted', () => {
    expect(reviewOverdue({ submitted: false, openedOn: '2026-11-01' }, '2026-11-15')).toBe(false)
    expect(reviewOverdue({ submitted: false, openedOn: '2026-11-01' }, '2026-11-16')).toBe(true)
    expect(reviewOverdue({ submitted: true, openedOn: '2026-01-01' }, '2026-11-16')).toBe(false)
  })
  it('a self-report is due within 30 days of its deadline and overdue after it', () => {
    expect(evaluationState({ dueOn: '2027-01-31' }, '2026-11-23')).toBeNull()
    expect(evaluationState({ dueOn: '2026-12-20' }, '2026-11-23')).toBe('due')
    expect(evaluationState({ dueOn: '2026-11-22' }, '2026-11-23')).toBe('overdue')
    expect(evaluationState({ dueOn: '2026-11-22', submittedOn: '2026-11-20' }, '2026-11-23')).toBeNull()
    expect(evaluationState({ overdue: true }, '2026-11-23')).toBe('overdue')
  })
})

describe('project installments (Cixi: 60% first, the remaining 40% after acceptance)', () => {
  const base = { status: 'in-progress', subsidyTotal: 1_000_000, createdOn: '2026-03-01', paid: [] as ('first' | 'remainder' | 'annual')[] }
  it('the first installment is due from the project’s start', () => {
    expect(installmentDue(base)).toEqual({ installment: 'first', since: '2026-03-01' })
  })
  it('the remainder is due from acceptance, not before', () => {
    expect(installmentDue({ ...base, paid: ['first'] })).toBeNull()
    expect(installmentDue({ ...base, status: 'accepted', acceptedOn: '2026-10-10', paid: ['first'] })).toEqual({ installment: 'remainder', since: '2026-10-10' })
    expect(installmentDue({ ...base, status: 'accepted', acceptedOn: '2026-10-10', paid: ['first', 'remainder'] })).toBeNull()
  })
  it('nothing is due for a failed project or one without a subsidy', () => {
    expect(installmentDue({ ...base, status: 'failed' })).toBeNull()
    expect(installmentDue({ ...base, subsidyTotal: 0 })).toBeNull()
  })
})

describe('how long it has waited', () => {
  it('counts every item and measures the oldest', () => {
    expect(waiting(['2026-11-20', null, '2026-11-10'], '2026-11-23')).toEqual({ count: 3, since: '2026-11-10', waitedDays: 13 })
    expect(waiting([], '2026-11-23')).toEqual({ count: 0, since: null, waitedDays: null })
  })
  it('says it in Chinese first', () => {
    expect(waitedLabel(13, 'zh')).toBe('最久已等待 13 天')
    expect(waitedLabel(1, 'en')).toBe('oldest waiting 1 day')
    expect(waitedLabel(0, 'zh')).toBe('今天')
  })
})
