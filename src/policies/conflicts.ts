/**
 * Conflicts of interest (利益冲突回避): an expert whose organisation leads the application or is one of its member
 * units may not be assigned to review it (and so never sees it). A procedural safeguard of this system: none of the
 * five documents states it, every review practice does.
 */
import type { PolicySetId, Violation } from './types'
import { guardViolation } from './guards'

export interface ExpertFacts {
  id: string
  name: string
  organization: string | null
}

export function checkExpertConflicts(policySet: PolicySetId, experts: readonly ExpertFacts[], lead: string | null, memberOrganizations: readonly string[]): Violation[] {
  const members = new Set(memberOrganizations.map(String))
  return experts
    .filter((e) => e.organization !== null && (String(e.organization) === String(lead) || members.has(String(e.organization))))
    .map((e) => {
      const asLead = String(e.organization) === String(lead)
      return guardViolation(
        'guard.conflict-of-interest',
        policySet,
        `利益冲突：专家${e.name}所在单位是该申报的${asLead ? '牵头单位' : '成员单位'}，不能指派其评审，应当回避`,
        `Conflict of interest: expert ${e.name} works for the ${asLead ? 'lead unit' : 'a member unit'} of this application and cannot be assigned; the expert must recuse`,
        'no shared organisation',
        e.id,
      )
    })
}
