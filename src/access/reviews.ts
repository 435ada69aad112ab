import type { Access, AccessResult, FieldAccess } from 'payload'

import { districtRecords } from './applications'
import { districtOf, hasRole } from './roles'

/** Experts see only their own reviews; applicants see none; staff within their remit. */
export const reviewsVisibleToViewer: Access = ({ req: { user } }): AccessResult => {
  if (!user) return false
  if (hasRole(user, 'admin', 'city-officer')) return true
  if (hasRole(user, 'district-officer')) {
    const district = districtOf(user)
    return district === null ? false : districtRecords(district)
  }
  if (hasRole(user, 'expert')) return { expert: { equals: user.id } }
  return false
}

export const ownUnsubmittedReview: Access = ({ req: { user } }): AccessResult => {
  if (!user) return false
  if (hasRole(user, 'admin', 'city-officer')) return true
  if (hasRole(user, 'expert')) return { and: [{ expert: { equals: user.id } }, { submitted: { not_equals: true } }] }
  return false
}

/** Scores: the city bureau and the expert who gave them. */
export const scoresReadable: FieldAccess = ({ req: { user }, doc }) => {
  if (!user) return false
  if (hasRole(user, 'admin', 'city-officer')) return true
  // On create there is no document yet: the expert is scoring their own new review.
  if (doc === undefined) return hasRole(user, 'expert')
  const expert = (doc as { expert?: unknown } | undefined)?.expert
  const expertId = typeof expert === 'object' && expert !== null ? (expert as { id: unknown }).id : expert
  return hasRole(user, 'expert') && String(expertId) === String(user.id)
}
