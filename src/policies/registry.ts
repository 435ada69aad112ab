/**
 * The policy sets (documents): metadata, effective periods, official names.
 *
 * An application is judged by the set in force on its submission date. A set whose period has ended
 * (Weihai after 2025-06-28) accepts no new applications but still governs the carriers it recognised.
 */
import type { Bilingual, CarrierKind, PolicySetId, PolicySetMeta, Violation } from './types'
import { POLICY_SET_IDS } from './types'
import { SET_META } from './rules'
import { assertIsoDate } from './dates'
import { makeViolation } from './messages'

export const POLICY_SETS: Record<PolicySetId, PolicySetMeta> = SET_META

export function isPolicySetId(x: unknown): x is PolicySetId {
  return typeof x === 'string' && (POLICY_SET_IDS as readonly string[]).includes(x)
}

export function getPolicySet(id: PolicySetId): PolicySetMeta {
  const meta = POLICY_SETS[id]
  if (!meta) throw new Error(`unknown policy set ${String(id)}`)
  return meta
}

/** True when date lies in [effectiveFrom, effectiveTo] (null bounds are open). */
export function isInForce(id: PolicySetId, date: string): boolean {
  assertIsoDate(date)
  const m = getPolicySet(id)
  if (m.effectiveFrom !== null && date < m.effectiveFrom) return false
  if (m.effectiveTo !== null && date > m.effectiveTo) return false
  return true
}

export function policySetsInForceOn(date: string, kind?: CarrierKind): PolicySetMeta[] {
  return POLICY_SET_IDS.filter((id) => isInForce(id, date))
    .map((id) => POLICY_SETS[id])
    .filter((m) => !kind || m.carrierKinds.includes(kind))
}

export interface AcceptanceResult {
  accepts: boolean
  /** Present when accepts is false: names the period and cites the document (guard.policy-in-force). */
  message?: Bilingual
  violation?: Violation
}

/** Whether the set accepts a new application submitted on date (Weihai: 2025-06-28 yes, 2025-06-29 no). */
export function acceptsNewApplications(id: PolicySetId, date: string): AcceptanceResult {
  if (isInForce(id, date)) return { accepts: true }
  const m = getPolicySet(id)
  const before = m.effectiveFrom !== null && date < m.effectiveFrom
  const zh = before
    ? `${m.title.zh}自${m.effectiveFrom}起施行，${date}尚不受理申报`
    : `${m.title.zh}有效期至${m.effectiveTo}，${date}起不再受理新的申报（已认定的载体仍按其管理）`
  const en = before
    ? `${m.id} takes effect on ${m.effectiveFrom}; no application is accepted on ${date}`
    : `${m.id} was in force until ${m.effectiveTo}; from ${date} it accepts no new application (carriers it recognised stay governed by it)`
  const violation = makeViolation({
    ruleId: 'guard.policy-in-force',
    severity: 'block',
    citation: { policySet: id, document: m.document, article: id === 'wh-consortium-2022' ? '六' : '—' },
    zh,
    en,
    limit: (before ? m.effectiveFrom : m.effectiveTo) ?? '',
    actual: date,
  })
  return { accepts: false, message: violation.message, violation }
}

/**
 * Whether the set governs a carrier recognised (filed, approved) on recognisedOn. A set keeps governing what it
 * recognised after its period ends, including applications submitted in the period and recognised after it;
 * so only the start of the period bounds it.
 */
export function governs(id: PolicySetId, recognisedOn: string): boolean {
  assertIsoDate(recognisedOn)
  const m = getPolicySet(id)
  return m.effectiveFrom === null || recognisedOn >= m.effectiveFrom
}

/** The official name of a recognised carrier, e.g. 宁波市智能装备技术创新中心. */
export function officialName(id: PolicySetId, name: string, lang: 'zh' | 'en' = 'zh', kind?: CarrierKind): string {
  const m = getPolicySet(id)
  const pattern = (kind && m.namePatternByKind?.[kind]) || m.namePattern
  return pattern[lang].replace('{name}', name.trim())
}
