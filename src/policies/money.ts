/**
 * Money: integers in 元 (yuan), integer arithmetic only. Percentages round down (in the payer's favour).
 */

export const WAN = 10_000
export const YI = 100_000_000

export class MoneyError extends RangeError {
  constructor(message: string) {
    super(message)
    this.name = 'MoneyError'
  }
}

/** Throws unless n is a safe integer (optionally non-negative). Returns n for chaining. */
export function assertYuan(n: unknown, what = 'amount', opts: { nonNegative?: boolean } = {}): number {
  if (typeof n !== 'number' || !Number.isSafeInteger(n)) {
    throw new MoneyError(`${what} must be a safe integer number of 元, got ${String(n)}`)
  }
  if (opts.nonNegative && n < 0) throw new MoneyError(`${what} must not be negative, got ${n}`)
  return n
}

/** floor(amount × numerator / denominator) for non-negative integers, exact (BigInt inside, no floats). */
export function mulDivFloor(amount: number, numerator: number, denominator: number): number {
  assertYuan(amount, 'amount', { nonNegative: true })
  if (!Number.isSafeInteger(numerator) || numerator < 0) throw new MoneyError(`bad numerator ${numerator}`)
  if (!Number.isSafeInteger(denominator) || denominator <= 0) throw new MoneyError(`bad denominator ${denominator}`)
  const r = (BigInt(amount) * BigInt(numerator)) / BigInt(denominator)
  return Number(r)
}

/** floor(amount × pct / 100), e.g. percentOf(20_000_000, 30) = 6_000_000. */
export function percentOf(amount: number, pct: number): number {
  return mulDivFloor(amount, pct, 100)
}

/** floor(amount × bp / 10000) for a share in basis points. */
export function basisPointsOf(amount: number, bp: number): number {
  return mulDivFloor(amount, bp, 10_000)
}

/** Sum of integer amounts; throws if any is not a safe integer or the sum overflows. */
export function sumYuan(amounts: readonly number[]): number {
  let s = 0
  for (const a of amounts) {
    assertYuan(a)
    s += a
    if (!Number.isSafeInteger(s)) throw new MoneyError('sum exceeds the safe integer range')
  }
  return s
}

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** 1234567 → "1,234,567" */
export function formatNumber(n: number): string {
  assertYuan(n, 'number')
  return (n < 0 ? '-' : '') + group(String(Math.abs(n)))
}

/** 1234567 → "1,234,567元" */
export function formatYuan(n: number): string {
  return `${formatNumber(n)}元`
}

/** 1234567 → "1,234,567 yuan" (English messages) */
export function formatYuanEn(n: number): string {
  return `${formatNumber(n)} yuan`
}

/**
 * 20_000_000 → "2,000万元"; 125_000 → "12.5万元"; 1_234_567 → "123.4567万元".
 * Whole 万 get no decimals; otherwise up to 4 decimals, trailing zeros dropped. Exact (string arithmetic).
 */
export function formatWan(n: number): string {
  assertYuan(n, 'amount')
  const abs = Math.abs(n)
  const whole = Math.floor(abs / WAN)
  const rest = abs % WAN
  const sign = n < 0 ? '-' : ''
  if (rest === 0) return `${sign}${group(String(whole))}万元`
  const decimals = String(rest).padStart(4, '0').replace(/0+$/, '')
  return `${sign}${group(String(whole))}.${decimals}万元`
}
