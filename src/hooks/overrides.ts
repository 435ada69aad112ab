import type { Violation } from '../policies'

export interface OverrideRecord {
  ruleId?: string | null
  reason?: string | null
  by?: unknown
  at?: string | null
}

/**
 * Drops the violations a city officer has overridden for this record. Only "in principle" (overridable)
 * rules can be overridden; an override of a blocking rule changes nothing.
 */
export function unresolvedViolations(violations: readonly Violation[], overrides: readonly OverrideRecord[] | null | undefined): Violation[] {
  const overridden = new Set((overrides ?? []).filter((o) => o.reason && o.ruleId).map((o) => o.ruleId))
  return violations.filter((v) => !(v.severity === 'overridable' && overridden.has(v.ruleId)))
}
