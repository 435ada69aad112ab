// Saved filters (Payload's query presets) over REST with real sessions: an officer's own, or shared with the office —
// a district bureau's with the officers of the same district, the city bureau's with the city bureau; never with
// another district, never with applicants or experts; "everyone" and forged offices are refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PASSWORD, seedWorld, type World } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { restClient, type RestClient } from '../helpers/rest'

let ctx: TestContext
let rest: RestClient
let world: World
const t = {} as Record<'districtA' | 'districtB' | 'districtC' | 'city' | 'city2' | 'admin' | 'applicant' | 'expert', string>
let otherDistrict: number

const preset = (title: string, read: string, extra: Record<string, unknown> = {}) => ({
  title,
  relatedCollection: 'applications',
  where: { and: [{ status: { equals: 'submitted' } }] },
  columns: [{ accessor: 'title', active: true }],
  access: { read: { constraint: read, ...extra }, update: { constraint: 'onlyMe' }, delete: { constraint: 'onlyMe' } },
})

async function titlesSeenBy(token: string): Promise<string[]> {
  const response = await rest.get('/payload-query-presets?limit=100&depth=0&where[relatedCollection][equals]=applications', token)
  expect(response.status).toBe(200)
  return ((await response.json()) as { docs: { title: string }[] }).docs.map((d) => d.title)
}

async function create(token: string, body: Record<string, unknown>) {
  const response = await rest.post('/payload-query-presets', body, token)
  return { status: response.status, json: (await response.json()) as { doc?: { id: number; access?: Record<string, { office?: string }> }; errors?: unknown } }
}

beforeAll(async () => {
  ctx = await startPayload()
  const { payload } = ctx
  world = await seedWorld(payload)
  rest = restClient(payload.config)
  const yinzhou = world.users.district.district as number
  otherDistrict = (await payload.find({ collection: 'districts', where: { id: { not_equals: yinzhou } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]!.id as number
  const user = (email: string, role: string, district?: number) =>
    payload.create({ collection: 'users', data: { email, password: PASSWORD, name: email.split('@')[0]!, role, district } as never, overrideAccess: true })
  await user('district-b@example.org', 'district-officer', yinzhou)
  await user('district-c@example.org', 'district-officer', otherDistrict)
  await user('city2@example.org', 'city-officer')
  for (const [key, email] of Object.entries({ districtA: 'district', districtB: 'district-b', districtC: 'district-c', city: 'city', city2: 'city2', admin: 'admin', applicant: 'applicant', expert: 'expert1' })) {
    t[key as keyof typeof t] = await rest.login(`${email}@example.org`, PASSWORD)
  }
})
afterAll(async () => ctx?.close())

describe('saved filters', () => {
  it('a district officer’s office filter is seen by a colleague of the same district, not by another district nor the city', async () => {
    const created = await create(t.districtA, preset('鄞州待审', 'office'))
    expect(created.status, JSON.stringify(created.json)).toBe(201)
    expect(await titlesSeenBy(t.districtA)).toContain('鄞州待审')
    expect(await titlesSeenBy(t.districtB)).toContain('鄞州待审')
    expect(await titlesSeenBy(t.districtC)).not.toContain('鄞州待审')
    expect(await titlesSeenBy(t.city)).not.toContain('鄞州待审')
    // Read by id, too.
    expect((await rest.get(`/payload-query-presets/${created.json.doc!.id}`, t.districtB)).status).toBe(200)
    expect([403, 404]).toContain((await rest.get(`/payload-query-presets/${created.json.doc!.id}`, t.districtC)).status)
  })

  it('the colleague uses it but does not change or delete it (only its author does)', async () => {
    const id = (await create(t.districtA, preset('鄞州只读', 'office'))).json.doc!.id
    expect([403, 404]).toContain((await rest.patch(`/payload-query-presets/${id}`, { title: '改名' }, t.districtB)).status)
    expect([403, 404]).toContain((await rest.delete(`/payload-query-presets/${id}`, t.districtB)).status)
    const stored = await ctx.payload.findByID({ collection: 'payload-query-presets', id, overrideAccess: true })
    expect(stored.title).toBe('鄞州只读')
    expect((await rest.patch(`/payload-query-presets/${id}`, { title: '鄞州只读（改）' }, t.districtA)).status).toBe(200)
  })

  it('an “only me” filter is its author’s alone', async () => {
    expect((await create(t.districtA, preset('我的草稿筛选', 'onlyMe'))).status).toBe(201)
    expect(await titlesSeenBy(t.districtA)).toContain('我的草稿筛选')
    expect(await titlesSeenBy(t.districtB)).not.toContain('我的草稿筛选')
    expect(await titlesSeenBy(t.admin)).not.toContain('我的草稿筛选')
  })

  it('the city bureau’s office filter is shared city-wide, with no district', async () => {
    expect((await create(t.city, preset('全市公示到期', 'office'))).status).toBe(201)
    expect(await titlesSeenBy(t.city2)).toContain('全市公示到期')
    expect(await titlesSeenBy(t.admin)).toContain('全市公示到期')
    expect(await titlesSeenBy(t.districtA)).not.toContain('全市公示到期')
  })

  it('the office is the author’s: a forged office is not taken', async () => {
    const forged = await create(t.districtA, preset('伪造科室', 'office', { office: `district:${otherDistrict}` }))
    expect(forged.status).toBe(201)
    expect(await titlesSeenBy(t.districtC)).not.toContain('伪造科室')
    expect(await titlesSeenBy(t.districtB)).toContain('伪造科室')
  })

  it('“everyone” and “specific users” are refused, in both languages, and nothing is saved', async () => {
    const before = (await ctx.payload.count({ collection: 'payload-query-presets', overrideAccess: true })).totalDocs
    for (const constraint of ['everyone', 'specificUsers']) {
      const response = await rest.post('/payload-query-presets', preset(`所有人${constraint}`, constraint), t.city)
      expect(response.status).toBe(400)
      const text = await response.text()
      expect(text).toContain('本单位同事共享')
      expect(text).toContain('shared with your office')
    }
    expect((await ctx.payload.count({ collection: 'payload-query-presets', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('applicants and experts neither read nor save any', async () => {
    for (const token of [t.applicant, t.expert]) {
      expect([401, 403]).toContain((await rest.get('/payload-query-presets?limit=100', token)).status)
      expect([401, 403]).toContain((await create(token, preset('申报人筛选', 'onlyMe'))).status)
    }
    expect([401, 403]).toContain((await rest.get('/payload-query-presets?limit=100', undefined)).status)
  })
})
