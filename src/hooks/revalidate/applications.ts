// Expires the public pages that show an application when it changes: its own page and every list, but only
// when it is (or was) public. A draft's edits never touch the public cache.
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { invalidatePublic, PUBLIC_TAGS } from '../../lib/public-cache'

const PUBLIC_FIELDS = ['title', 'officialName', 'officialNameEn', 'carrierKind', 'policySet', 'lead', 'district', 'field', 'recognizedOn', 'noticeStartsOn', 'noticeEndsOn', 'noticeClosedOn', 'publicSummary', 'status', 'isPublic', 'program', 'deletedAt'] as const

type Doc = Record<string, unknown> | undefined

const everPublic = (doc: Doc): boolean => Boolean(doc && (doc.isPublic || doc.recognizedOn))
const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)
const idOf = (value: unknown): unknown => (value && typeof value === 'object' ? (value as { id?: unknown }).id : value)
/** The 文号 the public pages show from the issued documents (a reissue changes only these). */
const issuedNumbers = (doc: Doc): string[] =>
  (Array.isArray(doc?.documents) ? (doc.documents as { kind?: unknown; number?: unknown }[]) : []).map((d) => `${String(d.kind)}:${String(d.number ?? '')}`)

export const revalidateApplication: CollectionAfterChangeHook = ({ doc, previousDoc, operation }) => {
  if (!everPublic(doc) && !everPublic(previousDoc)) return doc
  const changed =
    operation === 'create' ||
    PUBLIC_FIELDS.some((name) => !sameValue(idOf(doc[name]), idOf(previousDoc?.[name]))) ||
    !sameValue(issuedNumbers(doc), issuedNumbers(previousDoc))
  if (changed) invalidatePublic([PUBLIC_TAGS.lists, PUBLIC_TAGS.carrier(doc.id)])
  return doc
}

export const revalidateDeletedApplication: CollectionAfterDeleteHook = ({ doc }) => {
  if (everPublic(doc)) invalidatePublic([PUBLIC_TAGS.lists, PUBLIC_TAGS.carrier(doc.id)])
  return doc
}
