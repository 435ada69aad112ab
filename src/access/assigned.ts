import type { PayloadRequest } from 'payload'

import { idOf } from './roles'

/**
 * The organisations an expert assesses: the leads and member units of the applications assigned to them.
 * Computed once per request (field access runs per document).
 */
export async function assignedOrganizationIds(req: PayloadRequest): Promise<Set<string>> {
  const cache = req.context as { assignedOrganizations?: Promise<Set<string>> }
  if (cache.assignedOrganizations) return cache.assignedOrganizations
  cache.assignedOrganizations = (async () => {
    if (!req.user) return new Set<string>()
    const common = { depth: 0, pagination: false, overrideAccess: true, req } as const
    const apps = await req.payload.find({ collection: 'applications', where: { assignedExperts: { contains: req.user.id } }, select: { lead: true }, ...common })
    const ids = new Set(apps.docs.map((a) => String(idOf(a.lead))))
    if (apps.docs.length > 0) {
      const members = await req.payload.find({ collection: 'members', where: { application: { in: apps.docs.map((a) => a.id) } }, select: { organization: true }, ...common })
      for (const m of members.docs) ids.add(String(idOf(m.organization)))
    }
    return ids
  })()
  return cache.assignedOrganizations
}
