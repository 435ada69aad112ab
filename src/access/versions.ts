import type { Access, AccessResult, CollectionSlug } from 'payload'

import { hasRole } from './roles'

/**
 * Versions are read by exactly who may read the parent, row by row: the parent ids this user can read (with the
 * collection's own read access) bound the versions query. Payload's default (any signed-in user) would let an
 * applicant read another organisation's history through /api/<collection>/versions.
 */
export const versionsOfReadableParents =
  (collection: CollectionSlug): Access =>
  async ({ req }): Promise<AccessResult> => {
    const { user } = req
    if (!user) return false
    if (hasRole(user, 'admin', 'city-officer')) return true
    const readable = await req.payload.find({ collection, depth: 0, pagination: false, select: {}, overrideAccess: false, user, req })
    const ids = readable.docs.map((doc) => doc.id)
    return ids.length === 0 ? false : { parent: { in: ids } }
  }
