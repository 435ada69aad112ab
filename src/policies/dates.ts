/**
 * ISO calendar dates (YYYY-MM-DD) as strings: compared as strings, computed in UTC. A date here is already
 * China's calendar day (the callers convert timestamps with Asia/Shanghai); no time zones below this line.
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

/**
 * A working-day calendar: China's statutory holidays (节假日) and the weekend days that are worked instead
 * (调休上班), for the years it knows. Any other day is a working day from Monday to Friday.
 */
export interface WorkCalendar {
  holidays: ReadonlySet<string>
  workdays: ReadonlySet<string>
  /** the years whose holidays and worked weekend days are all in the calendar */
  knownYears: ReadonlySet<number>
}

/** Monday to Friday, no holidays: what the law says for a year nobody has entered yet. */
export const WEEKDAYS_ONLY: WorkCalendar = { holidays: new Set(), workdays: new Set(), knownYears: new Set() }

export interface CalendarEntry {
  date: string
  kind: 'holiday' | 'workday'
}

/**
 * A calendar from entries. `over` (an administrator's entries) overrides `base` (a maintained package's data)
 * day by day, and every year it mentions becomes a known year.
 */
export function buildCalendar(base: readonly CalendarEntry[], over: readonly CalendarEntry[] = []): WorkCalendar {
  const kind = new Map<string, CalendarEntry['kind']>()
  const knownYears = new Set<number>()
  for (const e of [...base, ...over]) {
    kind.set(assertIsoDate(e.date, 'calendar date'), e.kind)
    knownYears.add(yearOf(e.date))
  }
  const holidays = new Set<string>()
  const workdays = new Set<string>()
  for (const [date, k] of kind) (k === 'holiday' ? holidays : workdays).add(date)
  return { holidays, workdays, knownYears }
}

export function isWorkingDay(iso: string, calendar: WorkCalendar = WEEKDAYS_ONLY): boolean {
  if (calendar.holidays.has(iso)) return false
  if (calendar.workdays.has(iso)) return true
  const wd = toUtc(iso).getUTCDay()
  return wd !== 0 && wd !== 6
}

/**
 * The date n working days after isoDate, on the calendar given (default: Monday–Friday only, no holidays).
 * n = 0 returns the date itself.
 */
export function addWorkingDays(isoDate: string, n: number, calendar: WorkCalendar = WEEKDAYS_ONLY): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`working days must be a non-negative integer, got ${n}`)
  let d = assertIsoDate(isoDate)
  let left = n
  while (left > 0) {
    d = addDays(d, 1)
    if (isWorkingDay(d, calendar)) left--
  }
  return d
}

/** The years between two dates (inclusive) that the calendar does not know. */
export function unknownYears(calendar: WorkCalendar, from: string, to: string): number[] {
  const out: number[] = []
  for (let y = yearOf(from); y <= yearOf(to); y++) if (!calendar.knownYears.has(y)) out.push(y)
  return out
}

export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
