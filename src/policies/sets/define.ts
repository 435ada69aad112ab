import type { Bilingual, CarrierKind, PolicySetMeta, RuleDef, RuleId, RuleKind, Severity } from '../types'

export interface RuleSpec {
  id: RuleId
  severity: Severity
  kind: RuleKind
  article: string
  title: Bilingual
  quote?: string
  carrierKinds?: CarrierKind[]
}

/** Materialises rule specs of one document into RuleDefs with their citation. */
export function defineRules(meta: PolicySetMeta, specs: RuleSpec[]): RuleDef[] {
  return specs.map((s) => {
    const def: RuleDef = {
      id: s.id,
      policySet: meta.id,
      severity: s.severity,
      title: s.title,
      citation: { policySet: meta.id, document: meta.document, article: s.article },
      kind: s.kind,
    }
    if (s.carrierKinds) def.carrierKinds = s.carrierKinds
    if (s.quote) def.quote = s.quote
    return def
  })
}
