// Lead and member units appear by name (and district) on the public pages; their figures never do, so an
// edit of the yearly figures expires nothing.
import type { CollectionAfterChangeHook } from 'payload'

import { invalidatePublic, PUBLIC_TAGS } from '../../lib/public-cache'

export const revalidateOrganization: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || (doc.name === previousDoc?.name && doc.deletedAt === previousDoc?.deletedAt)) return doc
  // The carriers whose pages name this unit: as lead, or as a member.
  const [led, memberships] = await Promise.all([
    req.payload.find({ collection: 'applications', where: { lead: { equals: doc.id } }, select: { lead: true }, depth: 0, pagination: false, overrideAccess: true, req }),
    req.payload.find({ collection: 'members', where: { organization: { equals: doc.id } }, select: { application: true }, depth: 0, pagination: false, overrideAccess: true, req }),
  ])
  const ids = new Set<number | string>(led.docs.map((d) => d.id))
  for (const m of memberships.docs) if (m.application !== null && m.application !== undefined) ids.add(typeof m.application === 'object' ? m.application.id : m.application)
  invalidatePublic([PUBLIC_TAGS.lists, ...[...ids].map(PUBLIC_TAGS.carrier)])
  return doc
}
