// Dates and register parameters of the public pages: China's calendar day whatever the server's zone.
import { describe, expect, it } from 'vitest'

import { chinaDayOf, chinaToday, daysBetween, formatDateZh, isoDayRange } from '../../../src/lib/labels'
import { noticeDaysLeft, noticePhase, parseRegisterQuery, registerHref } from '../../../src/lib/public-records'

describe('dates on the public pages', () => {
  it.each([
    ['2026-11-22T00:00:00.000Z', '2026-11-22', '2026年11月22日'],
    // Midnight in China, as the admin's date picker stores it: still the 22nd.
    ['2026-11-21T16:00:00.000Z', '2026-11-22', '2026年11月22日'],
    ['2026-11-21T15:59:59.999Z', '2026-11-21', '2026年11月21日'],
    ['2026-01-05', '2026-01-05', '2026年1月5日'],
  ])('%s is %s in China, written %s', (stored, day, written) => {
    expect(chinaDayOf(stored)).toBe(day)
    expect(formatDateZh(stored)).toBe(written)
  })

  it('has no date for nothing or nonsense', () => {
    expect(chinaDayOf(null)).toBeNull()
    expect(chinaDayOf('')).toBeNull()
    expect(chinaDayOf('not a date')).toBeNull()
    expect(formatDateZh(undefined)).toBe('—')
  })

  it("today is China's today: 23:30 UTC is already tomorrow in China", () => {
    expect(chinaToday(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23')
    expect(chinaToday(new Date('2026-11-22T15:30:00Z'))).toBe('2026-11-22')
  })

  it('counts whole days and bounds China days in instants', () => {
    expect(daysBetween('2026-11-16', '2026-11-20')).toBe(4)
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3)
    expect(daysBetween('2026-11-20', '2026-11-16')).toBe(-4)
    expect(isoDayRange('2026-01-01', '2026-12-31')).toEqual({ from: '2025-12-31T16:00:00.000Z', to: '2026-12-31T16:00:00.000Z' })
  })
})

describe('notice state', () => {
  it.each([
    ['public-notice', '2026-11-20', '2026-11-16', 'open', 4],
    ['public-notice', '2026-11-20', '2026-11-20', 'open', 0],
    ['public-notice', '2026-11-20', '2026-11-21', 'ended', null],
    ['objection', '2026-11-20', '2026-11-18', 'objection', 2],
  ] as const)('%s ending %s, on %s: %s, %s days left', (status, endsOn, today, phase, left) => {
    expect(noticePhase(status, endsOn, today)).toBe(phase)
    expect(noticeDaysLeft(endsOn, today)).toBe(left)
  })
})

describe('register parameters', () => {
  it('reads what it knows and drops the rest', () => {
    expect(parseRegisterQuery({ q: ' 材料 ', kind: 'tic', policySet: 'nb-tic-2022', district: '12', year: '2026', sort: 'oldest', page: '3' })).toEqual({
      q: '材料', kind: 'tic', policySet: 'nb-tic-2022', district: '12', year: 2026, sort: 'oldest', page: 3,
    })
    expect(parseRegisterQuery({ q: '', kind: 'spaceship', policySet: 'x', district: "1' OR '1", year: '99999', sort: 'random', page: '0' })).toEqual({ sort: 'newest', page: 1 })
    expect(parseRegisterQuery({ page: ['2', '5'] }).page).toBe(2)
    expect(parseRegisterQuery({ q: '长'.repeat(80) }).q).toHaveLength(50)
  })

  it('writes a URL with only what differs from the first page', () => {
    expect(registerHref(parseRegisterQuery({}))).toBe('/')
    expect(registerHref({ ...parseRegisterQuery({ kind: 'complex' }), page: 2 })).toBe('/?kind=complex&page=2')
  })
})
