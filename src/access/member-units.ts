import type { Access, AccessArgs, AccessResult, Where } from 'payload'

import { districtRecords } from './applications'
import { districtOf, hasRole, organizationOf } from './roles'

/**
 * Units are one shared register: besides what `base` allows, applicants and district officers read the units
 * that are members of the applications in their remit (an applicant links an existing unit by its credit code;
 * a district officer sees the members of its district's submitted applications by name, not as "untitled").
 */
export const withMemberUnits =
  (base: Access): Access =>
  async (args: AccessArgs): Promise<AccessResult> => {
    const result = await base(args)
    const { req } = args
    const user = req.user
    if (result === true || !user) return result
    let scope: Where | null = null
    if (hasRole(user, 'applicant') && organizationOf(user) !== null) scope = { lead: { equals: organizationOf(user) } }
    if (hasRole(user, 'district-officer') && districtOf(user) !== null) scope = districtRecords(districtOf(user)!)
    if (!scope) return result
    const members = await req.payload.find({ collection: 'members', where: scope, select: { organization: true }, depth: 0, limit: 2000, pagination: false, overrideAccess: true, req })
    const ids = [...new Set(members.docs.map((m) => (typeof m.organization === 'object' && m.organization ? m.organization.id : m.organization)).filter((v): v is number => v !== null && v !== undefined))]
    if (ids.length === 0) return result
    const memberUnits: Where = { id: { in: ids } }
    return result === false ? memberUnits : { or: [result as Where, memberUnits] }
  }
