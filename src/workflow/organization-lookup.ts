// The shared register of units, keyed by the unified social credit code. Any signed-in user may find a unit by
// its exact code (GET /api/organizations/by-code/:code) or by part of its name (GET /api/organizations/by-name?q=…)
// and link it as a member, rather than register it twice. Only the name, kind and district come back: what a
// unit's registration makes public anyway; never its code, contacts or figures.
import type { Endpoint, PayloadRequest, Where } from 'payload'

import { creditCodeExplanation } from '../lib/credit-code'
import { errorResponse, platform, platformError } from '../lib/errors'

/** A name search needs this many characters: one character matches half the register. */
export const UNIT_SEARCH_MIN_CHARS = 2
/** A name search shows at most this many units: enough to pick from, too few to copy the register. */
export const UNIT_SEARCH_LIMIT = 10

type Unit = { id: number | string; name: string; kind?: string | null; district?: unknown }

const publicView = (doc: Unit) => ({
  id: doc.id,
  name: doc.name,
  kind: doc.kind ?? null,
  district: typeof doc.district === 'object' && doc.district ? { id: (doc.district as { id: number }).id, name: (doc.district as { name?: string }).name ?? null } : null,
})

const findUnits = (req: PayloadRequest, where: Where, limit: number) =>
  req.payload.find({ collection: 'organizations', where, depth: 1, limit, sort: 'name', overrideAccess: true, req, select: { name: true, district: true, kind: true } })

export const organizationByCodeEndpoint: Endpoint = {
  path: '/by-code/:code',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return errorResponse(401, [platformError(401)])
    const code = String(req.routeParams?.code ?? '').trim().toUpperCase()
    const problem = creditCodeExplanation(code)
    if (problem) return errorResponse(400, [platform('unit.credit-code', problem.zh, problem.en, 'creditCode')])
    const doc = (await findUnits(req, { creditCode: { equals: code } }, 1)).docs[0]
    if (!doc) return Response.json({ found: false })
    return Response.json({ found: true, organization: publicView(doc as Unit) })
  },
}

export const organizationsByNameEndpoint: Endpoint = {
  path: '/by-name',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return errorResponse(401, [platformError(401)])
    const q = String(new URL(req.url ?? 'http://x/').searchParams.get('q') ?? '').trim()
    if ([...q].length < UNIT_SEARCH_MIN_CHARS) {
      return errorResponse(400, [
        platform('unit.search-too-short', `按名称查找单位至少输入${UNIT_SEARCH_MIN_CHARS}个字`, `type at least ${UNIT_SEARCH_MIN_CHARS} characters of the unit's name`, 'q'),
      ])
    }
    const found = await findUnits(req, { name: { like: q.slice(0, 60) } }, UNIT_SEARCH_LIMIT)
    return Response.json({ organizations: found.docs.map((doc) => publicView(doc as Unit)), more: found.totalDocs > found.docs.length })
  },
}
