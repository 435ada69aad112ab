import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from './relations'

/** A member's title in lists and breadcrumbs is its unit's name, not its id. */
export const nameMember: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const organization = idOf(data.organization ?? originalDoc?.organization)
  if (organization === null) return data
  const unit = await req.payload.db.findOne<{ id: number; name?: string }>({ collection: 'organizations', where: { id: { equals: organization } }, req })
  if (unit?.name) data.displayName = unit.name
  return data
}
