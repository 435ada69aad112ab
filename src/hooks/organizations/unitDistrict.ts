import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { districtForUnit } from '../../lib/credit-code'
import { idOf, loadApplication } from '../relations'

type DistrictRow = { id: number; code: string }

async function allDistricts(req: PayloadRequest): Promise<DistrictRow[]> {
  const found = await req.payload.find({ collection: 'districts', depth: 0, limit: 1000, pagination: false, overrideAccess: true, req, select: { code: true } })
  return found.docs.map((d) => ({ id: d.id as number, code: String(d.code) }))
}

/** A new unit without a district gets the one its credit code names (characters 3–8), when the register lists it. */
export const districtFromCreditCode: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (idOf(data.district ?? originalDoc?.district) !== null || typeof data.creditCode !== 'string') return data
  const district = districtForUnit(data.creditCode, await allDistricts(req))
  if (district) data.district = district.id
  return data
}

/**
 * A member unit still without a district when it joins an application (registered at city level, e.g. 91330200…)
 * takes the application's district when it is in the same city, so the district bureau reviewing the consortium
 * finds it by name. Through the Local API with `req`: in the same transaction, and the change is in the audit trail.
 */
export const districtForMemberUnit: CollectionAfterChangeHook = async ({ doc, req }) => {
  const organization = idOf(doc.organization)
  const applicationId = idOf(doc.application)
  if (organization === null || applicationId === null) return doc
  const unit = await req.payload.db.findOne<{ id: number; creditCode?: string; district?: unknown }>({ collection: 'organizations', where: { id: { equals: organization } }, req })
  if (!unit || idOf(unit.district) !== null || !unit.creditCode) return doc
  const application = await loadApplication(req, applicationId)
  const districts = await allDistricts(req)
  const own = districts.find((d) => String(d.id) === String(idOf(application.district))) ?? null
  const district = districtForUnit(unit.creditCode, districts, own)
  if (!district) return doc
  await req.payload.update({ collection: 'organizations', id: unit.id, data: { district: district.id }, overrideAccess: true, req, context: { unitDistrict: true } })
  return doc
}
