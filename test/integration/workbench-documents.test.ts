// The documents a bureau issues: 发布公示 generates the notice, 予以备案 the decision with its 文号 and the certificate;
// each is a PDF with an embedded Chinese font, stored as an upload and listed on the application. The tests
// render each through the real transition and read the text back out of the PDF.
import { extractText } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { todayInChina } from '../../src/jobs/calendar'
import { chineseDate } from '../../src/policies'
import { PASSWORD, seedWorld, type World } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { restClient, type RestClient } from '../helpers/rest'
import { seedFilingReady, weihaiNumber } from '../helpers/seed-workbench-e2e'

let ctx: TestContext
let rest: RestClient
let world: World
let city: string

type Doc = { kind: string; number?: string | null; file: { id: number; url: string; filename: string; mimeType: string } }

async function documentsOf(id: number): Promise<Doc[]> {
  const response = await rest.get(`/applications/${id}?depth=1`, city)
  return ((await response.json()) as { documents?: Doc[] }).documents ?? []
}
/** The PDF as the admin serves it, and its text. */
async function pdfText(doc: Doc): Promise<string> {
  const response = await rest.get(`/media/file/${encodeURIComponent(doc.file.filename)}`, city)
  expect(response.status).toBe(200)
  const bytes = new Uint8Array(await response.arrayBuffer())
  expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-')
  // The font is embedded (subset), not referenced: no system font is assumed.
  expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/FontFile3|\/FontFile2/)
  // drizzle-kit (the test databases' schema push) adds an enumerable Array.prototype.random, which PDF.js refuses
  // to run beside: hide it from for…in.
  if (Object.getOwnPropertyDescriptor(Array.prototype, 'random')?.enumerable) Object.defineProperty(Array.prototype, 'random', { enumerable: false })
  const { text } = await extractText(bytes, { mergePages: true })
  return text.replace(/\s+/g, '')
}

beforeAll(async () => {
  ctx = await startPayload()
  world = await seedWorld(ctx.payload)
  rest = restClient(ctx.payload.config)
  city = await rest.login('city@example.org', PASSWORD)
})
afterAll(async () => ctx?.close())

describe('documents issued by the transitions', () => {
  it('发布公示 issues the notice: carriers, period, how to object, the issuing office and its number', async () => {
    await seedFilingReady(ctx.payload, '公示样本', '3WB10') // sets the Weihai programme's office and numbers
    const program = (await ctx.payload.find({ collection: 'programs', where: { policySet: { equals: 'wh-consortium-2022' } }, sort: 'id', limit: 1, overrideAccess: true })).docs[0]!
    const app = await ctx.payload.create({ collection: 'applications', data: { title: '海洋监测', program: program.id, lead: world.orgs.whLead, status: 'reviewed' } as never, overrideAccess: true, context: { seed: true } })
    const response = await rest.post(`/applications/${app.id}/transition`, { name: 'start-public-notice' }, city)
    expect(response.status, await response.clone().text()).toBe(200)
    const docs = await documentsOf(app.id as number)
    expect(docs.map((d) => d.kind)).toEqual(['notice'])
    expect(docs[0]!.number).toBe(weihaiNumber('notice'))
    expect(docs[0]!.file.mimeType).toBe('application/pdf')
    const after = await ctx.payload.findByID({ collection: 'applications', id: app.id, overrideAccess: true })
    const text = await pdfText(docs[0]!)
    expect(text).toContain('关于拟备案创新联合体名单的公示')
    expect(text).toContain(weihaiNumber('notice'))
    expect(text).toContain('威海市科学技术局')
    expect(text).toContain('海洋监测')
    expect(text).toContain('威海海洋生物科技有限公司')
    expect(text).toContain(`公示期：${chineseDate(todayInChina())}至${chineseDate(after.noticeEndsOn!.slice(0, 10))}`)
    expect(text).toContain('0631-5287000')
    expect(text).toContain('有异议的，可向我局书面提出')
  })

  it('予以备案 issues the decision with the 文号 and official name, and the certificate', async () => {
    const ready = await seedFilingReady(ctx.payload, '海洋牧场', '3WB20')
    const response = await rest.post(`/applications/${ready.id}/transition`, { name: 'file' }, city)
    expect(response.status, await response.clone().text()).toBe(200)
    const filed = await ctx.payload.findByID({ collection: 'applications', id: ready.id, overrideAccess: true })
    expect(filed.status).toBe('filed')
    const docs = await documentsOf(ready.id as number)
    expect(docs.map((d) => d.kind)).toEqual(['decision', 'certificate'])
    const decision = await pdfText(docs[0]!)
    expect(decision).toContain(`威海市科学技术局关于备案${filed.officialName}的通知`)
    expect(decision).toContain(weihaiNumber('decision'))
    expect(decision).toContain(`${ready.lead}：`)
    expect(decision).toContain(chineseDate(todayInChina()))
    const certificate = await pdfText(docs[1]!)
    expect(certificate).toContain('证书')
    expect(certificate).toContain(filed.officialName!)
    expect(certificate).toMatch(/证书编号：WH-CONSORTIUM-\d{4}-\d{6}/)
    expect(docs[1]!.number).toMatch(/^WH-CONSORTIUM-\d{4}-\d{6}$/)
  })

  it('nobody writes the documents list by hand', async () => {
    const ready = await seedFilingReady(ctx.payload, '手写文件', '3WB30')
    const response = await rest.patch(`/applications/${ready.id}`, { documents: [{ kind: 'decision', number: '伪造〔2026〕1号' }] }, city)
    const after = await ctx.payload.findByID({ collection: 'applications', id: ready.id, overrideAccess: true })
    expect(response.status).toBeLessThan(500)
    expect(after.documents ?? []).toEqual([])
  })
})
