import type { Access, AccessResult, FieldAccess } from 'payload'

import { assignedOrganizationIds } from './assigned'
import { districtOf, hasRole, organizationOf } from './roles'

export const organizationsVisibleToViewer: Access = ({ req: { user } }): AccessResult => {
  if (!user) return false
  if (hasRole(user, 'admin', 'city-officer', 'expert')) return true
  if (hasRole(user, 'district-officer')) {
    const district = districtOf(user)
    return district === null ? false : { district: { equals: district } }
  }
  const own = organizationOf(user)
  // Applicants see their own unit and the member units they entered themselves.
  return own === null
    ? { createdBy: { equals: user.id } }
    : { or: [{ id: { equals: own } }, { createdBy: { equals: user.id } }] }
}

export const organizationsEditableByViewer: Access = ({ req: { user } }): AccessResult => {
  if (!user) return false
  if (hasRole(user, 'admin', 'city-officer')) return true
  if (hasRole(user, 'district-officer')) {
    const district = districtOf(user)
    return district === null ? false : { district: { equals: district } }
  }
  if (hasRole(user, 'applicant')) {
    const own = organizationOf(user)
    return own === null
      ? { createdBy: { equals: user.id } }
      : { or: [{ id: { equals: own } }, { createdBy: { equals: user.id } }] }
  }
  return false
}

/** Financial figures: staff, experts assessing the unit (lead or member of an assigned application), the unit itself. */
export const financialFiguresReadable: FieldAccess = async ({ req, doc }) => {
  const { user } = req
  if (!user) return false
  if (hasRole(user, 'admin', 'city-officer', 'district-officer')) return true
  const id = (doc as { id?: unknown } | undefined)?.id
  if (id === undefined) return false
  if (hasRole(user, 'expert')) return (await assignedOrganizationIds(req)).has(String(id))
  const own = organizationOf(user)
  return own !== null && String(own) === String(id)
}

/** Experts assess organisations; they don't enter them. */
export const canCreateOrganizations: Access = ({ req: { user } }) => hasRole(user, 'admin', 'city-officer', 'district-officer', 'applicant')
