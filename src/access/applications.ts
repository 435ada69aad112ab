import type { Access, AccessResult, Where } from 'payload'

import { districtOf, hasRole, organizationOf } from './roles'

/** Row-level read: city sees all, district its district, experts their assignments, applicants their organisation. */
export const applicationsVisibleToViewer: Access = ({ req: { user } }): AccessResult => {
  if (!user) return false
  if (hasRole(user, 'admin', 'city-officer')) return true
  if (hasRole(user, 'district-officer')) {
    const district = districtOf(user)
    return district === null ? false : { district: { equals: district } }
  }
  if (hasRole(user, 'expert')) return { assignedExperts: { contains: user.id } }
  const organization = organizationOf(user)
  return organization === null ? false : { lead: { equals: organization } }
}

const EDITABLE_BY_APPLICANT: Where = { status: { in: ['draft', 'returned'] } }

/** Applicants edit their own drafts (and returned ones); staff edit within their remit. */
export const applicationsEditableByViewer: Access = ({ req: { user } }): AccessResult => {
  if (!user) return false
  if (hasRole(user, 'admin', 'city-officer')) return true
  if (hasRole(user, 'district-officer')) {
    const district = districtOf(user)
    return district === null ? false : { district: { equals: district } }
  }
  if (hasRole(user, 'applicant')) {
    const organization = organizationOf(user)
    return organization === null ? false : { and: [{ lead: { equals: organization } }, EDITABLE_BY_APPLICANT] }
  }
  return false
}
