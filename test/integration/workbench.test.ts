// The officers' workbench: the to-do of each role (counts that match the filtered lists they link to, and how long
// the oldest has waited) and bulk transitions (per-row results, the single-row guards, one audit entry per row).
import type { RequiredDataFromCollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { todayInChina } from '../../src/jobs/calendar'
import { addDays } from '../../src/policies'
import { todoFor, type TodoItem } from '../../src/workflow/todo'
import { PASSWORD, seedWorld, type Id, type UserDoc, type World } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { restClient, type RestClient } from '../helpers/rest'

let ctx: TestContext
let rest: RestClient
let world: World
let tokens: Record<'city' | 'district' | 'expert1' | 'applicant', string>
const today = todayInChina()

async function seeded(data: Record<string, unknown>): Promise<Id> {
  const doc = await ctx.payload.create({ collection: 'applications', data: data as RequiredDataFromCollectionSlug<'applications'>, overrideAccess: true, context: { seed: true } })
  return doc.id
}
const todo = (user: UserDoc) => todoFor(ctx.payload, user as never, today)
const item = (items: TodoItem[], kind: string) => {
  const found = items.find((i) => i.kind === kind)
  if (!found) throw new Error(`no to-do item ${kind} in ${items.map((i) => i.kind).join(', ')}`)
  return found
}
/** The list the item links to, read over REST with the same user's token: its total must be the item's count. */
async function listTotal(href: string, token: string): Promise<number> {
  const path = href.replace('/admin/collections/', '/').replace('?', '?depth=0&limit=1&')
  const response = await rest.get(path, token)
  expect(response.status, `${path}: ${await response.clone().text()}`).toBe(200)
  return ((await response.json()) as { totalDocs: number }).totalDocs
}
async function post(path: string, body: unknown, token: string) {
  const response = await rest.post(path, body, token)
  return { status: response.status, json: (await response.json()) as Record<string, any> }
}

beforeAll(async () => {
  ctx = await startPayload()
  world = await seedWorld(ctx.payload)
  rest = restClient(ctx.payload.config)
  tokens = {
    city: await rest.login('city@example.org', PASSWORD),
    district: await rest.login('district@example.org', PASSWORD),
    expert1: await rest.login('expert1@example.org', PASSWORD),
    applicant: await rest.login('applicant@example.org', PASSWORD),
  }
})
afterAll(async () => ctx?.close())

describe('the to-do of each role', () => {
  it("city officer: every item's count is the size of the list it links to", async () => {
    const items = await todo(world.users.city)
    expect(items.map((i) => i.kind)).toEqual(['office-review', 'notices-ended', 'objections-open', 'reviews-overdue', 'installments-due', 'evaluations-due', 'evaluations-overdue', 'outbox-failed'])
    for (const i of items) expect(await listTotal(i.href, tokens.city), i.kind).toBe(i.count)
  })

  it('counts what arrives and says how long the oldest has waited', async () => {
    const before = await todo(world.users.city)
    await seeded({ title: '待审中心甲', program: world.programs.nbTic, lead: world.orgs.ticHost, status: 'submitted', submittedOn: `${addDays(today, -12)}T02:00:00.000Z` })
    await seeded({ title: '待审综合体乙', program: world.programs.cxComplex, lead: world.orgs.cxLead, status: 'reviewed', submittedOn: `${addDays(today, -3)}T02:00:00.000Z` })
    // Not the city's turn: the district recommends first.
    await seeded({ title: '区县初审丙', program: world.programs.nbConsortium, lead: world.orgs.nbLead, status: 'district-review', submittedOn: `${addDays(today, -30)}T02:00:00.000Z` })
    const noticed = await seeded({ title: '公示期满丁', program: world.programs.whConsortium, lead: world.orgs.whLead, status: 'public-notice', noticeStartsOn: `${addDays(today, -9)}T00:00:00.000Z`, noticeEndsOn: `${addDays(today, -3)}T00:00:00.000Z` })
    await ctx.payload.create({ collection: 'objections', data: { application: noticed, objector: '某公司', content: '成员单位资料不实', receivedOn: addDays(today, -4), status: 'open' }, overrideAccess: true, context: { transition: true } })
    await ctx.payload.create({ collection: 'evaluations', data: { application: world.apps.zjRecognized, year: 2025, kind: 'annual', dueOn: `${addDays(today, 10)}T00:00:00.000Z` }, overrideAccess: true })
    await ctx.payload.create({ collection: 'evaluations', data: { application: world.apps.cxTown, year: 2025, kind: 'annual', dueOn: `${addDays(today, -5)}T00:00:00.000Z` }, overrideAccess: true })
    await ctx.payload.create({ collection: 'projects', data: { application: world.apps.cxTown, title: '智能家电共性技术攻关', kind: 'self-run', year: 2026, status: 'in-progress', subsidyTotal: 400_000 }, overrideAccess: true })

    const after = await todo(world.users.city)
    const delta = (kind: string) => item(after, kind).count - item(before, kind).count
    expect(delta('office-review')).toBe(2)
    expect(item(after, 'office-review').waitedDays).toBeGreaterThanOrEqual(12)
    expect(delta('notices-ended')).toBe(1)
    expect(item(after, 'notices-ended').waitedDays).toBeGreaterThanOrEqual(2)
    expect(delta('objections-open')).toBe(1)
    expect(item(after, 'objections-open').late).toBe(true)
    expect(delta('evaluations-due')).toBe(1)
    expect(delta('evaluations-overdue')).toBe(1)
    expect(delta('installments-due')).toBe(1)
    for (const i of after) expect(await listTotal(i.href, tokens.city), i.kind).toBe(i.count)
  })

  it('district officer: its own queue, in its own district', async () => {
    const items = await todo(world.users.district)
    expect(items.map((i) => i.kind)).toEqual(['office-review', 'objections-open', 'evaluations-due', 'evaluations-overdue'])
    const queue = item(items, 'office-review')
    expect(queue.label.zh).toBe('待本局初审推荐的申报')
    expect(queue.count).toBeGreaterThanOrEqual(1) // 区县初审丙, in 鄞州
    for (const i of items) expect(await listTotal(i.href, tokens.district), i.kind).toBe(i.count)
  })

  it('expert: the applications assigned for review, no staff items', async () => {
    const items = await todo(world.users.expert1)
    expect(items.map((i) => i.kind)).toEqual(['my-reviews', 'reviews-overdue'])
    expect(item(items, 'my-reviews').count).toBe(1)
    for (const i of items) expect(await listTotal(i.href, tokens.expert1), i.kind).toBe(i.count)
  })

  it('applicant: its drafts, returned applications and self-reports only', async () => {
    const items = await todo(world.users.applicant)
    expect(items.map((i) => i.kind)).toEqual(['my-drafts', 'my-returned', 'evaluations-due', 'evaluations-overdue'])
    expect(item(items, 'my-drafts').count).toBe(1)
    // The other organisations' evaluations added above are not this applicant's.
    expect(item(items, 'evaluations-overdue').count).toBe(0)
    for (const i of items) expect(await listTotal(i.href, tokens.applicant), i.kind).toBe(i.count)
  })
})

describe('bulk transitions', () => {
  it('returns the rows that may be returned, refuses the rest with the rule, and audits each row', async () => {
    const a = await seeded({ title: '批量甲', program: world.programs.nbTic, lead: world.orgs.ticHost, status: 'submitted' })
    const b = await seeded({ title: '批量乙', program: world.programs.cxComplex, lead: world.orgs.cxLead, status: 'submitted' })
    const draft = await seeded({ title: '批量草稿', program: world.programs.nbTic, lead: world.orgs.ticHost, status: 'draft' })
    const { status, json } = await post('/applications/bulk-transition', { ids: [a, b, draft], name: 'return', reason: '材料不全，请补充成员单位协议' }, tokens.city)
    expect(status).toBe(200)
    expect(json.done).toBe(2)
    expect(json.refused).toBe(1)
    const byId = new Map((json.results as { id: Id; ok: boolean; status?: string; title?: string; violations?: { ruleId: string }[] }[]).map((r) => [r.id, r]))
    expect(byId.get(a)).toMatchObject({ ok: true, status: 'returned' })
    expect(byId.get(b)).toMatchObject({ ok: true, status: 'returned' })
    expect(byId.get(draft)).toMatchObject({ ok: false, title: '批量草稿' })
    expect(byId.get(draft)!.violations!.length).toBeGreaterThan(0)
    for (const id of [a, b]) {
      const audit = await ctx.payload.find({ collection: 'audit-log', where: { and: [{ application: { equals: id } }, { transition: { equals: 'return' } }] }, overrideAccess: true })
      expect(audit.docs).toHaveLength(1)
      expect(audit.docs[0]!.reason).toBe('材料不全，请补充成员单位协议')
      expect(audit.docs[0]!.actorName).toBe('王科长（市科技局）')
    }
    const untouched = await ctx.payload.findByID({ collection: 'applications', id: draft, overrideAccess: true })
    expect(untouched.status).toBe('draft')
    expect((await ctx.payload.count({ collection: 'audit-log', where: { application: { equals: draft } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('applies the single-row guards: the same rules refuse the same row', async () => {
    const id = await seeded({ title: '缺材料中心', program: world.programs.nbTic, lead: world.orgs.ticHost, status: 'submitted' })
    const single = await post(`/applications/${id}/transition`, { name: 'open-expert-review' }, tokens.city)
    expect(single.status).toBe(400)
    const singleRules = (single.json.errors[0].data.violations as { rule?: string; ruleId?: string }[]).map((v) => v.rule ?? v.ruleId).sort()
    const bulk = await post('/applications/bulk-transition', { ids: [id], name: 'open-expert-review' }, tokens.city)
    expect(bulk.json.results[0].ok).toBe(false)
    expect((bulk.json.results[0].violations as { ruleId: string }[]).map((v) => v.ruleId).sort()).toEqual(singleRules)
  })

  it('a reason-needing transition without a reason is refused on every row, naming the rule', async () => {
    const id = await seeded({ title: '无理由退回', program: world.programs.nbTic, lead: world.orgs.ticHost, status: 'submitted' })
    const { json } = await post('/applications/bulk-transition', { ids: [id], name: 'return' }, tokens.city)
    expect(json.done).toBe(0)
    expect(json.results[0].violations.length).toBeGreaterThan(0)
    expect((await ctx.payload.findByID({ collection: 'applications', id, overrideAccess: true })).status).toBe('submitted')
  })

  it("a district officer can't act on another district's or an unknown application; an applicant can't bulk-approve", async () => {
    const other = await seeded({ title: '外区申报', program: world.programs.whConsortium, lead: world.orgs.whLead, status: 'district-review' })
    const { json } = await post('/applications/bulk-transition', { ids: [other, 99_999_999], name: 'recommend' }, tokens.district)
    expect(json.results.map((r: { ok: boolean }) => r.ok)).toEqual([false, false])
    expect(json.results[0].message.zh).toBe('无权办理或记录不存在')
    expect((await ctx.payload.findByID({ collection: 'applications', id: other, overrideAccess: true })).status).toBe('district-review')
    const applicant = await post('/applications/bulk-transition', { ids: [world.apps.nbDraft], name: 'approve' }, tokens.applicant)
    expect(applicant.json.results[0].ok).toBe(false)
  })

  it('refuses malformed requests with a bilingual 400', async () => {
    for (const body of [{ ids: [1] }, { name: 'return', ids: [] }, { name: 'return', ids: 'all' }, { name: 'return', ids: Array.from({ length: 201 }, (_, i) => i + 1) }, { name: 'correct-record', ids: [1] }]) {
      const { status, json } = await post('/applications/bulk-transition', body, tokens.city)
      expect(status, JSON.stringify(body)).toBe(400)
      expect(json.errors[0].data.violations[0].message.zh).toBeTruthy()
      expect(json.errors[0].data.violations[0].message.en).toBeTruthy()
    }
    expect((await rest.post('/applications/bulk-transition', { ids: [1], name: 'return' })).status).toBe(401)
  })
})

describe('the applications list', () => {
  it('finds an application by its lead unit name or credit code, and after the lead is renamed', async () => {
    const lead = await ctx.payload.findByID({ collection: 'organizations', id: world.orgs.nbLead, overrideAccess: true })
    const search = async (q: string) => {
      const response = await rest.get(`/applications/export/xlsx?search=${encodeURIComponent(q)}&columns=${encodeURIComponent('["title"]')}`, tokens.city)
      const { default: ExcelJS } = await import('exceljs')
      const book = new ExcelJS.Workbook()
      await book.xlsx.load(await response.arrayBuffer())
      return book.worksheets[0]!.getColumn(2).values.slice(2).map(String)
    }
    await ctx.payload.update({ collection: 'applications', id: world.apps.nbDraft, data: { field: '高分子' }, overrideAccess: true })
    expect(await search('甬新')).toContain('先进高分子材料')
    expect(await search(String(lead.creditCode))).toContain('先进高分子材料')
    await ctx.payload.update({ collection: 'organizations', id: world.orgs.nbLead, data: { name: '宁波甬新新材料集团有限公司' }, overrideAccess: true })
    expect(await search('甬新新材料')).toContain('先进高分子材料')
  })

  it('shows the next step and the days waited', async () => {
    const id = await seeded({ title: '等待中心', program: world.programs.nbTic, lead: world.orgs.ticHost, status: 'submitted', submittedOn: `${addDays(today, -6)}T02:00:00.000Z` })
    const doc = (await (await rest.get(`/applications/${id}`, tokens.city)).json()) as { nextStep: string; daysWaiting: number }
    expect(doc.nextStep).toContain('组织方案论证（市科技局）')
    expect(doc.daysWaiting).toBe(6)
  })
})

describe('the figures behind the charts', () => {
  it('counts carriers by kind, status, district and year, and downloads the same numbers as Excel', async () => {
    const { figuresFor } = await import('../../src/workflow/figures')
    const figures = await figuresFor(ctx.payload, world.users.city as never, today)
    const total = (await ctx.payload.count({ collection: 'applications', overrideAccess: true })).totalDocs
    expect(figures.byKindStatus.reduce((a, r) => a + r.count, 0)).toBe(total)
    expect(figures.byKindStatus).toContainEqual(expect.objectContaining({ kind: '产业创新服务综合体', status: '已认定' }))
    expect(figures.byDistrict.reduce((a, r) => a + r.count, 0)).toBe(figures.byYear.reduce((a, r) => a + r.count, 0))
    expect(figures.fundsByCarrier.length).toBeGreaterThan(0)
    const response = await rest.get('/applications/figures/xlsx', tokens.city)
    expect(response.status).toBe(200)
    const { default: ExcelJS } = await import('exceljs')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(await response.arrayBuffer())
    expect(book.worksheets.map((w) => w.name)).toEqual(['按类型和状态', '按区县', '按认定年度', '经费与上限（载体）', '经费与上限（批次）', '评价结果'])
    const sheet = book.getWorksheet('按类型和状态')!
    const sum = (sheet.getColumn(3).values.slice(2) as number[]).reduce((a, n) => a + Number(n), 0)
    expect(sum).toBe(total)
  })

  it('an applicant’s figures hold only its own applications', async () => {
    const { figuresFor } = await import('../../src/workflow/figures')
    const figures = await figuresFor(ctx.payload, world.users.applicant as never, today)
    const own = (await ctx.payload.count({ collection: 'applications', where: { lead: { equals: world.orgs.nbLead } }, overrideAccess: true })).totalDocs
    expect(figures.byKindStatus.reduce((a, r) => a + r.count, 0)).toBe(own)
  })
})

describe('internal notes', () => {
  it('staff write notes; @姓名 emails the colleague through the outbox; applicants and experts never see them', async () => {
    // Notes go on applications the district has received: the applicant's draft is not one of them.
    const onDraft = await post('/application-notes', { application: world.apps.nbDraft, body: '草稿上的批注' }, tokens.district)
    expect(onDraft.status).toBe(403)
    expect(JSON.stringify(onDraft.json)).toContain('access.application-not-visible')
    const received = (
      await ctx.payload.create({ collection: 'applications', data: { title: '鄞州已提交的联合体', program: world.programs.nbConsortium, lead: world.orgs.nbLead, status: 'district-review' } as never, overrideAccess: true, context: { seed: true } })
    ).id
    const created = await post('/application-notes', { application: received, body: '@王科长 请关注该联合体成员单位的协议签署日期。' }, tokens.district)
    expect(created.status, JSON.stringify(created.json)).toBe(201)
    const note = created.json.doc as { id: number; authorName: string; mentions: number[] }
    expect(note.authorName).toBe('李主任（鄞州区科技局）')
    expect(note.mentions).toEqual([world.users.city.id])
    const outbox = await ctx.payload.find({ collection: 'notifications', where: { businessKey: { equals: `note-mention:${note.id}` } }, overrideAccess: true })
    expect(outbox.docs).toHaveLength(1)
    expect(outbox.docs[0]!.template).toBe('note-mention')
    expect(outbox.docs[0]!.toAddress).toBe('city@example.org')
    expect(outbox.docs[0]!.subject).toContain('李主任（鄞州区科技局）')

    expect(((await (await rest.get(`/application-notes?where[application][equals]=${received}`, tokens.city)).json()) as { totalDocs: number }).totalDocs).toBe(1)
    for (const token of [tokens.applicant, tokens.expert1]) {
      const response = await rest.get('/application-notes', token)
      expect(response.status).toBe(403)
    }
    expect((await post('/application-notes', { application: world.apps.nbDraft, body: '申报单位不能写批注' }, tokens.applicant)).status).toBe(403)
    // Notes are a record: never edited or deleted.
    expect((await rest.patch(`/application-notes/${note.id}`, { body: '改写' }, tokens.city)).status).toBe(403)
    expect((await rest.delete(`/application-notes/${note.id}`, tokens.city)).status).toBe(403)
  })

  it('a district officer cannot note on another district’s application, nor mention an applicant', async () => {
    const other = await post('/application-notes', { application: world.apps.whNotice, body: '越权批注' }, tokens.district)
    expect([403, 404]).toContain(other.status)
    const applicantId = world.users.applicant.id
    const created = await post('/application-notes', { application: world.apps.zjRecognized, body: '@张经理 看看', mentions: [applicantId] }, tokens.city)
    expect(created.status).toBe(201)
    expect(created.json.doc.mentions).toEqual([])
  })
})
