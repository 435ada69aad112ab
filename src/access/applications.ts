import type { Access, AccessResult, PayloadRequest, Where } from 'payload'

import { districtOf, hasRole, organizationOf } from './roles'

/**
 * A district officer's remit: the applications of its district that have been submitted to it — never an
 * applicant's draft, which is the applicant's own working copy until it is submitted (a returned one was
 * submitted once and stays visible).
 */
export const districtApplications = (district: number | string): Where => ({ and: [{ district: { equals: district } }, { status: { not_equals: 'draft' } }] })

/** The same remit for records hanging off an application (they carry its district; the status is the application's). */
export const districtRecords = (district: number | string): Where => ({
  and: [{ district: { equals: district } }, { 'application.status': { not_equals: 'draft' } }],
})

/** Row-level read: city sees all, district its district's submitted ones, experts their assignments, applicants their organisation. */
export const applicationsVisibleToViewer: Access = ({ req: { user } }): AccessResult => {
  if (!user) return false
  if (hasRole(user, 'admin', 'city-officer')) return true
  if (hasRole(user, 'district-officer')) {
    const district = districtOf(user)
    return district === null ? false : districtApplications(district)
  }
  if (hasRole(user, 'expert')) return { assignedExperts: { contains: user.id } }
  const organization = organizationOf(user)
  return organization === null ? false : { lead: { equals: organization } }
}

/**
 * Whether the signed-in viewer can read this one application, by the same rule as its read access (a district
 * officer: submitted ones of its district; an expert: assigned; an applicant: its unit's). Records are created only
 * on an application their writer can see: an internal note on a draft the district has not received yet would be
 * written blind. No user (the system, seeds, jobs) reads everything.
 */
export async function viewerCanReadApplication(req: PayloadRequest, id: number | string): Promise<boolean> {
  if (!req.user) return true
  const rule = await applicationsVisibleToViewer({ req })
  if (rule === true) return true
  if (rule === false) return false
  const { totalDocs } = await req.payload.count({ collection: 'applications', where: { and: [{ id: { equals: id } }, rule] }, overrideAccess: true, req })
  return totalDocs > 0
}

const EDITABLE_BY_APPLICANT: Where = { status: { in: ['draft', 'returned'] } }

/** Applicants edit their own drafts (and returned ones); staff edit within their remit. */
export const applicationsEditableByViewer: Access = ({ req: { user } }): AccessResult => {
  if (!user) return false
  if (hasRole(user, 'admin', 'city-officer')) return true
  if (hasRole(user, 'district-officer')) {
    const district = districtOf(user)
    return district === null ? false : districtApplications(district)
  }
  if (hasRole(user, 'applicant')) {
    const organization = organizationOf(user)
    return organization === null ? false : { and: [{ lead: { equals: organization } }, EDITABLE_BY_APPLICANT] }
  }
  return false
}
