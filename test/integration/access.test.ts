// Row and field access through the REST handlers, with each demo role's own JWT.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { countOf, createTicApplication, PASSWORD, seedWorld, ticDisbursement, type World } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { restClient, type RestClient } from '../helpers/rest'

type Who = 'admin' | 'city' | 'district' | 'expert1' | 'expert2' | 'expert3' | 'applicant'
const ROLES: Who[] = ['admin', 'city', 'district', 'expert1', 'expert2', 'expert3', 'applicant']

let ctx: TestContext
let rest: RestClient
let world: World
const tokens = {} as Record<Who, string>
let ticApp: number
let disbursementId: number
let reviewId: number

beforeAll(async () => {
  ctx = await startPayload()
  world = await seedWorld(ctx.payload)
  rest = restClient(ctx.payload.config)
  for (const who of ROLES) tokens[who] = await rest.login(`${who}@example.org`, PASSWORD)
  // A disbursement on a TIC in Zhenhai (not the district officer's Yinzhou, not the applicant's organisation).
  ticApp = await createTicApplication(ctx.payload, world, '访问矩阵技术创新中心')
  disbursementId = (await ctx.payload.create({ collection: 'disbursements', data: ticDisbursement(ticApp, 1_000_000), user: world.users.city, overrideAccess: false })).id
  // expert1's review of the TIC application assigned to expert1 and expert2.
  reviewId = (await ctx.payload.create({ collection: 'reviews', data: { application: world.apps.ticExpertReview, expert: world.users.expert1.id, stage: 'expert-review' } as never, user: world.users.expert1, overrideAccess: false })).id
})
afterAll(async () => ctx?.close())

async function titles(path: string, token?: string): Promise<{ status: number; ids: string[] }> {
  const response = await rest.get(path, token)
  const json = (await response.json()) as { docs?: { id: number | string }[] }
  return { status: response.status, ids: (json.docs ?? []).map((d) => String(d.id)).sort() }
}

describe('applications', () => {
  it('each role lists exactly the applications in its remit', async () => {
    const all = (await ctx.payload.find({ collection: 'applications', depth: 0, pagination: false, overrideAccess: true })).docs.map((d) => String(d.id)).sort()
    const expected: Record<Who, string[]> = {
      admin: all,
      city: all,
      // The only Yinzhou application of the demo is the applicant's draft: not submitted, so not the district's yet.
      district: [],
      expert1: [String(world.apps.ticExpertReview)],
      expert2: [String(world.apps.ticExpertReview)],
      expert3: [],
      applicant: [String(world.apps.nbDraft)],
    }
    for (const who of ROLES) expect((await titles('/applications?limit=100&depth=0', tokens[who])).ids, who).toEqual(expected[who])
    const anonymous = await titles('/applications?limit=100')
    expect(anonymous.status === 403 || anonymous.ids.length === 0).toBe(true)
  })

  it.each([
    ['applicant', 'nbDraft', 200],
    ['applicant', 'blDistrictReview', 'denied'],
    ['applicant', 'zjRecognized', 'denied'],
    ['district', 'nbDraft', 'denied'], // a draft of its district (journeys-remit: visible once submitted)
    ['district', 'blDistrictReview', 'denied'],
    ['expert1', 'ticExpertReview', 200],
    ['expert1', 'nbDraft', 'denied'],
    ['expert3', 'ticExpertReview', 'denied'],
    ['city', 'cxTown', 200],
  ] as const)('%s GET %s → %s', async (who, app, outcome) => {
    const response = await rest.get(`/applications/${world.apps[app]}?depth=0`, tokens[who])
    if (outcome === 200) expect(response.status).toBe(200)
    else expect([403, 404]).toContain(response.status)
  })

  it('anonymous GET of an application is refused', async () => {
    expect([401, 403, 404]).toContain((await rest.get(`/applications/${world.apps.zjRecognized}`)).status)
  })

  it("an applicant can't update or delete another organisation's application, nor delete its own", async () => {
    const patch = await rest.patch(`/applications/${world.apps.blDistrictReview}`, { title: '被篡改' }, tokens.applicant)
    expect([403, 404]).toContain(patch.status)
    const del = await rest.delete(`/applications/${world.apps.nbDraft}`, tokens.applicant)
    expect([403, 404]).toContain(del.status)
    const other = await ctx.payload.findByID({ collection: 'applications', id: world.apps.blDistrictReview, depth: 0, overrideAccess: true })
    expect(other.title).toBe('精密模具与成形')
    expect(await countOf(ctx.payload, 'applications', { id: { equals: world.apps.nbDraft } })).toBe(1)
  })

  it("an expert can't update an assigned application", async () => {
    const patch = await rest.patch(`/applications/${world.apps.ticExpertReview}`, { title: '专家改名' }, tokens.expert1)
    expect([403, 404]).toContain(patch.status)
    const doc = await ctx.payload.findByID({ collection: 'applications', id: world.apps.ticExpertReview, depth: 0, overrideAccess: true })
    expect(doc.title).toBe('智能制造装备')
  })
})

describe('mass assignment by an applicant on its own draft', () => {
  it('PATCHing status → 400 and the status stays draft', async () => {
    const response = await rest.patch(`/applications/${world.apps.nbDraft}`, { status: 'recognized' }, tokens.applicant)
    expect(response.status).toBe(400)
    const doc = await ctx.payload.findByID({ collection: 'applications', id: world.apps.nbDraft, depth: 0, overrideAccess: true })
    expect(doc.status).toBe('draft')
  })

  it('PATCHing disbursedTotal, officialName, overrides or isPublic leaves them unchanged', async () => {
    // Facts the workflow owns are refused with 400 naming the field (the client can tell it was not saved) …
    const refused = await rest.patch(`/applications/${world.apps.nbDraft}`, { officialName: '自封的正式名称', isPublic: true, field: '高分子材料' }, tokens.applicant)
    expect(refused.status).toBe(400)
    expect(JSON.stringify(await refused.json())).toMatch(/officialName|正式名称/)
    expect((await ctx.payload.findByID({ collection: 'applications', id: world.apps.nbDraft, depth: 0, overrideAccess: true })).field ?? null).toBeNull()
    // … and so are the other server-computed fields (400, named: never silently dropped, #10).
    expect((await rest.patch(`/applications/${world.apps.nbDraft}`, { disbursedTotal: 9_999_999, field: '高分子材料' }, tokens.applicant)).status).toBe(400)
    expect((await rest.patch(`/applications/${world.apps.nbDraft}`, { overrides: [{ ruleId: 'nb.consortium.members-min', reason: '申报单位自己给自己豁免一条规则' }] }, tokens.applicant)).status).toBe(400)
    expect((await rest.patch(`/applications/${world.apps.nbDraft}`, { field: '高分子材料' }, tokens.applicant)).status).toBe(200)
    const doc = await ctx.payload.findByID({ collection: 'applications', id: world.apps.nbDraft, depth: 0, overrideAccess: true })
    expect(doc.disbursedTotal ?? 0).toBe(0)
    expect(doc.officialName ?? null).toBeNull()
    expect(doc.isPublic ?? false).toBe(false)
    expect(doc.overrides ?? []).toHaveLength(0)
    // The permitted field alone is saved: the refusals above were about the forged fields.
    expect(doc.field).toBe('高分子材料')
  })
})

describe('disbursements', () => {
  it('only staff with the carrier in their remit read a disbursement', async () => {
    const expected: Record<Who, boolean> = { admin: true, city: true, district: false, expert1: false, expert2: false, expert3: false, applicant: false }
    for (const who of ROLES) {
      const list = await titles(`/disbursements?limit=100&depth=0`, tokens[who])
      expect(list.ids.includes(String(disbursementId)), who).toBe(expected[who])
      const one = await rest.get(`/disbursements/${disbursementId}?depth=0`, tokens[who])
      if (expected[who]) expect(one.status, who).toBe(200)
      else expect([403, 404], who).toContain(one.status)
    }
    const anonymous = await titles('/disbursements')
    expect(anonymous.ids).toEqual([])
  })

  it.each(['applicant', 'district', 'expert1'] as const)('%s POSTing a disbursement → 403, nothing saved', async (who) => {
    const before = await countOf(ctx.payload, 'disbursements')
    const response = await rest.post('/disbursements', ticDisbursement(ticApp, 100_000), tokens[who])
    expect(response.status).toBe(403)
    expect(await countOf(ctx.payload, 'disbursements')).toBe(before)
    const app = await ctx.payload.findByID({ collection: 'applications', id: ticApp, depth: 0, overrideAccess: true })
    expect(app.disbursedTotal).toBe(1_000_000)
  })

  it('nobody but an admin deletes a disbursement; the city officer may edit only the note', async () => {
    for (const who of ['city', 'district', 'applicant'] as const) {
      expect([403, 404], who).toContain((await rest.delete(`/disbursements/${disbursementId}`, tokens[who])).status)
    }
    const amount = await rest.patch(`/disbursements/${disbursementId}`, { amount: 2_000_000 }, tokens.city)
    expect(amount.status).toBe(400)
    const note = await rest.patch(`/disbursements/${disbursementId}`, { note: '已核对银行回单' }, tokens.city)
    expect(note.status).toBe(200)
    const doc = await ctx.payload.findByID({ collection: 'disbursements', id: disbursementId, depth: 0, overrideAccess: true })
    expect(doc.amount).toBe(1_000_000)
    expect(doc.note).toBe('已核对银行回单')
  })
})

describe('reviews', () => {
  it('an expert reads only their own reviews; applicants none; scores only by the author and the city', async () => {
    const expected: Record<Who, boolean> = { admin: true, city: true, district: false, expert1: true, expert2: false, expert3: false, applicant: false }
    for (const who of ROLES) {
      const list = await titles('/reviews?limit=100&depth=0', tokens[who])
      expect(list.ids.includes(String(reviewId)), who).toBe(expected[who])
    }
    expect((await titles('/reviews')).ids).toEqual([])
  })

  it("another expert can't update expert1's review, and an applicant can't create one", async () => {
    const patch = await rest.patch(`/reviews/${reviewId}`, { recommend: true }, tokens.expert2)
    expect([403, 404]).toContain(patch.status)
    const doc = await ctx.payload.findByID({ collection: 'reviews', id: reviewId, depth: 0, overrideAccess: true })
    expect(doc.recommend ?? false).toBe(false)
    const post = await rest.post('/reviews', { application: world.apps.ticExpertReview, expert: world.users.expert2.id }, tokens.applicant)
    expect(post.status).toBe(403)
  })

  it('an expert not assigned to an application cannot review it', async () => {
    const before = await (await ctx.payload.count({ collection: 'reviews', overrideAccess: true })).totalDocs
    const post = await rest.post('/reviews', { application: world.apps.ticExpertReview, stage: 'expert-review' }, tokens.expert3)
    // The application is not one it can read: refused before any review rule (403, access.application-not-visible).
    expect(post.status).toBe(403)
    expect(await post.text()).toContain('access.application-not-visible')
    expect((await ctx.payload.count({ collection: 'reviews', overrideAccess: true })).totalDocs).toBe(before)
  })
})

describe('organizations and users', () => {
  it('an applicant sees only its own organisation; a district officer only its district', async () => {
    expect((await titles('/organizations?limit=100&depth=0', tokens.applicant)).ids).toEqual([String(world.orgs.nbLead)])
    const yinzhou = (await ctx.payload.find({ collection: 'organizations', where: { district: { equals: world.users.district.district as number } }, depth: 0, pagination: false, overrideAccess: true })).docs
      .map((d) => String(d.id))
      .sort()
    expect(yinzhou.length).toBeGreaterThanOrEqual(2)
    expect((await titles('/organizations?limit=100&depth=0', tokens.district)).ids).toEqual(yinzhou)
    expect((await titles('/organizations')).ids).toEqual([])
  })

  it("an applicant can't edit or delete another organisation", async () => {
    const patch = await rest.patch(`/organizations/${world.orgs.bl2}`, { name: '改名' }, tokens.applicant)
    expect([403, 404]).toContain(patch.status)
    const del = await rest.delete(`/organizations/${world.orgs.nbLead}`, tokens.applicant)
    expect([403, 404]).toContain(del.status)
    const org = await ctx.payload.findByID({ collection: 'organizations', id: world.orgs.bl2, depth: 0, overrideAccess: true })
    expect(org.name).toBe('宁波港城智能装备股份有限公司')
  })

  it('experts see only themselves among users; an applicant cannot promote itself', async () => {
    expect((await titles('/users?limit=100&depth=0', tokens.expert2)).ids).toEqual([String(world.users.expert2.id)])
    await rest.patch(`/users/${world.users.applicant.id}`, { role: 'admin' }, tokens.applicant)
    const me = await ctx.payload.findByID({ collection: 'users', id: world.users.applicant.id, depth: 0, overrideAccess: true })
    expect(me.role).toBe('applicant')
    const other = await rest.patch(`/users/${world.users.district.id}`, { name: '改名' }, tokens.applicant)
    expect([403, 404]).toContain(other.status)
  })
})
