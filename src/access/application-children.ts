import type { Access, AccessResult, PayloadRequest, Where } from 'payload'

import { districtRecords } from './applications'
import { districtOf, hasRole, organizationOf } from './roles'

/** Ids of the applications an expert has been assigned to (experts read their children too). */
async function assignedApplicationIds(req: PayloadRequest): Promise<(number | string)[]> {
  if (!req.user) return []
  const result = await req.payload.find({
    collection: 'applications',
    where: { assignedExperts: { contains: req.user.id } },
    select: {},
    depth: 0,
    limit: 1000,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return result.docs.map((doc) => doc.id)
}

/**
 * Records that hang off an application (members, agreements, IP contracts, projects, disbursements,
 * evaluations) carry the application's `lead` and `district`, so row access is one indexed comparison.
 */
export const childrenVisibleToViewer: Access = async ({ req }): Promise<AccessResult> => {
  const { user } = req
  if (!user) return false
  if (hasRole(user, 'admin', 'city-officer')) return true
  if (hasRole(user, 'district-officer')) {
    const district = districtOf(user)
    return district === null ? false : districtRecords(district)
  }
  if (hasRole(user, 'expert')) {
    const ids = await assignedApplicationIds(req)
    return ids.length === 0 ? false : { application: { in: ids } }
  }
  const organization = organizationOf(user)
  return organization === null ? false : { lead: { equals: organization } }
}

/** Applicants edit the children of their own applications; staff within their remit. */
export const childrenEditableByApplicantOrStaff: Access = ({ req: { user } }): AccessResult => {
  if (!user) return false
  if (hasRole(user, 'admin', 'city-officer')) return true
  if (hasRole(user, 'district-officer')) {
    const district = districtOf(user)
    return district === null ? false : districtRecords(district)
  }
  if (hasRole(user, 'applicant')) {
    const organization = organizationOf(user)
    const where: Where = { lead: { equals: organization } }
    return organization === null ? false : where
  }
  return false
}

export const canCreateChildAsApplicantOrStaff: Access = ({ req: { user } }) =>
  hasRole(user, 'admin', 'city-officer', 'district-officer', 'applicant')
