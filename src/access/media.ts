import type { Access, AccessResult } from 'payload'

import { assignedOrganizationIds } from './assigned'
import { districtOf, hasRole } from './roles'

/**
 * Uploads: the city sees all; a district officer those uploaded by its district's people (its own officers and
 * the applicants of units in the district); an expert those of the units it assesses; everyone their own.
 */
export const mediaVisibleToViewer: Access = async ({ req }): Promise<AccessResult> => {
  const { user } = req
  if (!user) return false
  if (hasRole(user, 'admin', 'city-officer')) return true
  const own = { uploadedBy: { equals: user.id } }
  if (hasRole(user, 'district-officer')) {
    const district = districtOf(user)
    if (district === null) return own
    return { or: [own, { 'uploadedBy.district': { equals: district } }, { 'uploadedBy.organization.district': { equals: district } }] }
  }
  if (hasRole(user, 'expert')) {
    const orgs = [...(await assignedOrganizationIds(req))].map(Number)
    return orgs.length === 0 ? own : { or: [own, { 'uploadedBy.organization': { in: orgs } }] }
  }
  return own
}
