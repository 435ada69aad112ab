/**
 * An objection (异议) during a public notice names who raised it, what it says and when it was received; the city
 * officer's finding closes it (nb-tic-2022 三（三）, wh-consortium-2022 四.5: "公示无异议" before launch or filing).
 */
import type { PolicySetId, Violation } from './types'
import { isIsoDate } from './dates'
import { guardViolation } from './guards'
import { MIN_REASON_LENGTH } from './ledger'

export interface ObjectionInput {
  objector?: unknown
  content?: unknown
  receivedOn?: unknown
}

export function checkObjection(policySet: PolicySetId, input: ObjectionInput | null | undefined, noticeStartsOn: string | null | undefined, today: string): Violation[] {
  const v = (zh: string, en: string, limit?: string | number, actual?: string | number) => guardViolation('guard.objection', policySet, zh, en, limit, actual)
  const out: Violation[] = []
  const objector = typeof input?.objector === 'string' ? input.objector.trim() : ''
  const content = typeof input?.content === 'string' ? input.content.trim() : ''
  const on = typeof input?.receivedOn === 'string' && input.receivedOn ? input.receivedOn : today
  if (!objector) out.push(v('须写明异议人（单位或个人）', 'Name who raised the objection (a unit or a person)'))
  if (content.length < MIN_REASON_LENGTH) out.push(v(`须写明异议内容（至少${MIN_REASON_LENGTH}个字）`, `State what the objection says (at least ${MIN_REASON_LENGTH} characters)`, MIN_REASON_LENGTH, content.length))
  if (!isIsoDate(on)) out.push(v(`异议收到日期无效：${String(on)}`, `Invalid received-on date of the objection: ${String(on)}`, 'YYYY-MM-DD', String(on)))
  else {
    if (on > today) out.push(v(`异议收到日期${on}不能晚于今天（${today}）`, `The objection cannot be received after today (${today}): ${on}`, today, on))
    if (noticeStartsOn && on < noticeStartsOn) out.push(v(`异议收到日期${on}早于公示开始日期${noticeStartsOn}`, `The objection date ${on} is before the notice started (${noticeStartsOn})`, noticeStartsOn, on))
  }
  return out
}

export function checkFinding(policySet: PolicySetId, finding: string | null | undefined): Violation[] {
  const text = (finding ?? '').trim()
  return text.length < MIN_REASON_LENGTH
    ? [guardViolation('guard.objection', policySet, `须写明对异议的核查结论（至少${MIN_REASON_LENGTH}个字）`, `Write the finding on the objection (at least ${MIN_REASON_LENGTH} characters)`, MIN_REASON_LENGTH, text.length)]
    : []
}
