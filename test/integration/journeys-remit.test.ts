// What each office sees and how it is named, through the REST handlers with each role's own session: a district
// officer sees only what was submitted to it (never a draft, nor its members, reviews or trail); a member unit gets
// its district; the timeline names the acting office; a refusal's words come as Chinese and English lines.
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { withCheckChar } from '../../src/lib/credit-code'
import { applyTransition } from '../../src/workflow/transition'
import { PASSWORD, seedWorld, type World } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { restClient, type RestClient } from '../helpers/rest'

let ctx: TestContext
let rest: RestClient
let world: World
const tokens: Record<string, string> = {}

beforeAll(async () => {
  process.env.JOBS_AUTORUN = 'false'
  ctx = await startPayload()
  world = await seedWorld(ctx.payload)
  rest = restClient(ctx.payload.config)
  for (const who of ['city', 'district', 'applicant']) tokens[who] = await rest.login(`${who}@example.org`, PASSWORD)
})
afterAll(async () => ctx?.close())

const ids = async (path: string, who: string): Promise<number[]> => {
  const response = await rest.get(path, tokens[who])
  expect(response.status).toBe(200)
  return ((await response.json()) as { docs: { id: number }[] }).docs.map((d) => d.id)
}
const setStatus = (id: number, status: string) => ctx.payload.db.updateOne({ collection: 'applications', id, data: { status }, returning: false })

describe("a district officer's remit", () => {
  it('does not include an applicant’s draft of its district, nor the draft’s members, until it is submitted', async () => {
    const draft = world.apps.nbDraft // 鄞州区, the district officer's own district
    const app = await ctx.payload.findByID({ collection: 'applications', id: draft, depth: 0, overrideAccess: true })
    expect(app.status).toBe('draft')
    const member = await ctx.payload.create({ collection: 'members', data: { application: draft, organization: world.orgs.bl2, role: 'enterprise' } as never, overrideAccess: true })
    const note = await ctx.payload.db.create({ collection: 'audit-log', data: { at: new Date().toISOString(), action: 'change', collectionSlug: 'applications', docId: String(draft), application: draft, district: app.district, summary: '草稿修改' } })

    expect([403, 404]).toContain((await rest.get(`/applications/${draft}?depth=0`, tokens.district)).status)
    expect(await ids('/applications?depth=0&limit=100', 'district')).not.toContain(draft)
    expect(await ids(`/members?depth=0&limit=100`, 'district')).not.toContain(member.id)
    expect(await ids(`/audit-log?depth=0&limit=200`, 'district')).not.toContain(note.id)
    expect((await rest.patch(`/applications/${draft}`, { publicSummary: '区县改草稿' }, tokens.district)).status).toBeGreaterThanOrEqual(400)
    // The applicant and the city bureau still see it.
    expect((await rest.get(`/applications/${draft}?depth=0`, tokens.applicant)).status).toBe(200)
    expect((await rest.get(`/members/${member.id}?depth=0`, tokens.city)).status).toBe(200)

    // Submitted to the district: now in its remit, with its members and trail; a returned one stays in it.
    for (const status of ['district-review', 'returned']) {
      await setStatus(draft, status)
      expect((await rest.get(`/applications/${draft}?depth=0`, tokens.district)).status).toBe(200)
      expect(await ids('/applications?depth=0&limit=100', 'district')).toContain(draft)
      expect(await ids(`/members?depth=0&limit=100`, 'district')).toContain(member.id)
      expect(await ids(`/audit-log?depth=0&limit=200`, 'district')).toContain(note.id)
    }
    await setStatus(draft, 'draft')
    await ctx.payload.delete({ collection: 'members', id: member.id, overrideAccess: true, trash: false } as never)
  })
})

describe('member units carry their district', () => {
  const register = async (name: string, body17: string) => {
    const response = await rest.post('/organizations', { name, creditCode: withCheckChar(body17), kind: 'enterprise' }, tokens.applicant)
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { id: number; district: { id: number } | number | null } }
    return { id: doc.id, district: typeof doc.district === 'object' && doc.district ? doc.district.id : doc.district }
  }
  const districtId = async (code: string) => (await ctx.payload.find({ collection: 'districts', where: { code: { equals: code } }, depth: 0, overrideAccess: true })).docs[0]!.id

  it('from the division code in the credit code (鄞州 330212), else from the application it joins in the same city, never across cities', async () => {
    const yinzhou = await districtId('330212')
    const byCode = await register('宁波鄞州某材料有限公司', '91330212MA2J8K1A3')
    expect(byCode.district).toBe(yinzhou)

    // Registered with the city authority (330200): no district of its own until it joins an application.
    const cityLevel = await register('宁波市级登记材料有限公司', '91330200MA2J8K2B4')
    expect(cityLevel.district ?? null).toBeNull()
    // A unit of Hangzhou (330100) joining a Ningbo application is not a Ningbo district's.
    const otherCity = await register('杭州某检测有限公司', '91330100MA2J8K3C5')
    const draft = world.apps.nbDraft
    for (const organization of [cityLevel.id, otherCity.id]) {
      expect((await rest.post('/members', { application: draft, organization, role: 'enterprise' }, tokens.applicant)).status).toBe(201)
    }
    const unit = async (id: number) => (await ctx.payload.findByID({ collection: 'organizations', id, depth: 0, overrideAccess: true })).district ?? null
    expect(await unit(cityLevel.id)).toBe(yinzhou)
    expect(await unit(otherCity.id)).toBeNull()
    // The change is in the trail, as the system's filling-in of the unit's district.
    const trail = await ctx.payload.find({ collection: 'audit-log', where: { and: [{ collectionSlug: { equals: 'organizations' } }, { docId: { equals: String(cityLevel.id) } }] }, depth: 0, overrideAccess: true })
    expect(JSON.stringify(trail.docs.map((d) => d.changes))).toContain('district')

    // Once the application is submitted, the district officer reads the unit by its name (not "无标题").
    await setStatus(draft, 'district-review')
    const read = await rest.get(`/organizations/${cityLevel.id}?depth=0`, tokens.district)
    expect(read.status).toBe(200)
    expect(((await read.json()) as { name: string }).name).toBe('宁波市级登记材料有限公司')
    await setStatus(draft, 'draft')
  })
})

describe('the timeline names the acting office', () => {
  it('鄞州区科技局 / Yinzhou District S&T Bureau for the district officer, the city bureau by its name, the applicant by its unit', async () => {
    const app = world.apps.nbDraft
    await setStatus(app, 'district-review')
    const asUser = async (key: 'district' | 'city') => createLocalReq({ user: { ...world.users[key], collection: 'users' } as never }, ctx.payload)
    await applyTransition(await asUser('district'), { applicationId: app, name: 'recommend', today: '2026-11-23' })
    const rows = await rest.get(`/audit-log?where[application][equals]=${app}&where[action][equals]=transition&sort=-at&depth=0`, tokens.applicant)
    expect(rows.status).toBe(200)
    const [recommend] = ((await rows.json()) as { docs: { actorOffice: string; actorOfficeEn: string; transition: string }[] }).docs
    expect(recommend).toMatchObject({ transition: 'recommend', actorOffice: '鄞州区科技局', actorOfficeEn: 'Yinzhou District S&T Bureau' })

    const change = await rest.patch(`/applications/${app}`, { title: '先进高分子材料（更名）' }, tokens.city)
    expect(change.status).toBe(200)
    const cityRow = await ctx.payload.find({ collection: 'audit-log', where: { and: [{ application: { equals: app } }, { action: { equals: 'change' } }] }, sort: '-at', limit: 1, depth: 0, overrideAccess: true })
    const settings = await ctx.payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
    expect(settings.bureauName).toBeTruthy()
    expect(cityRow.docs[0]).toMatchObject({ actorOffice: settings.bureauName, actorOfficeEn: 'City S&T Bureau' })

    await setStatus(app, 'draft')
    expect((await rest.patch(`/applications/${app}`, { title: '先进高分子材料' }, tokens.applicant)).status).toBe(200)
    const own = await ctx.payload.find({ collection: 'audit-log', where: { and: [{ application: { equals: app } }, { action: { equals: 'change' } }] }, sort: '-at', limit: 1, depth: 0, overrideAccess: true })
    const unit = await ctx.payload.findByID({ collection: 'organizations', id: world.orgs.nbLead, depth: 0, overrideAccess: true })
    expect(own.docs[0]).toMatchObject({ actorOffice: unit.name, actorOfficeEn: 'Applicant unit' })
  })
})

describe('a refusal in the one shape', () => {
  it('also carries its words as a Chinese line and an English line (for the admin toast), without the rule id', async () => {
    const response = await rest.post('/organizations', { name: '重复登记', creditCode: '91330200MA2H0000O1', kind: 'enterprise' }, tokens.applicant)
    expect(response.status).toBe(400)
    const body = (await response.json()) as { message: string; errors: { message: string; data: { violations: { message: { zh: string; en: string } }[] } }[] }
    const [violation] = body.errors[0]!.data.violations
    expect(body.message.split('\n')).toEqual([violation!.message.zh, violation!.message.en])
    expect(body.message).toContain('第17位“O”不是有效字符')
    expect(body.errors[0]!.message).toBe(`${violation!.message.zh} / ${violation!.message.en}`)
  })
})
