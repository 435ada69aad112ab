// District names label carriers, filters and statistics everywhere; renames are rare, so everything goes.
import type { CollectionAfterChangeHook } from 'payload'

import { invalidatePublic, PUBLIC_TAGS } from '../../lib/public-cache'

export const revalidateDistrict: CollectionAfterChangeHook = ({ doc, previousDoc, operation }) => {
  if (operation === 'update' && doc.name === previousDoc?.name && doc.city === previousDoc?.city) return doc
  invalidatePublic([PUBLIC_TAGS.all])
  return doc
}
