// The bureau's calendar runs on China's date (Asia/Shanghai), whatever the server's time zone.
import { chinaDay } from '../email/format'

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/

/** Today's date in China, or the `today` override (YYYY-MM-DD, or any timestamp) the tests pass. */
export function todayInChina(override?: string | null, now: Date = new Date()): string {
  if (override) {
    if (ISO_DAY.test(override)) return override
    const day = chinaDay(override)
    if (day) return day
    throw new RangeError(`invalid today override: ${override}`)
  }
  return chinaDay(now)!
}

/** A clock override (an ISO timestamp) or the real time. */
export function nowFrom(override?: string | null): Date {
  if (!override) return new Date()
  const d = new Date(override)
  if (Number.isNaN(d.getTime())) throw new RangeError(`invalid now override: ${override}`)
  return d
}

export const yearOfDay = (day: string): number => Number(day.slice(0, 4))
export const monthOfDay = (day: string): number => Number(day.slice(5, 7))
