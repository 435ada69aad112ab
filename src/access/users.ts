import type { Access, AccessResult, FieldAccess } from 'payload'

import { districtOf, hasRole, organizationOf } from './roles'

/** Staff see users as far as their remit goes; everyone else sees themselves and their own organisation's contacts. */
export const usersVisibleToViewer: Access = ({ req: { user } }): AccessResult => {
  if (!user) return false
  if (hasRole(user, 'admin', 'city-officer')) return true
  if (hasRole(user, 'district-officer')) {
    const district = districtOf(user)
    return district === null
      ? { id: { equals: user.id } }
      : { or: [{ id: { equals: user.id } }, { district: { equals: district } }] }
  }
  if (hasRole(user, 'applicant')) {
    const organization = organizationOf(user)
    return organization === null
      ? { id: { equals: user.id } }
      : { or: [{ id: { equals: user.id } }, { organization: { equals: organization } }] }
  }
  return { id: { equals: user.id } }
}

export const selfOrAdmin: Access = ({ req: { user } }): AccessResult => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}

/** City officers create experts and applicants; only an admin creates staff. Checked again in beforeChange. */
export const canCreateUsers: Access = ({ req: { user } }) => hasRole(user, 'admin', 'city-officer')

export const roleFieldEditable: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'city-officer')
