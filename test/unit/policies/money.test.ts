import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { formatYuan, formatWan, formatYuanEn, percentOf, mulDivFloor, assertYuan, MoneyError, sumYuan, basisPointsOf } from '../../../src/policies'

describe('money formatting', () => {
  it.each([
    [0, '0元'],
    [1, '1元'],
    [999, '999元'],
    [1000, '1,000元'],
    [1_234_567, '1,234,567元'],
    [-1_234_567, '-1,234,567元'],
  ])('formatYuan(%i) = %s', (n, s) => expect(formatYuan(n)).toBe(s))

  it.each([
    [20_000_000, '2,000万元'],
    [6_000_000, '600万元'],
    [10_000, '1万元'],
    [125_000, '12.5万元'],
    [1_234_567, '123.4567万元'],
    [1, '0.0001万元'],
    [1_000_000_000, '100,000万元'],
    [0, '0万元'],
    [-150_000, '-15万元'],
  ])('formatWan(%i) = %s', (n, s) => expect(formatWan(n)).toBe(s))

  it('formats English amounts', () => expect(formatYuanEn(20_000_000)).toBe('20,000,000 yuan'))

  it('refuses floats and unsafe integers', () => {
    expect(() => formatYuan(1.5)).toThrow(MoneyError)
    expect(() => assertYuan(Number.MAX_SAFE_INTEGER + 1)).toThrow(MoneyError)
    expect(() => assertYuan(-1, 'x', { nonNegative: true })).toThrow(MoneyError)
    expect(() => sumYuan([Number.MAX_SAFE_INTEGER, 1])).toThrow(MoneyError)
  })
})

describe('integer percentages round down', () => {
  it('30% of 20,000,000 is 6,000,000', () => expect(percentOf(20_000_000, 30)).toBe(6_000_000))
  it('30% of 1,000,001 rounds down', () => expect(percentOf(1_000_001, 30)).toBe(300_000))
  it('60% of 333,333 rounds down', () => expect(percentOf(333_333, 60)).toBe(199_999))
  it('basis points', () => expect(basisPointsOf(10_001, 3000)).toBe(3000))
  it('property: floor(a*p/100) ≤ exact share < floor + 1, without floats', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 50 }), fc.integer({ min: 0, max: 100 }), (a, p) => {
      const r = mulDivFloor(a, p, 100)
      expect(Number.isSafeInteger(r)).toBe(true)
      expect(BigInt(r) * 100n <= BigInt(a) * BigInt(p)).toBe(true)
      expect((BigInt(r) + 1n) * 100n > BigInt(a) * BigInt(p)).toBe(true)
    }))
  })
  it('property: formatWan round-trips to the integer', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 50 }), (n) => {
      const s = formatWan(n).replace('万元', '').replace(/,/g, '')
      const [w, d = ''] = s.split('.')
      expect(BigInt(w!) * 10000n + BigInt(d.padEnd(4, '0') || '0')).toBe(BigInt(n))
    }))
  })
})
