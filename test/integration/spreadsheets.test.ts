// Members import from a spreadsheet (all rows or none); applications export to Excel with Chinese headers.
import { REST_POST } from '@payloadcms/next/routes'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { withCheckChar } from '../../src/lib/credit-code'
import { seedDemo } from '../../src/seed/demo'
import { startPayload, type TestContext } from '../helpers/payload'
import { restClient, type RestClient } from '../helpers/rest'

const PASSWORD = 'Demo-password-1'
let ctx: TestContext
let rest: RestClient
let applicant: string
let city: string
let draftId: number

async function sheet(rows: (string | number)[][]): Promise<Blob> {
  const workbook = new ExcelJS.Workbook()
  const ws = workbook.addWorksheet('成员单位')
  ws.addRow(['单位名称', '统一社会信用代码', '角色', '承担任务', '任务分工占比（‰）', '单位负责人'])
  for (const r of rows) ws.addRow(r)
  return new Blob([await workbook.xlsx.writeBuffer()], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })
}

async function upload(file: Blob, application: number, token: string) {
  const form = new FormData()
  form.append('file', file, 'members.xlsx')
  form.append('_payload', JSON.stringify({ application }))
  const handler = REST_POST(ctx.payload.config) as unknown as (r: Request, a: { params: Promise<{ slug: string[] }> }) => Promise<Response>
  const request = new Request('http://localhost:3000/api/members/import', { method: 'POST', body: form, headers: { Authorization: `JWT ${token}` } })
  return handler(request, { params: Promise.resolve({ slug: ['members', 'import'] }) })
}

const membersOf = async (application: number) => (await ctx.payload.count({ collection: 'members', where: { application: { equals: application } }, overrideAccess: true })).totalDocs

beforeAll(async () => {
  ctx = await startPayload()
  await seedDemo(ctx.payload, PASSWORD)
  rest = restClient(ctx.payload.config)
  applicant = await rest.login('applicant@example.org', PASSWORD)
  city = await rest.login('city@example.org', PASSWORD)
  const draft = await ctx.payload.find({ collection: 'applications', where: { title: { equals: '先进高分子材料' } }, overrideAccess: true })
  draftId = draft.docs[0]!.id as number
})
afterAll(async () => ctx?.close())

describe('members import', () => {
  it('refuses the whole sheet when one row is bad, naming the row, and saves nothing', async () => {
    const response = await upload(
      await sheet([
        ['宁波示例材料有限公司', withCheckChar('91330200MA7X00001'), '企业', '中试放大', 300, '钱总'],
        ['坏代码公司', '91330200MA7X000019', '企业', '', '', ''],
        ['某大学', withCheckChar('12330000MA7X00002'), '学校', '', '', ''],
      ]),
      draftId,
      applicant,
    )
    expect(response.status).toBe(400)
    const text = JSON.stringify(await response.json())
    expect(text).toContain('第3行')
    expect(text).toContain('第4行')
    expect(await membersOf(draftId)).toBe(0)
  })

  it('imports every row of a good sheet, creating the organisations it does not know', async () => {
    const response = await upload(
      await sheet([
        ['宁波示例材料有限公司', withCheckChar('91330200MA7X00001'), '企业', '中试放大', 300, '钱总'],
        ['宁波大学', (await ctx.payload.find({ collection: 'organizations', where: { name: { equals: '宁波大学' } }, overrideAccess: true })).docs[0]!.creditCode, '高校', '基础研究', 200, '校长'],
      ]),
      draftId,
      applicant,
    )
    expect(response.status, JSON.stringify(await response.clone().json())).toBe(200)
    expect(await membersOf(draftId)).toBe(2)
    const created = await ctx.payload.find({ collection: 'organizations', where: { name: { equals: '宁波示例材料有限公司' } }, overrideAccess: true })
    expect(created.docs).toHaveLength(1)
  })

  it("refuses an import into another organisation's application", async () => {
    const other = await ctx.payload.find({ collection: 'applications', where: { title: { equals: '精密模具与成形' } }, overrideAccess: true })
    const otherId = other.docs[0]!.id as number
    const response = await upload(await sheet([['另一公司', withCheckChar('91330200MA7X00003'), '企业', '', '', '']]), otherId, applicant)
    // Not the applicant's to read: not found, before the file is even opened.
    expect(response.status).toBe(404)
    expect(JSON.stringify(await response.json())).toContain('platform.not-found')
    expect(await membersOf(otherId)).toBe(0)
    const stray = await ctx.payload.find({ collection: 'organizations', where: { name: { equals: '另一公司' } }, overrideAccess: true })
    expect(stray.docs).toHaveLength(0)
  })
})

describe('applications export', () => {
  it('exports what the user may see, with Chinese headers', async () => {
    const all = await rest.get('/applications/export/xlsx', city)
    expect(all.status).toBe(200)
    expect(all.headers.get('content-type')).toContain('spreadsheetml')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await all.arrayBuffer())
    const ws = workbook.worksheets[0]!
    expect(ws.getRow(1).getCell(2).text).toBe('载体名称')
    const cityRows = ws.rowCount - 1
    expect(cityRows).toBe((await ctx.payload.count({ collection: 'applications', overrideAccess: true })).totalDocs)

    const own = await rest.get('/applications/export/xlsx', applicant)
    const ownBook = new ExcelJS.Workbook()
    await ownBook.xlsx.load(await own.arrayBuffer())
    const titles = ownBook.worksheets[0]!.getColumn(2).values.slice(2).map(String)
    expect(titles).toEqual(['先进高分子材料'])
  })
})
