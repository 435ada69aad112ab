// GET /api/organizations/by-code/:code — the shared register of units, keyed by the unified social credit code:
// any signed-in user may find a unit by its exact code (name and district only: both are on the public
// register) and link it as a member, rather than register it twice.
import type { Endpoint } from 'payload'

import { creditCodeExplanation } from '../lib/credit-code'

export const organizationByCodeEndpoint: Endpoint = {
  path: '/by-code/:code',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ errors: [{ message: '请先登录 / please log in' }] }, { status: 401 })
    const code = String(req.routeParams?.code ?? '').trim().toUpperCase()
    const problem = creditCodeExplanation(code)
    if (problem) return Response.json({ errors: [{ message: `${problem.zh} / ${problem.en}`, data: { message: problem } }] }, { status: 400 })
    const found = await req.payload.find({ collection: 'organizations', where: { creditCode: { equals: code } }, depth: 1, limit: 1, overrideAccess: true, req, select: { name: true, district: true, kind: true } })
    const doc = found.docs[0]
    if (!doc) return Response.json({ found: false })
    const district = typeof doc.district === 'object' && doc.district ? { id: doc.district.id, name: (doc.district as { name?: string }).name ?? null } : null
    return Response.json({ found: true, organization: { id: doc.id, name: doc.name, kind: doc.kind, district } })
  },
}
