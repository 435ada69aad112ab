/**
 * Constructors for RuleResult values, so every failure carries severity, citation, figures and a cited message.
 */
import type { Bilingual, PolicySetId, RuleId, RuleResult, Violation } from './types'
import { makeViolation } from './messages'
import { ruleFor } from './rules'

export function pass(ruleId: RuleId): RuleResult {
  return { ruleId, status: 'pass' }
}

export function notApplicable(ruleId: RuleId, zh: string, en: string): RuleResult {
  return { ruleId, status: 'not-applicable', reason: { zh, en } }
}

export function violationOf(
  ruleId: RuleId,
  policySet: PolicySetId | undefined,
  zh: string,
  en: string,
  limit?: number | string,
  actual?: number | string,
): Violation {
  const def = ruleFor(ruleId, policySet)
  return makeViolation({ ruleId, severity: def.severity, citation: def.citation, zh, en, limit, actual })
}

export function fail(
  ruleId: RuleId,
  policySet: PolicySetId | undefined,
  zh: string,
  en: string,
  limit?: number | string,
  actual?: number | string,
): RuleResult {
  return { ruleId, status: 'fail', violation: violationOf(ruleId, policySet, zh, en, limit, actual) }
}

/** pass when ok, else fail with the message. */
export function check(
  ok: boolean,
  ruleId: RuleId,
  policySet: PolicySetId | undefined,
  zh: string,
  en: string,
  limit?: number | string,
  actual?: number | string,
): RuleResult {
  return ok ? pass(ruleId) : fail(ruleId, policySet, zh, en, limit, actual)
}

export function violations(results: readonly RuleResult[]): Violation[] {
  const out: Violation[] = []
  for (const r of results) if (r.status === 'fail') out.push(r.violation)
  return out
}

export function reasonOf(r: RuleResult): Bilingual | undefined {
  return r.status === 'not-applicable' ? r.reason : undefined
}
