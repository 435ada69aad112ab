// The public site's data: register search, filters, sort and paging with a true total; a carrier's public
// record; notices open, 期满 and archived; statistics; open data; site settings and programme fields with their
// access; the hooks that expire cached pages; and no private value in anything the public gets.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedScale, type ScaleResult } from '../../bench/seed-scale'
import { chinaToday, daysBetween } from '../../src/lib/labels'
import { POLICY_SETS, type PolicySetId } from '../../src/policies'
import { PUBLIC_TAGS, tagExpiredAt } from '../../src/lib/public-cache'
import {
  findPublicCarrier,
  listNoticeArchive,
  listNoticeBoard,
  listRegister,
  noticeDaysLeft,
  noticePhase,
  openDataRows,
  PAGE_SIZE,
  parseRegisterQuery,
  publicCarrierPages,
  publicStatistics,
  recentNotices,
  registerFacets,
  registerHref,
  REGISTER_STATES,
} from '../../src/lib/public-records'
import { PASSWORD, seedWorld, type World } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { ALL_PRIVATE_MARKERS, seedPrivateData, type PrivateCarrier } from '../helpers/private-data'
import { restClient, type RestClient } from '../helpers/rest'

let ctx: TestContext
let payload: Payload
let world: World
let scale: ScaleResult
let privateCarrier: PrivateCarrier
let rest: RestClient
/** Carriers the demo seed puts on the register. */
let demoRegister: number
const today = chinaToday()
const CARRIERS = 45

const query = (params: Record<string, string> = {}) => parseRegisterQuery(params)

beforeAll(async () => {
  ctx = await startPayload()
  payload = ctx.payload
  world = await seedWorld(payload)
  demoRegister = (await registerIds()).size
  scale = await seedScale(payload, { carriers: CARRIERS, notices: 4, private: 6, members: 2, seed: 7 })
  privateCarrier = await seedPrivateData(payload)
  rest = restClient(payload.config)
})
afterAll(async () => ctx?.close())

/** The register as the database holds it, counted independently of the page's query. */
async function registerIds(): Promise<Set<string>> {
  const all = await payload.find({ collection: 'applications', depth: 0, pagination: false, overrideAccess: true, select: { status: true, isPublic: true } })
  return new Set(all.docs.filter((d) => d.isPublic && (REGISTER_STATES as readonly string[]).includes(d.status)).map((d) => String(d.id)))
}

describe('the register', () => {
  it('pages through every public carrier once, with the true total, newest first', async () => {
    const expected = await registerIds()
    // The demo's recognised carriers, the generator's and the privacy check's carrier.
    expect(demoRegister).toBeGreaterThan(0)
    expect(expected.size).toBe(demoRegister + CARRIERS + 1)
    const first = await listRegister(payload, query())
    expect(first.totalDocs).toBe(expected.size)
    expect(first.totalPages).toBe(Math.ceil(expected.size / PAGE_SIZE))
    expect(first.docs).toHaveLength(PAGE_SIZE)
    const seen: string[] = []
    const dates: string[] = []
    for (let page = 1; page <= first.totalPages; page++) {
      const result = await listRegister(payload, query({ page: String(page) }))
      seen.push(...result.docs.map((d) => String(d.id)))
      dates.push(...result.docs.map((d) => d.recognizedOn ?? ''))
    }
    expect(seen).toHaveLength(expected.size)
    expect(new Set(seen)).toEqual(expected)
    expect(dates).toEqual([...dates].sort().reverse())
    // Nothing under notice and nothing private is on the register.
    for (const id of [...scale.notices, ...scale.private]) expect(seen).not.toContain(String(id))
  })

  it('filters by kind, policy set, district and year, and the totals add up', async () => {
    const all = (await listRegister(payload, query())).totalDocs
    let sum = 0
    for (const kind of ['consortium', 'tic', 'complex']) {
      const result = await listRegister(payload, query({ kind }))
      sum += result.totalDocs
      const label = { consortium: '创新联合体', tic: '技术创新中心', complex: '产业创新服务综合体' }[kind]
      for (const row of result.docs) expect(row.kind).toBe(label)
    }
    expect(sum).toBe(all)

    const wh = await listRegister(payload, query({ policySet: 'wh-consortium-2022' }))
    // The generator gives every fifth carrier (index 2, 7, …) to Weihai.
    expect(wh.totalDocs).toBe(Array.from({ length: CARRIERS }, (_, i) => i).filter((i) => i % 5 === 2).length)
    for (const row of wh.docs) expect(row.policySet).toContain('威海市')

    const facets = await registerFacets(payload)
    const district = facets.districts[0]!
    const inDistrict = await listRegister(payload, query({ district: district.value }))
    expect(inDistrict.totalDocs).toBeGreaterThan(0)
    for (const row of inDistrict.docs) expect(row.district).toBe(district.label)

    const year = facets.years[facets.years.length - 1]!
    const inYear = await listRegister(payload, query({ year: String(year), page: '1' }))
    expect(inYear.totalDocs).toBeGreaterThan(0)
    for (const row of inYear.docs) expect(row.recognizedOn!.slice(0, 4)).toBe(String(year))
    const yearsTotal = (await Promise.all(facets.years.map((y) => listRegister(payload, query({ year: String(y) }))))).reduce((n, r) => n + r.totalDocs, 0)
    expect(yearsTotal).toBe(all)
  })

  it('searches the name, the lead unit and the field', async () => {
    const carrier = (await findPublicCarrier(payload, scale.carriers[10]!))!
    const leadSerial = /（(\d+)）$/.exec(carrier.lead!)![1]!
    const byLead = await listRegister(payload, query({ q: `（${leadSerial}）` }))
    expect(byLead.docs.map((d) => d.id)).toEqual([carrier.id])
    const byName = await listRegister(payload, query({ q: carrier.name }))
    expect(byName.docs.map((d) => d.id)).toContain(carrier.id)
    const byField = await listRegister(payload, query({ q: '隐私校验技术' }))
    expect(byField.docs.map((d) => d.id)).toEqual([privateCarrier.id])
    expect((await listRegister(payload, query({ q: '不存在的载体名称' }))).totalDocs).toBe(0)
  })

  it('sorts oldest first on request, and keeps the parameters in the URL', async () => {
    const oldest = await listRegister(payload, query({ sort: 'oldest' }))
    const dates = oldest.docs.map((d) => d.recognizedOn ?? '')
    expect(dates).toEqual([...dates].sort())
    expect(registerHref(query({ kind: 'tic', page: '2', sort: 'oldest', q: '材料' }))).toBe('/?q=%E6%9D%90%E6%96%99&kind=tic&sort=oldest&page=2')
    expect(registerHref(query())).toBe('/')
    // Nonsense parameters are dropped, not refused.
    expect(parseRegisterQuery({ kind: 'x', page: '-3', year: '1e9', sort: 'drop table', district: '1;2' })).toEqual({ sort: 'newest', page: 1 })
  })
})

describe("a carrier's public record", () => {
  it('names its lead and member units, its policy and the notice history, and nothing else', async () => {
    const carrier = (await findPublicCarrier(payload, privateCarrier.id))!
    expect(carrier.name).toBe(privateCarrier.officialName)
    expect(carrier.lead).toBe(privateCarrier.lead)
    expect(carrier.members).toEqual([{ name: '隐私校验成员大学', role: '高校' }])
    expect(carrier.policySetDocument).toContain('宁波市技术创新中心建设工作指引')
    expect(carrier.recognizedOn).toBe('2026-01-15')
    expect(carrier.status).toBe('建设中')
  })

  it('is not found while the application is private', async () => {
    for (const id of scale.private) expect(await findPublicCarrier(payload, id)).toBeNull()
    expect(await findPublicCarrier(payload, world.apps.nbDraft)).toBeNull()
    // Not an id at all: no query error (a 500) on PostgreSQL, just nothing.
    for (const id of ['1 OR 1=1', 'abc', '1e3', '-1']) expect(await findPublicCarrier(payload, id)).toBeNull()
    expect((await listRegister(payload, query({ district: 'abc' }))).totalDocs).toBe(0)
  })

  it('of a delisted carrier stays, saying so and since when', async () => {
    const id = scale.carriers[3]!
    await payload.update({ collection: 'applications', id, data: { status: 'delisted', isPublic: false }, overrideAccess: true, context: { seed: true } })
    await payload.create({
      collection: 'audit-log',
      data: { at: '2026-09-30T02:00:00.000Z', action: 'transition', collectionSlug: 'applications', docId: String(id), application: id as number, transition: 'delist', from: 'under-evaluation', to: 'delisted', reason: '不公开的理由' },
      overrideAccess: true,
    })
    const carrier = (await findPublicCarrier(payload, id))!
    expect(carrier.status).toBe('已摘牌')
    expect(carrier.endedOn).toBe('2026-09-30')
    expect(carrier.history.map((e) => e.text)).toContain('摘牌')
    expect(JSON.stringify(carrier)).not.toContain('不公开的理由')
    expect((await listRegister(payload, query({ q: carrier.name }))).docs.map((d) => d.id)).not.toContain(id)
    expect((await publicStatistics(payload)).ended).toBe(1)
  })
})

describe('notices', () => {
  it('lists running notices by programme, with its issuer, number and where to object', async () => {
    const groups = await listNoticeBoard(payload)
    const ids = groups.flatMap((g) => g.notices.map((n) => n.id))
    for (const id of scale.notices) expect(ids).toContain(id)
    expect(ids).toContain(world.apps.whNotice)
    const scaled = groups.find((g) => g.notices.some((n) => n.id === scale.notices[0]))!
    const program = await payload.findByID({ collection: 'programs', id: scaled.program.id, depth: 0, overrideAccess: true })
    expect(scaled.program.issuingOffice).toBe(POLICY_SETS[program.policySet as PolicySetId].issuer.zh)
    expect(scaled.program.noticeDocumentNumber).toMatch(/^公示〔\d{4}〕\d+号$/)
    expect(scaled.program.objection.phone).toBe('0574-00000000')
  })

  it('is open until its last day in China, then 期满; an objection shows as such', () => {
    expect(noticePhase('public-notice', '2026-11-20', '2026-11-20')).toBe('open')
    expect(noticeDaysLeft('2026-11-20', '2026-11-20')).toBe(0)
    expect(noticeDaysLeft('2026-11-20', '2026-11-16')).toBe(4)
    expect(noticePhase('public-notice', '2026-11-20', '2026-11-21')).toBe('ended')
    expect(noticeDaysLeft('2026-11-20', '2026-11-21')).toBeNull()
    expect(noticePhase('objection', '2026-11-20', '2026-11-18')).toBe('objection')
  })

  it('the generated notices: half running, half 期满 on today', async () => {
    const groups = await listNoticeBoard(payload)
    const rows = groups.flatMap((g) => g.notices).filter((n) => scale.notices.includes(n.id))
    const phases = rows.map((n) => noticePhase(n.status, n.noticeEndsOn, today)).sort()
    expect(phases).toEqual(['ended', 'ended', 'open', 'open'])
    for (const n of rows) expect(daysBetween(n.noticeStartsOn!, n.noticeEndsOn!)).toBeGreaterThanOrEqual(4)
  })

  it('moves to the archive with its outcome once decided', async () => {
    const id = scale.notices[1]!
    expect((await listNoticeArchive(payload, 1)).docs.map((d) => d.id)).not.toContain(id)
    await payload.update({ collection: 'applications', id, data: { status: 'filed', recognizedOn: `${today}T00:00:00.000Z`, officialName: '威海市归档校验创新联合体' }, overrideAccess: true, context: { seed: true } })
    expect((await listNoticeBoard(payload)).flatMap((g) => g.notices.map((n) => n.id))).not.toContain(id)
    const archive = await listNoticeArchive(payload, 1)
    const row = archive.docs.find((d) => d.id === id)!
    expect(row.outcome).toBe('已备案')
    expect(row.noticeDocumentNumber).toMatch(/公示/)
    expect((await recentNotices(payload)).map((n) => n.id)).toContain(id)
    expect((await listRegister(payload, query({ q: '归档校验' }))).docs.map((d) => d.id)).toEqual([id])
  })
})

describe('statistics and open data', () => {
  it('counts the register by kind, year, district and policy set, each adding up to the total', async () => {
    const stats = await publicStatistics(payload)
    const total = (await registerIds()).size
    expect(stats.total).toBe(total)
    for (const counts of [stats.byKind, stats.byYear, stats.byDistrict, stats.byPolicySet]) expect(counts.reduce((n, c) => n + c.count, 0)).toBe(total)
    expect(stats.openNotices).toBe((await listNoticeBoard(payload)).reduce((n, g) => n + g.notices.length, 0))
  })

  it('open data has one row per register carrier, members by name, and only the public columns', async () => {
    const rows = await openDataRows(payload, 'https://kjj.example.gov.cn')
    expect(rows).toHaveLength((await registerIds()).size)
    const row = rows.find((r) => r.id === String(privateCarrier.id))!
    expect(Object.keys(row).sort()).toEqual(['district', 'field', 'id', 'kind', 'lead', 'members', 'name', 'nameEn', 'policySet', 'recognitionDocumentNumber', 'recognizedOn', 'status', 'url'])
    expect(row.members).toEqual(['隐私校验成员大学'])
    expect(row.url).toBe(`https://kjj.example.gov.cn/carriers/${privateCarrier.id}`)
    const generated = rows.find((r) => r.id === String(scale.carriers[0]))!
    expect(generated.recognitionDocumentNumber).toMatch(/^认定〔\d{4}〕\d+号$/)
    expect(generated.members.length).toBeGreaterThanOrEqual(1)
  })

  it('the sitemap lists every public carrier page and no private one', async () => {
    const ids = (await publicCarrierPages(payload)).map((p) => String(p.id))
    for (const id of [...scale.carriers, ...scale.notices]) expect(ids).toContain(String(id))
    for (const id of scale.private) expect(ids).not.toContain(String(id))
  })

  it('nothing the public gets holds an amount, a score, an email, a phone or a private name', async () => {
    const everything = JSON.stringify([
      await listRegister(payload, query({ q: '隐私' })),
      await findPublicCarrier(payload, privateCarrier.id),
      await listNoticeBoard(payload),
      await listNoticeArchive(payload, 1),
      await publicStatistics(payload),
      await openDataRows(payload, 'https://kjj.example.gov.cn'),
      await recentNotices(payload),
      await registerFacets(payload),
    ])
    expect(everything).toContain(privateCarrier.officialName)
    for (const marker of ALL_PRIVATE_MARKERS) expect(everything, marker).not.toContain(marker)
  })
})

describe('site settings and programme notice fields', () => {
  const tokens: Record<string, string> = {}
  beforeAll(async () => {
    for (const who of ['admin', 'city', 'district', 'expert1', 'applicant']) tokens[who] = await rest.login(`${who}@example.org`, PASSWORD)
  })

  it('staff read the settings; only the city bureau changes them; versions are the city bureau’s', async () => {
    expect([401, 403]).toContain((await rest.get('/globals/site-settings')).status)
    expect([401, 403]).toContain((await rest.get('/globals/site-settings', tokens.applicant)).status)
    expect([401, 403]).toContain((await rest.get('/globals/site-settings', tokens.expert1)).status)
    expect((await rest.get('/globals/site-settings', tokens.district)).status).toBe(200)
    expect([401, 403]).toContain((await rest.post('/globals/site-settings', { bureauName: '区县改名' }, tokens.district)).status)
    expect([401, 403]).toContain((await rest.post('/globals/site-settings', { bureauName: '申报单位改名' }, tokens.applicant)).status)
    const before = tagExpiredAt(PUBLIC_TAGS.all)
    const ok = await rest.post('/globals/site-settings', { bureauName: '宁波市科学技术局', icpNumber: '浙ICP备12345678号' }, tokens.city)
    expect(ok.status).toBe(200)
    const saved = await payload.findGlobal({ slug: 'site-settings', overrideAccess: true })
    expect(saved.bureauName).toBe('宁波市科学技术局')
    expect(tagExpiredAt(PUBLIC_TAGS.all)).toBeGreaterThan(before)
    expect([401, 403]).toContain((await rest.get('/globals/site-settings/versions', tokens.district)).status)
    const versions = (await (await rest.get('/globals/site-settings/versions', tokens.city)).json()) as { docs: unknown[] }
    expect(versions.docs.length).toBeGreaterThanOrEqual(1)
  })

  it('the city bureau sets where to object; applicants and district officers cannot', async () => {
    const id = world.programs.nbTic
    const patch = { publicNotice: { issuingOffice: '篡改的发布单位', objection: { phone: '000' } } }
    expect([403, 404]).toContain((await rest.patch(`/programs/${id}`, patch, tokens.applicant)).status)
    expect([403, 404]).toContain((await rest.patch(`/programs/${id}`, patch, tokens.district)).status)
    const before = tagExpiredAt(PUBLIC_TAGS.program(id))
    const ok = await rest.patch(`/programs/${id}`, { publicNotice: { issuingOffice: '宁波市科学技术局', noticeDocumentNumber: '甬科公示〔2026〕9号', objection: { phone: '0574-87000000', instructions: '请以书面形式实名反映。' } } }, tokens.city)
    expect(ok.status).toBe(200)
    const program = await payload.findByID({ collection: 'programs', id, depth: 0, overrideAccess: true })
    expect(program.publicNotice?.issuingOffice).toBe('宁波市科学技术局')
    expect(program.publicNotice?.objection?.phone).toBe('0574-87000000')
    expect(tagExpiredAt(PUBLIC_TAGS.program(id))).toBeGreaterThan(before)
  })
})

describe('hooks expire the cached pages that show a record', () => {
  it('a public carrier’s change expires its page and the lists; a draft’s change expires nothing', async () => {
    const id = scale.carriers[5]!
    const [carrierBefore, listsBefore] = [tagExpiredAt(PUBLIC_TAGS.carrier(id)), tagExpiredAt(PUBLIC_TAGS.lists)]
    await new Promise((r) => setTimeout(r, 5))
    await payload.update({ collection: 'applications', id, data: { publicSummary: '更新后的简介' }, overrideAccess: true })
    expect(tagExpiredAt(PUBLIC_TAGS.carrier(id))).toBeGreaterThan(carrierBefore)
    expect(tagExpiredAt(PUBLIC_TAGS.lists)).toBeGreaterThan(listsBefore)

    const draft = scale.private[0]!
    const draftBefore = tagExpiredAt(PUBLIC_TAGS.carrier(draft))
    await payload.update({ collection: 'applications', id: draft, data: { field: '草稿修改' }, overrideAccess: true, context: { seed: true } })
    expect(tagExpiredAt(PUBLIC_TAGS.carrier(draft))).toBe(draftBefore)
  })

  it("a unit's rename expires the pages that name it; its yearly figures expire nothing", async () => {
    const carrier = (await payload.findByID({ collection: 'applications', id: scale.carriers[7]!, depth: 0, overrideAccess: true }))
    const leadId = carrier.lead as number
    const before = tagExpiredAt(PUBLIC_TAGS.carrier(carrier.id))
    await new Promise((r) => setTimeout(r, 5))
    await payload.update({ collection: 'organizations', id: leadId, data: { figures: [{ year: 2025, revenue: 1_000_000 }] }, overrideAccess: true })
    expect(tagExpiredAt(PUBLIC_TAGS.carrier(carrier.id))).toBe(before)
    await payload.update({ collection: 'organizations', id: leadId, data: { name: '改名后的牵头单位有限公司' }, overrideAccess: true })
    expect(tagExpiredAt(PUBLIC_TAGS.carrier(carrier.id))).toBeGreaterThan(before)
    expect((await findPublicCarrier(payload, carrier.id))!.lead).toBe('改名后的牵头单位有限公司')
  })

  it("a member's change expires its carrier's page", async () => {
    const id = scale.carriers[8]!
    const before = tagExpiredAt(PUBLIC_TAGS.carrier(id))
    await new Promise((r) => setTimeout(r, 5))
    const member = (await payload.find({ collection: 'members', where: { application: { equals: id } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]!
    await payload.update({ collection: 'members', id: member.id, data: { leftOn: '2026-10-01T00:00:00.000Z' }, overrideAccess: true })
    expect(tagExpiredAt(PUBLIC_TAGS.carrier(id))).toBeGreaterThan(before)
  })
})
