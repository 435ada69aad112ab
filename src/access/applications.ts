import type { Access, AccessResult, Where } from 'payload'

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
