// The Excel export of the admin lists: every selected row (10,006 and more: a job writes the file; a small selection
// streams from the request), the list's filters, search and columns, formula-like text neutralised, China's dates,
// the user's own rows; disbursements, evaluations and fund uses too.
import ExcelJS from 'exceljs'
import type { RequiredDataFromCollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exportInlineRows } from '../../src/workflow/export'
import { SPREADSHEET_QUEUE } from '../../src/workflow/spreadsheet-jobs'
import { PASSWORD, seedWorld, type World } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { restClient, type RestClient } from '../helpers/rest'

let ctx: TestContext
let rest: RestClient
let world: World
let city: string
let applicant: string
const BULK = 10_000

async function sheetOf(response: Response): Promise<ExcelJS.Worksheet> {
  expect(response.status, response.status === 200 ? '' : await response.clone().text()).toBe(200)
  expect(response.headers.get('content-type')).toContain('spreadsheetml')
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(await response.arrayBuffer())
  return workbook.worksheets[0]!
}
const header = (ws: ExcelJS.Worksheet) => (ws.getRow(1).values as unknown[]).slice(1).map(String)
const column = (ws: ExcelJS.Worksheet, n: number) => ws.getColumn(n).values.slice(2).map((v) => (v === null || v === undefined ? '' : String(v)))

/** A large selection: POSTed as a job, run, and its result file downloaded. */
async function exportedByJob(slug: string, body: Record<string, unknown>, token: string): Promise<Response> {
  const started = await rest.post(`/${slug}/export/xlsx`, body, token)
  expect(started.status, await started.clone().text()).toBe(202)
  const { job } = (await started.json()) as { job: { id: number } }
  await ctx.payload.jobs.run({ queue: SPREADSHEET_QUEUE, sequential: true })
  return rest.get(`/spreadsheet-jobs/${job.id}/result`, token)
}

beforeAll(async () => {
  // Jobs run when the test runs them.
  process.env.JOBS_AUTORUN = 'false'
  ctx = await startPayload()
  world = await seedWorld(ctx.payload)
  rest = restClient(ctx.payload.config)
  city = await rest.login('city@example.org', PASSWORD)
  applicant = await rest.login('applicant@example.org', PASSWORD)
  // 10,000 more applications straight into the table (the hooks would take minutes): rows only the export reads.
  const db = ctx.payload.db as unknown as { drizzle: { insert: (t: unknown) => { values: (v: unknown[]) => Promise<unknown> } }; tables: Record<string, unknown> }
  const now = new Date().toISOString()
  for (let start = 0; start < BULK; start += 500) {
    const rows = Array.from({ length: Math.min(500, BULK - start) }, (_, i) => ({
      title: `批量载体${String(start + i).padStart(5, '0')}`,
      program: world.programs.nbConsortium,
      lead: world.orgs.bl2,
      status: (start + i) % 2 === 0 ? 'submitted' : 'draft',
      policySet: 'nb-consortium-2021',
      carrierKind: 'consortium',
      submittedOn: '2026-11-22T16:30:00.000Z',
      createdAt: now,
      updatedAt: now,
    }))
    await db.drizzle.insert(db.tables.applications).values(rows)
  }
  await ctx.payload.create({
    collection: 'applications',
    data: { title: '=HYPERLINK("http://evil.example","点我")', program: world.programs.nbConsortium, lead: world.orgs.nbLead, publicSummary: '+1-2' } as RequiredDataFromCollectionSlug<'applications'>,
    overrideAccess: true,
    context: { seed: true },
  })
}, 300_000)
afterAll(async () => ctx?.close())

describe('applications export', () => {
  it('writes every row the user may see — more than 10,006, none dropped — with Chinese headers', async () => {
    const total = (await ctx.payload.count({ collection: 'applications', overrideAccess: true })).totalDocs
    expect(total).toBeGreaterThanOrEqual(BULK + 6)
    // More rows than a request streams: the GET starts nothing and sends the officer back to the list's button.
    const get = await rest.get('/applications/export/xlsx', city)
    expect(get.status).toBe(303)
    expect(get.headers.get('x-export-rows')).toBe(String(total))
    expect(total).toBeGreaterThan(exportInlineRows())
    const ws = await sheetOf(await exportedByJob('applications', {}, city))
    expect(header(ws).slice(0, 3)).toEqual(['编号', '载体名称', '正式名称'])
    expect(ws.rowCount - 1).toBe(total)
    const ids = column(ws, 1)
    expect(new Set(ids).size).toBe(total)
  }, 600_000)

  it("takes the list's filter, search and visible columns", async () => {
    const where = { and: [{ status: { equals: 'submitted' } }, { title: { like: '批量载体' } }] }
    const ws = await sheetOf(await exportedByJob('applications', { where, columns: ['title', '-program', 'lead', 'status', 'submittedOn'] }, city))
    expect(header(ws)).toEqual(['编号', '载体名称', '牵头单位', '状态', '提交日期'])
    expect(ws.rowCount - 1).toBe(BULK / 2)
    expect(new Set(column(ws, 4))).toEqual(new Set(['已提交']))
    expect(new Set(column(ws, 3))).toEqual(new Set(['宁波港城智能装备股份有限公司']))
    // China's calendar day: 16:30 UTC on the 22nd is the 23rd in Ningbo.
    expect(new Set(column(ws, 5))).toEqual(new Set(['2026年11月23日']))

    const searched = await sheetOf(await rest.get(`/applications/export/xlsx?search=${encodeURIComponent('批量载体0000')}`, city))
    expect(column(searched, 2).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `批量载体0000${i}`))
  }, 600_000)

  it('neutralises text a spreadsheet would run as a formula', async () => {
    const columns = encodeURIComponent(JSON.stringify(['title', 'publicSummary']))
    const ws = await sheetOf(await rest.get(`/applications/export/xlsx?where[title][like]=HYPERLINK&columns=${columns}`, city))
    expect(ws.rowCount).toBe(2)
    const cell = ws.getRow(2).getCell(2)
    expect(cell.type).toBe(ExcelJS.ValueType.String)
    expect(cell.text).toBe(`'=HYPERLINK("http://evil.example","点我")`)
    expect(ws.getRow(2).getCell(3).text).toBe("'+1-2")
  })

  it("gives an applicant only its organisation's applications, whatever the filter says", async () => {
    const ws = await sheetOf(await rest.get('/applications/export/xlsx?where[title][like]=批量载体', applicant))
    expect(ws.rowCount).toBe(1)
    const own = await sheetOf(await rest.get('/applications/export/xlsx', applicant))
    expect(column(own, 2)).toContain('先进高分子材料')
    expect(column(own, 2).some((t) => t.startsWith('批量载体'))).toBe(false)
  })

  it('answers a filter on an unknown field with a bilingual 400 and no file', async () => {
    const response = await rest.get('/applications/export/xlsx?where[nosuchfield][equals]=1', city)
    expect(response.status).toBe(400)
    const json = (await response.json()) as { errors: { message: string }[] }
    expect(json.errors[0]!.message).toMatch(/筛选条件无效.*filter/)
  })

  it('refuses an anonymous export', async () => {
    expect((await rest.get('/applications/export/xlsx')).status).toBe(401)
  })
})

describe('other lists export too', () => {
  it('disbursements, evaluations and uses of funds, with Chinese headers and China\'s dates', async () => {
    const app = world.apps.zjRecognized
    await ctx.payload.create({ collection: 'evaluations', data: { application: app, year: 2026, kind: 'annual', dueOn: '2027-03-31T00:00:00.000Z' }, overrideAccess: true })
    const evaluations = await sheetOf(await rest.get('/evaluations/export/xlsx', city))
    expect(header(evaluations)).toContain('自评报告截止')
    expect(column(evaluations, header(evaluations).indexOf('自评报告截止') + 1)).toContain('2027年3月31日')
    expect(column(evaluations, 2)).toContain('光电芯片')

    const disbursements = await sheetOf(await rest.get('/disbursements/export/xlsx', city))
    expect(header(disbursements)).toEqual(expect.arrayContaining(['编号', '所属申报（载体）', '拨付依据', '金额（元）']))
    const uses = await sheetOf(await rest.get('/fund-uses/export/xlsx', city))
    expect(header(uses)).toEqual(expect.arrayContaining(['编号', '所属申报（载体）', '支出类别', '支出事项', '金额（元）']))
  })
})
