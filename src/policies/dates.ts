/**
 * ISO calendar dates (YYYY-MM-DD) as strings: compared as strings, computed in UTC. No time zones, no libraries.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/

export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string') return false
  const m = ISO.exec(s)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.toISOString().slice(0, 10) === s
}

export function assertIsoDate(s: unknown, what = 'date'): string {
  if (!isIsoDate(s)) throw new RangeError(`${what} must be an ISO date YYYY-MM-DD, got ${String(s)}`)
  return s
}

export function yearOf(iso: string): number {
  return Number(assertIsoDate(iso).slice(0, 4))
}

function toUtc(iso: string): Date {
  const [y, m, d] = assertIsoDate(iso).split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d))
}

function fromUtc(d: Date): string {
  return d.toISOString().slice(0, 10)
}

export function addDays(iso: string, n: number): string {
  const d = toUtc(iso)
  d.setUTCDate(d.getUTCDate() + n)
  return fromUtc(d)
}

/** Same month and day n years later; 29 February becomes 28 February in a common year. */
export function addYears(iso: string, n: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  const target = new Date(Date.UTC(y + n, m - 1, 1))
  const lastDay = new Date(Date.UTC(y + n, m, 0)).getUTCDate()
  target.setUTCDate(Math.min(d, lastDay))
  return fromUtc(target)
}

export function isWorkingDay(iso: string): boolean {
  const wd = toUtc(iso).getUTCDay()
  return wd !== 0 && wd !== 6
}

/**
 * The date n working days (Monday–Friday) after isoDate. No holiday calendar: statutory holidays and the
 * adjusted weekend working days (调休) of China are NOT taken into account. n = 0 returns the date itself.
 */
export function addWorkingDays(isoDate: string, n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`working days must be a non-negative integer, got ${n}`)
  let d = assertIsoDate(isoDate)
  let left = n
  while (left > 0) {
    d = addDays(d, 1)
    if (isWorkingDay(d)) left--
  }
  return d
}

export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
