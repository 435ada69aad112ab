/**
 * Facts the workflow owns (notice dates, recognition date, official name, received-on date) are written by the
 * transitions. A mistake in one is corrected by the correction transition: a city officer, a written reason, and
 * checks that keep the correction from bending a rule (a notice can't be shortened below its working days, a
 * recognition can't predate the application or lie in the future).
 */
import type { Bilingual, PolicySetId, Violation } from './types'
import { assertIsoDate, isIsoDate, WEEKDAYS_ONLY, type WorkCalendar } from './dates'
import { guardViolation } from './guards'
import { checkApplicationDate, type ProgramWindow } from './programs'
import { DEFAULT_NOTICE_WORKING_DAYS, noticeEndsOn } from './workflows'
import { MIN_REASON_LENGTH } from './ledger'

export const CORRECTABLE_FIELDS = ['noticeStartsOn', 'noticeEndsOn', 'recognizedOn', 'officialName', 'officialNameEn', 'receivedOn'] as const
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number]

export const CORRECTABLE_LABELS: Record<CorrectableField, Bilingual> = {
  noticeStartsOn: { zh: '公示开始日期', en: 'notice start' },
  noticeEndsOn: { zh: '公示结束日期', en: 'notice end' },
  recognizedOn: { zh: '认定（批复）日期', en: 'recognition date' },
  officialName: { zh: '正式名称', en: 'official name' },
  officialNameEn: { zh: '英文名称', en: 'English name' },
  receivedOn: { zh: '收件日期', en: 'received-on date' },
}

const DATE_FIELDS = new Set<CorrectableField>(['noticeStartsOn', 'noticeEndsOn', 'recognizedOn', 'receivedOn'])
const RECOGNISED = new Set(['recognized', 'approved', 'filed', 'in-construction', 'under-evaluation', 'delisted', 'cancelled'])
const IN_NOTICE_OR_LATER = new Set(['public-notice', 'objection', ...RECOGNISED])

export interface CorrectionFacts {
  policySet: PolicySetId
  status: string
  today: string
  reason?: string | null
  /** the values as stored (China's calendar days for dates) */
  current: Partial<Record<CorrectableField, string | null>>
  corrections: Record<string, unknown>
  /** the day the application was submitted (or received on paper) */
  submittedOn?: string | null
  noticeWorkingDays?: number
  calendar?: WorkCalendar
  program?: ProgramWindow
}

export interface CorrectionResult {
  violations: Violation[]
  /** field → { from, to } of the values that really change */
  changes: Partial<Record<CorrectableField, { from: string | null; to: string }>>
}

export function checkCorrection(f: CorrectionFacts): CorrectionResult {
  const v = (zh: string, en: string, limit?: string | number, actual?: string | number) => guardViolation('guard.correction', f.policySet, zh, en, limit, actual)
  const out: Violation[] = []
  const changes: CorrectionResult['changes'] = {}
  if ((f.reason ?? '').trim().length < MIN_REASON_LENGTH) {
    out.push(v(`更正须写明理由（至少${MIN_REASON_LENGTH}个字）`, `A correction needs a written reason (at least ${MIN_REASON_LENGTH} characters)`, MIN_REASON_LENGTH, (f.reason ?? '').trim().length))
  }
  const entries = Object.entries(f.corrections ?? {})
  if (entries.length === 0) out.push(v('未指明要更正的内容', 'Nothing to correct was given'))
  for (const [field, raw] of entries) {
    if (!(CORRECTABLE_FIELDS as readonly string[]).includes(field)) {
      out.push(v(`“${field}”不能通过更正修改（可更正：${CORRECTABLE_FIELDS.map((x) => CORRECTABLE_LABELS[x].zh).join('、')}）`, `"${field}" cannot be corrected (correctable: ${CORRECTABLE_FIELDS.join(', ')})`, CORRECTABLE_FIELDS.join('|'), field))
      continue
    }
    const key = field as CorrectableField
    const value = typeof raw === 'string' ? raw.trim() : ''
    if (DATE_FIELDS.has(key) ? !isIsoDate(value) : value.length === 0 || value.length > 200) {
      out.push(v(`${CORRECTABLE_LABELS[key].zh}的更正值无效：${String(raw)}`, `Invalid value for the ${CORRECTABLE_LABELS[key].en}: ${String(raw)}`, DATE_FIELDS.has(key) ? 'YYYY-MM-DD' : '1–200 characters', String(raw)))
      continue
    }
    if ((f.current[key] ?? null) !== value) changes[key] = { from: f.current[key] ?? null, to: value }
  }
  if (entries.length > 0 && Object.keys(changes).length === 0 && out.length === 0) out.push(v('更正值与现有记录相同，无需更正', 'The corrected values equal the record: nothing to correct'))

  const after = (k: CorrectableField) => changes[k]?.to ?? f.current[k] ?? null
  // notice dates: only once a notice was started, never shorter than its working days, never starting in the future
  if (changes.noticeStartsOn || changes.noticeEndsOn) {
    if (!IN_NOTICE_OR_LATER.has(f.status) || !f.current.noticeStartsOn) {
      out.push(v('尚未发布公示，没有可更正的公示日期', 'No public notice has been started: there are no notice dates to correct'))
    } else {
      const start = after('noticeStartsOn') as string
      const end = after('noticeEndsOn') as string
      if (start > f.today) out.push(v(`公示开始日期${start}不能晚于今天（${f.today}）`, `The notice cannot start after today (${f.today}): ${start}`, f.today, start))
      const days = f.noticeWorkingDays ?? DEFAULT_NOTICE_WORKING_DAYS
      const earliest = noticeEndsOn(start, days, f.calendar ?? WEEKDAYS_ONLY)
      if (end < earliest) {
        out.push(v(`公示期不得少于${days}个工作日：自${start}起最早至${earliest}结束，更正为${end}`, `A notice lasts at least ${days} working days: from ${start} it ends on ${earliest} at the earliest, not ${end}`, earliest, end))
      }
    }
  }
  if (changes.recognizedOn) {
    const on = changes.recognizedOn.to
    if (!RECOGNISED.has(f.status)) out.push(v('尚未认定（批复），没有可更正的认定日期', 'Not recognised (approved) yet: there is no recognition date to correct'))
    if (on > f.today) out.push(v(`认定日期${on}不能晚于今天（${f.today}）`, `The recognition date cannot be after today (${f.today}): ${on}`, f.today, on))
    if (f.submittedOn && on < f.submittedOn) out.push(v(`认定日期${on}不能早于申报日期${f.submittedOn}`, `The recognition date ${on} cannot be before the application date ${f.submittedOn}`, f.submittedOn, on))
  }
  if ((changes.officialName || changes.officialNameEn) && !RECOGNISED.has(f.status)) {
    out.push(v('尚未认定（批复），没有可更正的正式名称', 'Not recognised (approved) yet: there is no official name to correct'))
  }
  if (changes.receivedOn) {
    const on = assertIsoDate(changes.receivedOn.to)
    if (on > f.today) out.push(v(`收件日期${on}不能晚于今天（${f.today}）`, `The received-on date cannot be after today (${f.today}): ${on}`, f.today, on))
    // the deadline rules are run again on the corrected date
    if (f.program) out.push(...checkApplicationDate({ policySet: f.policySet, program: f.program, date: on }))
  }
  return { violations: out, changes }
}
