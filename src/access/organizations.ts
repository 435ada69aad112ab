import type { Access, AccessResult, FieldAccess } from 'payload'

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

/** Financial figures: staff, experts (who assess them) and the unit's own contacts. */
export const financialFiguresReadable: FieldAccess = ({ req: { user }, doc }) => {
  if (!user) return false
  if (hasRole(user, 'admin', 'city-officer', 'district-officer', 'expert')) return true
  const own = organizationOf(user)
  return own !== null && doc !== undefined && String(own) === String((doc as { id?: unknown }).id)
}
