// The list's search box finds an application by its carrier name, official name, lead unit name or the lead's
// credit code: one server-owned text kept here, listed in admin.listSearchableFields.
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { idOf } from '../../access/roles'

export async function searchTextOf(req: PayloadRequest, doc: { title?: unknown; officialName?: unknown; lead?: unknown }): Promise<string> {
  const leadId = idOf(doc.lead)
  const lead = leadId === null ? null : ((await req.payload.findByID({ collection: 'organizations', id: leadId, depth: 0, overrideAccess: true, req, disableErrors: true })) as { name?: string; creditCode?: string } | null)
  return [doc.title, doc.officialName, lead?.name, lead?.creditCode].filter((v) => typeof v === 'string' && v).join(' ')
}

export const keepSearchText: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { title: data.title ?? originalDoc?.title, officialName: data.officialName ?? originalDoc?.officialName, lead: data.lead ?? originalDoc?.lead }
  return { ...data, searchText: await searchTextOf(req, merged) }
}

/** A renamed lead unit (or a corrected credit code) is found under its new name. */
export const refreshLeadSearchText: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || (doc.name === previousDoc?.name && doc.creditCode === previousDoc?.creditCode)) return doc
  const led = await req.payload.find({ collection: 'applications', where: { lead: { equals: doc.id } }, select: { title: true, officialName: true, lead: true }, depth: 0, pagination: false, overrideAccess: true, req })
  for (const app of led.docs) {
    await req.payload.update({ collection: 'applications', id: app.id, data: { searchText: await searchTextOf(req, app) } as never, overrideAccess: true, context: { transition: true, searchTextOnly: true }, req })
  }
  return doc
}
