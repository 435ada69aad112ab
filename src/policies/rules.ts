/**
 * The rule catalogue: every rule definition, by id and by policy set.
 */
import type { CarrierKind, PolicySetId, PolicySetMeta, RuleDef, RuleId } from './types'
import { RULE_IDS } from './types'
import { NB_CONSORTIUM_2021, NB_CONSORTIUM_2021_RULES } from './sets/nb-consortium-2021'
import { NB_TIC_2022, NB_TIC_2022_RULES } from './sets/nb-tic-2022'
import { WH_CONSORTIUM_2022, WH_CONSORTIUM_2022_RULES } from './sets/wh-consortium-2022'
import { ZJ_CONSORTIUM, ZJ_CONSORTIUM_RULES } from './sets/zj-consortium'
import { CX_COMPLEX, CX_COMPLEX_RULES } from './sets/cx-complex'
import { CROSS_CUTTING_RULES } from './sets/common'

export const SET_META: Record<PolicySetId, PolicySetMeta> = {
  'nb-consortium-2021': NB_CONSORTIUM_2021,
  'nb-tic-2022': NB_TIC_2022,
  'wh-consortium-2022': WH_CONSORTIUM_2022,
  'zj-consortium': ZJ_CONSORTIUM,
  'cx-complex': CX_COMPLEX,
}

const OWN_RULES: Record<PolicySetId, RuleDef[]> = {
  'nb-consortium-2021': NB_CONSORTIUM_2021_RULES,
  'nb-tic-2022': NB_TIC_2022_RULES,
  'wh-consortium-2022': WH_CONSORTIUM_2022_RULES,
  'zj-consortium': ZJ_CONSORTIUM_RULES,
  'cx-complex': CX_COMPLEX_RULES,
}

function crossCuttingDef(id: RuleId, policySet: PolicySetId): RuleDef | undefined {
  const c = CROSS_CUTTING_RULES.find((r) => r.id === id)
  const v = c?.variants[policySet]
  if (!c || !v) return undefined
  return {
    id: c.id,
    policySet,
    severity: v.severity,
    title: c.title,
    citation: { policySet, document: SET_META[policySet].document, article: v.article },
    kind: c.kind,
    quote: v.quote,
  }
}

function buildRules(): Record<RuleId, RuleDef> {
  const out: Partial<Record<RuleId, RuleDef>> = {}
  for (const defs of Object.values(OWN_RULES)) {
    for (const d of defs) {
      if (out[d.id]) throw new Error(`duplicate rule id ${d.id}`)
      out[d.id] = d
    }
  }
  for (const c of CROSS_CUTTING_RULES) {
    const d = crossCuttingDef(c.id, c.primary)
    if (!d) throw new Error(`cross-cutting rule ${c.id} lacks its primary variant`)
    out[c.id] = d
  }
  for (const id of RULE_IDS) if (!out[id]) throw new Error(`rule ${id} has no definition`)
  return out as Record<RuleId, RuleDef>
}

/** Every rule by id (cross-cutting rules: their primary citation; use ruleFor for a given set). */
export const RULES: Record<RuleId, RuleDef> = buildRules()

/** The rules of one policy set, cross-cutting ones with that set's article and severity; optionally for one carrier kind. */
export function rulesOfSet(policySet: PolicySetId, carrierKind?: CarrierKind): RuleDef[] {
  const own = OWN_RULES[policySet]
  const cross = CROSS_CUTTING_RULES.map((c) => crossCuttingDef(c.id, policySet)).filter((d): d is RuleDef => !!d)
  return [...own, ...cross].filter((d) => !carrierKind || !d.carrierKinds || d.carrierKinds.includes(carrierKind))
}

/** The rule as it stands in one policy set (cross-cutting rules differ in article and severity). */
export function ruleFor(id: RuleId, policySet?: PolicySetId): RuleDef {
  if (policySet) {
    const cross = crossCuttingDef(id, policySet)
    if (cross) return cross
  }
  return RULES[id]
}

export function isOverridable(id: RuleId, policySet?: PolicySetId): boolean {
  return ruleFor(id, policySet).severity === 'overridable'
}
