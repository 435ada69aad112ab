// A programme's public fields (issuing office, document numbers, where to object) appear on the notice board,
// the archive, the open data and the pages of its carriers.
import type { CollectionAfterChangeHook } from 'payload'

import { invalidatePublic, PUBLIC_TAGS } from '../../lib/public-cache'

export const revalidateProgram: CollectionAfterChangeHook = ({ doc, previousDoc, operation }) => {
  const changed = operation === 'create' || JSON.stringify(doc.publicNotice ?? null) !== JSON.stringify(previousDoc?.publicNotice ?? null) || doc.title !== previousDoc?.title
  if (changed) invalidatePublic([PUBLIC_TAGS.lists, PUBLIC_TAGS.program(doc.id)])
  return doc
}
