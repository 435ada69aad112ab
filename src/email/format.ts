// Formatting for email bodies: dates as calendar days in China (Asia/Shanghai), money in 元/万元.
import { formatWan, formatYuanEn } from '../policies/money'

export type Lang = 'zh' | 'en'

const TZ = 'Asia/Shanghai'
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/
// Built once: a formatter costs far more to make than to use, and these run for every date of every save and page.
// en-CA formats as YYYY-MM-DD.
const CHINA_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' })
const EN_DAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' })

/** The calendar day (YYYY-MM-DD) in China of a stored date (an ISO timestamp or a bare YYYY-MM-DD). */
export function chinaDay(value: string | Date | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'string' && ISO_DAY.test(value)) return value
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) return null
  return CHINA_DAY.format(date)
}

export function formatDay(value: string | Date | null | undefined, lang: Lang): string {
  const day = chinaDay(value)
  if (!day) return '—'
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  if (lang === 'zh') return `${y}年${m}月${d}日`
  return EN_DAY.format(new Date(Date.UTC(y, m - 1, d)))
}

export function formatMoney(yuan: unknown, lang: Lang): string {
  const n = typeof yuan === 'number' ? yuan : typeof yuan === 'string' && yuan.trim() !== '' ? Number(yuan) : NaN
  if (!Number.isSafeInteger(n)) return '—'
  return lang === 'zh' ? formatWan(n) : formatYuanEn(n)
}
