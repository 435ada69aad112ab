import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '../../access/roles'
import { idOf } from '../relations'
import { rejectMessage } from '../violations'

/** What identifies a unit: it decides who reviews its applications and what the public pages show. */
const IDENTITY = {
  name: { zh: '单位名称', en: 'name' },
  creditCode: { zh: '统一社会信用代码', en: 'credit code' },
  district: { zh: '所在区县', en: 'district' },
  kind: { zh: '单位类型', en: 'kind' },
} as const

/** A status the bureau confers, not one a unit gives itself (Weihai: new-type R&D institutions go to the city). */
const CONFERRED_KINDS = new Set(['new-type-rnd'])

const same = (a: unknown, b: unknown) => String(idOf(a) ?? '').trim() === String(idOf(b) ?? '').trim()

/**
 * Applicants: a unit's identity is entered once; after any of its applications has been submitted, only the bureau
 * changes it (in the audit trail: see auditChanges on the collection). A conferred kind is never self-declared.
 */
export const guardOrganizationIdentity: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, context }) => {
  // context.unitDistrict: the system fills in a member unit's missing district (hooks/organizations/unitDistrict.ts).
  if (!req.user || !hasRole(req.user, 'applicant') || context.seed || context.unitDistrict) return data
  const kindChanged = data.kind !== undefined && !same(data.kind, originalDoc?.kind)
  if (kindChanged && CONFERRED_KINDS.has(String(data.kind))) {
    rejectMessage('organizations', 'kind', '“新型研发机构”由科技局认定，申报单位不能自行选择', 'the new-type R&D institution status is conferred by the bureau: a unit cannot choose it itself', 'organization.kind-conferred')
  }
  if (operation !== 'update' || !originalDoc) return data
  const changed = (Object.keys(IDENTITY) as (keyof typeof IDENTITY)[]).filter((f) => data[f] !== undefined && !same(f === 'creditCode' ? String(data[f]).trim().toUpperCase() : data[f], originalDoc[f]))
  if (changed.length === 0) return data
  const submitted = await req.payload.count({
    collection: 'applications',
    where: { and: [{ lead: { equals: originalDoc.id } }, { status: { not_in: ['draft'] } }] },
    overrideAccess: true,
    req,
  })
  if (submitted.totalDocs > 0) {
    const f = changed.map((k) => IDENTITY[k])
    rejectMessage(
      'organizations',
      changed[0]!,
      `本单位已有申报提交，${f.map((x) => x.zh).join('、')}只能由科技局更正`,
      `this unit has submitted an application: its ${f.map((x) => x.en).join(', ')} can only be corrected by the bureau`,
      'organization.identity-locked',
    )
  }
  return data
}
