// Dates and money as a person means them: a day that does not exist (2026-02-30) is refused rather than rolled
// into March, years stay within 1900–9999, ranges end after they start; money is a whole number of 元 within a
// sane maximum (no 0.5, no 1e300). Applied to every date and 元 field of every collection (src/collections/index.ts).
import type { CheckboxField, CollectionConfig, DateField, Field, NumberField, RelationshipField, RichTextField } from 'payload'

import { refuse } from '../lib/errors'
import { refuseIgnoredFields } from '../hooks/refuseIgnoredFields'

export const MAX_YUAN = 1_000_000_000_000 // 1 万亿元: more than any carrier's figure, far below float trouble
const MIN_YEAR = 1900
const MAX_YEAR = 9999

const ISO = /^([+-]?\d{4,6})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?(Z|[+-]\d{2}:?\d{2})?$/

/** null when the value is a real day in range; otherwise what is wrong, in both languages. */
export function dateProblem(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null
  if (value instanceof Date) {
    const y = value.getUTCFullYear()
    if (Number.isNaN(value.getTime()) || y < MIN_YEAR || y > MAX_YEAR) return `日期无效或超出范围（${MIN_YEAR}–${MAX_YEAR} 年） / the date is invalid or outside ${MIN_YEAR}–${MAX_YEAR}`
    return null
  }
  if (typeof value !== 'string') return '日期格式应为 YYYY-MM-DD / a date is written YYYY-MM-DD'
  const m = ISO.exec(value.trim())
  if (!m) return `日期“${value.slice(0, 30)}”格式不正确，应为 YYYY-MM-DD / "${value.slice(0, 30)}" is not a date (YYYY-MM-DD)`
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (y < MIN_YEAR || y > MAX_YEAR) return `年份 ${y} 超出范围（${MIN_YEAR}–${MAX_YEAR}） / the year ${y} is outside ${MIN_YEAR}–${MAX_YEAR}`
  const day = new Date(Date.UTC(y, mo - 1, d))
  if (mo < 1 || mo > 12 || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) {
    return `${y}年${mo}月没有${d}日 / ${value.slice(0, 10)} is not a day of the calendar`
  }
  if (Number.isNaN(Date.parse(value))) return `日期“${value.slice(0, 30)}”无效 / "${value.slice(0, 30)}" is not a valid date`
  return null
}

export function moneyProblem(value: unknown): string | null {
  if (value === null || value === undefined) return null
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0 || value > MAX_YUAN) {
    return `金额须为 0 至 ${MAX_YUAN.toLocaleString('en')} 之间的整数（元） / an amount is a whole number of yuan from 0 to ${MAX_YUAN.toLocaleString('en')}: ${String(value).slice(0, 30)}`
  }
  return null
}

const required = (field: { required?: boolean }, value: unknown) =>
  field.required && (value === null || value === undefined || value === '') ? '必填 / required' : null

/** Pairs (start, end) on the same level: the end may not be before the start. */
const RANGES: Record<string, { start: string; zh: string; en: string }> = {
  leftOn: { start: 'joinedOn', zh: '退出日期不能早于加入日期', en: 'the leaving date cannot be before the joining date' },
  closesOn: { start: 'opensOn', zh: '申报截止日期不能早于申报开始日期', en: 'a programme cannot close before it opens' },
  endsOn: { start: 'startsOn', zh: '结束日期不能早于开始日期', en: 'the end cannot be before the start' },
}

const dayOf = (v: unknown): number | null => {
  if (v === null || v === undefined || v === '') return null
  const t = v instanceof Date ? v.getTime() : Date.parse(String(v))
  return Number.isNaN(t) ? null : t
}

function strictDate(field: DateField): DateField {
  if (field.validate) return field
  const range = RANGES[field.name]
  return {
    ...field,
    validate: (value: unknown, { siblingData }: { siblingData?: Record<string, unknown> }) => {
      const problem = required(field, value) ?? dateProblem(value)
      if (problem) return problem
      if (range && siblingData) {
        const end = dayOf(value)
        const start = dayOf(siblingData[range.start])
        if (end !== null && start !== null && end < start) return `${range.zh} / ${range.en}`
      }
      return true
    },
  } as DateField
}

/**
 * The date input and its list column read as the date is written in the admin's language (2027年1月31日; 31 Jan 2027),
 * not react-datepicker's 01/31/2027 (Payload's `admin.date.displayFormat` is one string for every language: src/components/LocalDateField.tsx).
 */
function localDateInput(field: DateField): DateField {
  if (field.admin?.hidden) return field
  const components = { ...field.admin?.components }
  components.Field ??= '/src/components/LocalDateField#LocalDateField'
  components.Cell ??= '/src/components/LocalDateField#LocalDateCell'
  return { ...field, admin: { ...field.admin, components } }
}

/** A count's list column reads "—" when empty, not Payload's "‹没有 任务分工占比（‰）›" (src/components/WorkbenchCells.tsx). */
function countCell(field: NumberField): NumberField {
  if (field.admin?.components?.Cell) return field
  return { ...field, admin: { ...field.admin, components: { ...field.admin?.components, Cell: '/src/components/WorkbenchCells#CountCell' } } }
}

/** A checkbox column reads 是/否 (Payload's cell showed "general:null" for a box never ticked): src/components/CheckboxCell.tsx. */
function yesNoCell(field: CheckboxField): CheckboxField {
  if (field.admin?.components?.Cell) return field
  return { ...field, admin: { ...field.admin, components: { ...field.admin?.components, Cell: '/src/components/CheckboxCell#CheckboxCell' } } }
}

/**
 * A relationship column reads "…" while its title loads and "—" when empty (Payload's cell read "‹没有 …›" until the
 * title arrived, as if the field were empty): src/components/RelationshipCell.tsx.
 */
function relationshipCell(field: RelationshipField): RelationshipField {
  if (field.admin?.components?.Cell) return field
  return { ...field, admin: { ...field.admin, components: { ...field.admin?.components, Cell: '/src/components/RelationshipCell#RelationshipCell' } } } as RelationshipField
}

const isMoneyLabel = (label: unknown): boolean => typeof label === 'object' && label !== null && /（元）/.test(String((label as { zh?: unknown }).zh ?? ''))

function strictMoney(field: NumberField): NumberField {
  const own = field.validate
  return {
    ...field,
    validate: (async (value: unknown, options: unknown) => {
      const problem = required(field, value) ?? moneyProblem(value)
      if (problem) return problem
      return own ? (own as (v: unknown, o: unknown) => unknown)(value, options) : true
    }) as NumberField['validate'],
  } as NumberField
}

/** A link a browser would run rather than follow (javascript:, data:, vbscript:), anywhere in a rich-text value. */
const UNSAFE_URL = /^(?:javascript|data|vbscript|file):/i
export function unsafeLink(value: unknown): string | null {
  if (value === null || value === undefined || typeof value !== 'object') return null
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const node = stack.pop()
    if (Array.isArray(node)) stack.push(...node)
    else if (node && typeof node === 'object') {
      for (const [key, v] of Object.entries(node)) {
        // eslint-disable-next-line no-control-regex
        if ((key === 'url' || key === 'href') && typeof v === 'string' && UNSAFE_URL.test(v.replace(/[\u0000-\u0020]/g, ''))) return v
        if (v && typeof v === 'object') stack.push(v)
      }
    }
  }
  return null
}

function safeRichText(field: RichTextField): RichTextField {
  return {
    ...field,
    hooks: {
      ...field.hooks,
      beforeValidate: [
        ...(field.hooks?.beforeValidate ?? []),
        ({ value }) => {
          if (unsafeLink(value)) refuse(400, 'richtext.unsafe-link', '正文中的链接只能是网址（http/https）或邮箱', 'Links in the text can only be web (http/https) or email addresses.', field.name)
          return value
        },
      ],
    },
  }
}

/**
 * Counts, years, days, permille and basis points are whole numbers (1.5‰ is not a share anyone records): every number
 * that is not money, except the few that are computed averages.
 */
const FRACTIONAL = new Set(['averageScore'])
/** A computed average, or a field that declares its own decimals (a revision's figure: 3.5%, checked per unit by the policy). */
const isFractional = (field: { name: string; custom?: Record<string, unknown> }) => FRACTIONAL.has(field.name) || field.custom?.fractional === true

function wholeNumber(field: NumberField): NumberField {
  const own = field.validate
  return {
    ...field,
    validate: (async (value: unknown, options: unknown) => {
      if (value !== null && value !== undefined) {
        if (typeof value !== 'number' || !Number.isSafeInteger(value)) return `应为整数 / must be a whole number: ${String(value).slice(0, 30)}`
        if (typeof field.min === 'number' && value < field.min) return `不能小于 ${field.min} / must be at least ${field.min}`
        if (typeof field.max === 'number' && value > field.max) return `不能大于 ${field.max} / must be at most ${field.max}`
      } else if (field.required) return '必填 / required'
      return own ? (own as (v: unknown, o: unknown) => unknown)(value, options) : true
    }) as NumberField['validate'],
  } as NumberField
}

/** What is wrong with a number sent for this field (money: whole 元 in range; others: whole unless fractional; min/max). */
export function numberProblem(field: { name: string; label?: unknown; min?: number; max?: number; virtual?: unknown; custom?: Record<string, unknown> }, value: number): { zh: string; en: string } | null {
  if (isMoneyLabel(field.label)) {
    const problem = moneyProblem(value)
    if (!problem) return null
    const i = problem.indexOf(' / ')
    return { zh: problem.slice(0, i), en: problem.slice(i + 3) }
  }
  if (!isFractional(field) && !field.virtual && !Number.isSafeInteger(value)) return { zh: `应为整数，收到 ${String(value).slice(0, 30)}`, en: `must be a whole number, not ${String(value).slice(0, 30)}` }
  if (!Number.isFinite(value)) return { zh: '数值无效', en: 'not a valid number' }
  if (typeof field.min === 'number' && value < field.min) return { zh: `不能小于 ${field.min}`, en: `must be at least ${field.min}` }
  if (typeof field.max === 'number' && value > field.max) return { zh: `不能大于 ${field.max}`, en: `must be at most ${field.max}` }
  return null
}

function walk(fields: Field[]): Field[] {
  return fields.map((field) => {
    if (field.type === 'number' && !field.hasMany && !isMoneyLabel(field.label) && !isFractional(field) && !field.virtual) return countCell(wholeNumber(field))
    if (field.type === 'richText') return safeRichText(field)
    if (field.type === 'date') return localDateInput(strictDate(field))
    if (field.type === 'checkbox') return yesNoCell(field)
    if (field.type === 'relationship') return relationshipCell(field)
    if (field.type === 'number' && !field.hasMany && isMoneyLabel(field.label)) return strictMoney(field)
    if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: walk(field.fields) } as Field
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: walk(tab.fields) })) }
    return field
  })
}

/** Every date, money, count and rich-text field checked as above; and a field sent but not taken is refused (400). */
export const withStrictInputs = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: walk(collection.fields),
  hooks: { ...collection.hooks, beforeOperation: [...(collection.hooks?.beforeOperation ?? []), refuseIgnoredFields] },
})
