// A carrier's page lists its member units by name, and the open data does too.
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { invalidatePublic, PUBLIC_TAGS } from '../../lib/public-cache'

const applicationOf = (doc: Record<string, unknown> | undefined): unknown => {
  const value = doc?.application
  return value && typeof value === 'object' ? (value as { id?: unknown }).id : value
}

function expire(...docs: (Record<string, unknown> | undefined)[]): void {
  const ids = [...new Set(docs.map(applicationOf).filter((id): id is number | string => typeof id === 'number' || typeof id === 'string'))]
  if (ids.length) invalidatePublic([PUBLIC_TAGS.lists, ...ids.map(PUBLIC_TAGS.carrier)])
}

export const revalidateMember: CollectionAfterChangeHook = ({ doc, previousDoc }) => {
  expire(doc, previousDoc)
  return doc
}

export const revalidateDeletedMember: CollectionAfterDeleteHook = ({ doc }) => {
  expire(doc)
  return doc
}
