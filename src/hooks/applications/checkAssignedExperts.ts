import type { CollectionBeforeChangeHook } from 'payload'

import { checkExpertConflicts, type PolicySetId } from '../../policies'
import { idOf } from '../relations'
import { rejectWith } from '../violations'

const ids = (value: unknown): string[] => (Array.isArray(value) ? value.map((v) => String(idOf(v))) : [])

/** Conflicts of interest are refused when an expert is assigned, before the expert can read the application. */
export const checkAssignedExperts: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (!('assignedExperts' in data)) return data
  const before = new Set(ids(originalDoc?.assignedExperts))
  const added = ids(data.assignedExperts).filter((id) => !before.has(id))
  if (added.length === 0 || originalDoc?.id === undefined) return data
  const common = { depth: 0, pagination: false, overrideAccess: true, req } as const
  const [experts, members] = await Promise.all([
    req.payload.find({ collection: 'users', where: { id: { in: added } }, select: { name: true, organization: true }, ...common }),
    req.payload.find({ collection: 'members', where: { application: { equals: originalDoc.id } }, select: { organization: true }, ...common }),
  ])
  const failing = checkExpertConflicts(
    (data.policySet ?? originalDoc.policySet) as PolicySetId,
    experts.docs.map((e) => ({ id: String(e.id), name: String(e.name ?? e.id), organization: idOf(e.organization) === null ? null : String(idOf(e.organization)) })),
    String(idOf(data.lead ?? originalDoc.lead)),
    members.docs.map((m) => String(idOf(m.organization))),
  )
  if (failing.length > 0) rejectWith('applications', failing, 'assignedExperts')
  return data
}
