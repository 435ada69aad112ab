import type { Access, AccessResult } from 'payload'

import { assignedOrganizationIds } from './assigned'
import { districtOf, hasRole, organizationOf } from './roles'

/**
 * Uploads: the city sees all; a district officer those uploaded by its district's people (its own officers and
 * the applicants of units in the district) and the documents issued on its district's applications; an expert those
 * of the units it assesses; an applicant the documents issued on its unit's applications; everyone their own.
 */
export const mediaVisibleToViewer: Access = async ({ req }): Promise<AccessResult> => {
  const { user } = req
  if (!user) return false
  if (hasRole(user, 'admin', 'city-officer')) return true
  const own = { uploadedBy: { equals: user.id } }
  if (hasRole(user, 'district-officer')) {
    const district = districtOf(user)
    if (district === null) return own
    return { or: [own, { 'uploadedBy.district': { equals: district } }, { 'uploadedBy.organization.district': { equals: district } }, { 'application.district': { equals: district } }] }
  }
  if (hasRole(user, 'applicant')) {
    // The documents the bureau issued on its unit's applications (decision, certificate, notice).
    const organization = organizationOf(user)
    return organization === null ? own : { or: [own, { 'application.lead': { equals: organization } }] }
  }
  if (hasRole(user, 'expert')) {
    const orgs = [...(await assignedOrganizationIds(req))].map(Number)
    return orgs.length === 0 ? own : { or: [own, { 'uploadedBy.organization': { in: orgs } }] }
  }
  return own
}
