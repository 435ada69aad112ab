// What happens to the documents a bureau issues: 文号 taken in sequence from the programme (ten decisions at once
// take ten consecutive numbers), the decision and certificate emailed to the applicant as attachments (a real SMTP
// server on loopback), read by the applicant of that application and by nobody of another unit, and issued again
// only through the named transition 重新出具认定（备案）文件.
import { extractText } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { deliverDue } from '../../src/email/deliver'
import { formatDocumentNumber, validNumberPattern } from '../../src/workflow/document-numbers'
import { todayInChina } from '../../src/jobs/calendar'
import { PASSWORD, seedWorld, type World } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { restClient, type RestClient } from '../helpers/rest'
import { seedFilingReady, weihaiNumber, WEIHAI_NUMBERS } from '../helpers/seed-workbench-e2e'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp'

let ctx: TestContext
let rest: RestClient
let world: World
let smtp: TestSmtpServer
let city: string
let applicantOfOther: string
const year = todayInChina().slice(0, 4)

type Doc = { id: string; kind: string; number?: string | null; file: { id: number; url: string; filename: string } }

async function documentsOf(id: number | string): Promise<Doc[]> {
  const response = await rest.get(`/applications/${id}?depth=1`, city)
  return ((await response.json()) as { documents?: Doc[] }).documents ?? []
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  if (Object.getOwnPropertyDescriptor(Array.prototype, 'random')?.enumerable) Object.defineProperty(Array.prototype, 'random', { enumerable: false })
  return (await extractText(new Uint8Array(bytes), { mergePages: true })).text.replace(/\s+/g, '')
}

async function weihaiProgram() {
  return (await ctx.payload.find({ collection: 'programs', where: { policySet: { equals: 'wh-consortium-2022' } }, sort: 'id', limit: 1, depth: 0, overrideAccess: true })).docs[0]!
}

/** An applicant user of the unit that leads an application (the Weihai seeds create fresh units). */
async function applicantOf(applicationId: number | string, email: string): Promise<string> {
  const app = await ctx.payload.findByID({ collection: 'applications', id: applicationId, depth: 0, overrideAccess: true })
  await ctx.payload.create({ collection: 'users', data: { email, password: PASSWORD, name: '威海申报人', role: 'applicant', organization: app.lead as number } as never, overrideAccess: true })
  return rest.login(email, PASSWORD)
}

beforeAll(async () => {
  smtp = await startSmtpServer()
  smtp.useInEnv()
  ctx = await startPayload()
  world = await seedWorld(ctx.payload)
  rest = restClient(ctx.payload.config)
  city = await rest.login('city@example.org', PASSWORD)
  applicantOfOther = await rest.login('applicant@example.org', PASSWORD)
})
afterAll(async () => {
  await ctx?.close()
  await smtp?.stop()
})

describe('文号 in sequence', () => {
  it('a pattern says where the number goes', () => {
    expect(formatDocumentNumber('甬科高〔{year}〕{n}号', 12, 2026)).toBe('甬科高〔2026〕12号')
    expect(validNumberPattern('甬科高〔2026〕12号')).toBe(false)
    expect(validNumberPattern('甬科高〔{year}〕{n}号')).toBe(true)
  })

  it('a pattern without {n} is refused on the programme, in both languages', async () => {
    const program = await weihaiProgram()
    const response = await rest.patch(`/programs/${program.id}`, { publicNotice: { decisionNumberPattern: '威科发〔2026〕12号' } }, city)
    expect(response.status).toBe(400)
    const text = await response.text()
    expect(text).toContain('须含 {n}')
    expect(text).toContain('needs {n}')
  })

  it('ten decisions at once take ten distinct, consecutive numbers', async () => {
    const ready = []
    for (let i = 0; i < 10; i++) ready.push(await seedFilingReady(ctx.payload, `并发备案${i}`, `4WC${String(i).padStart(2, '0')}`))
    const program = await weihaiProgram()
    await ctx.payload.update({ collection: 'programs', id: program.id, data: { publicNotice: { ...WEIHAI_NUMBERS, decisionNextNumber: 40 } } as never, overrideAccess: true, context: { seed: true } })
    // All at once, as ten officers would. On SQLite a transition that waits too long for the write lock is answered
    // 503 (busy: nothing saved, try again), and the client tries again, as the admin's button does.
    let busy = 0
    const file = async (id: number | string) => {
      for (let attempt = 1; ; attempt++) {
        const response = await rest.post(`/applications/${id}/transition`, { name: 'file' }, city)
        if (response.status !== 503 || attempt === 8) return `${response.status} ${(await response.text().catch((e: Error) => e.message)).slice(0, 300)}`
        busy++
        await new Promise((r) => setTimeout(r, 500 * attempt))
      }
    }
    const answers = await Promise.all(ready.map((r) => file(r.id)))
    expect(answers.filter((a) => !a.startsWith('200 '))).toEqual([])
    if (busy > 0) console.info(`ten decisions: ${busy} busy answer(s) retried`)
    const numbers: string[] = []
    for (const r of ready) {
      const docs = await documentsOf(r.id)
      expect(docs.map((d) => d.kind)).toEqual(['decision', 'certificate'])
      numbers.push(docs[0]!.number!)
      // Consecutive even after busy retries: a refused attempt rolled back and gave its number back.
    // The certificate cites its own decision's number.
      const certificate = await rest.get(`/media/file/${encodeURIComponent(docs[1]!.file.filename)}`, city)
      expect(await pdfText(new Uint8Array(await certificate.arrayBuffer()))).toContain(`（${docs[0]!.number}）`)
    }
    const expected = Array.from({ length: 10 }, (_, i) => formatDocumentNumber(WEIHAI_NUMBERS.decisionNumberPattern, 40 + i, year))
    expect([...numbers].sort()).toEqual([...expected].sort())
    expect(new Set(numbers).size).toBe(10)
    expect((await weihaiProgram()).publicNotice?.decisionNextNumber).toBe(50)
    // Ten transitions take turns on the programme's row, each rendering two PDFs: minutes on a busy machine.
  }, 600_000)

  it('a refused transition takes no number', async () => {
    const id = world.programs.nbConsortium
    const before = (await ctx.payload.findByID({ collection: 'programs', id, depth: 0, overrideAccess: true })).publicNotice?.decisionNextNumber
    expect(before).toBe(15)
    const response = await rest.post(`/applications/${world.apps.nbDraft}/transition`, { name: 'recognize' }, city)
    expect(response.status).toBe(400)
    expect((await ctx.payload.findByID({ collection: 'programs', id, depth: 0, overrideAccess: true })).publicNotice?.decisionNextNumber).toBe(before)
  })
})

describe('the issued PDFs reach the applicant', () => {
  let filed: { id: number | string; lead: string }
  let applicant: string
  let docs: Doc[]

  beforeAll(async () => {
    filed = await seedFilingReady(ctx.payload, '海洋邮件', '4WD00')
    applicant = await applicantOf(filed.id, 'wh-mail@example.org')
    smtp.clear()
    const response = await rest.post(`/applications/${filed.id}/transition`, { name: 'file' }, city)
    expect(response.status, await response.clone().text()).toBe(200)
    docs = await documentsOf(filed.id)
  })

  it('the approval email carries the decision and the certificate as PDF attachments', async () => {
    await deliverDue(ctx.payload)
    const mail = smtp.messages.find((m) => m.to.includes('wh-mail@example.org'))
    expect(mail, JSON.stringify(smtp.messages.map((m) => [m.to, m.subject]))).toBeDefined()
    const attachments = mail!.parsed.attachments.filter((a) => a.contentType === 'application/pdf')
    expect(attachments).toHaveLength(2)
    expect(mail!.text).toContain('认定（备案）通知和证书见本邮件附件')
    const texts = await Promise.all(attachments.map((a) => pdfText(new Uint8Array(a.content))))
    const decision = texts.find((t) => t.includes('的通知'))
    const certificate = texts.find((t) => t.includes('证书编号'))
    expect(docs[0]!.number).toBe(weihaiNumber('decision'))
    expect(decision).toContain(docs[0]!.number!)
    expect(decision).toContain('威海海洋邮件科技有限公司：')
    expect(certificate).toContain('证书编号：WH-CONSORTIUM-')
    // Named after the document, in Chinese: in the mail and as stored for download.
    expect(attachments.map((a) => a.filename).join(' ')).toContain('的通知')
    expect(docs[0]!.file.filename).toMatch(/的通知（.+）(-\d+)?\.pdf$/)
    expect(docs[0]!.file.filename).toContain(docs[0]!.number!)
    expect(docs[1]!.file.filename).toMatch(/^证书（证书编号：WH-CONSORTIUM-.+）(-\d+)?\.pdf$/)
    // The outbox row lists them.
    const row = (await ctx.payload.find({ collection: 'notifications', where: { businessKey: { like: `transition:${filed.id}:file` } }, depth: 0, overrideAccess: true })).docs[0]!
    expect((row.attachments as number[]).map(Number).sort()).toEqual(docs.map((d) => d.file.id).sort())
  })

  it('the applicant of that application reads and downloads them; another unit’s applicant does not', async () => {
    const own = await rest.get(`/applications/${filed.id}?depth=1`, applicant)
    expect(own.status).toBe(200)
    const seen = ((await own.json()) as { documents: Doc[] }).documents
    expect(seen.map((d) => typeof d.file === 'object' && d.file !== null)).toEqual([true, true])
    for (const doc of docs) {
      const file = await rest.get(`/media/file/${encodeURIComponent(doc.file.filename)}`, applicant)
      expect(file.status).toBe(200)
      expect(new TextDecoder().decode(new Uint8Array(await file.arrayBuffer()).slice(0, 5))).toBe('%PDF-')
      expect((await rest.get(`/media/${doc.file.id}`, applicant)).status).toBe(200)
      // Another unit's applicant, the Yinzhou district officer (Weihai is not theirs) and an expert: nothing.
      for (const token of [applicantOfOther, await rest.login('district@example.org', PASSWORD), await rest.login('expert1@example.org', PASSWORD)]) {
        expect([403, 404]).toContain((await rest.get(`/media/file/${encodeURIComponent(doc.file.filename)}`, token)).status)
        expect([403, 404]).toContain((await rest.get(`/media/${doc.file.id}`, token)).status)
      }
    }
    // Nor do they find them in the list.
    const list = (await (await rest.get(`/media?limit=200&depth=0`, applicantOfOther)).json()) as { docs: { id: number }[] }
    expect(list.docs.map((d) => d.id)).not.toContain(docs[0]!.file.id)
  })

  it('only 重新出具 issues them again: a new 文号, both kept, a reason in the trail, the new PDFs emailed', async () => {
    const program = await weihaiProgram()
    const next = (await ctx.payload.findByID({ collection: 'programs', id: program.id, depth: 0, overrideAccess: true })).publicNotice!.decisionNextNumber!
    // Without a reason, or by a district officer or the applicant: refused, nothing issued.
    expect((await rest.post(`/applications/${filed.id}/transition`, { name: 'reissue-documents' }, city)).status).toBe(400)
    expect([400, 403, 404]).toContain((await rest.post(`/applications/${filed.id}/transition`, { name: 'reissue-documents', reason: '证书遗失，申请补发' }, applicant)).status)
    expect(await documentsOf(filed.id)).toHaveLength(2)
    smtp.clear()
    const response = await rest.post(`/applications/${filed.id}/transition`, { name: 'reissue-documents', reason: '证书遗失，申请补发' }, city)
    expect(response.status, await response.clone().text()).toBe(200)
    const after = await documentsOf(filed.id)
    expect(after.map((d) => d.kind)).toEqual(['decision', 'certificate', 'decision', 'certificate'])
    expect(after[2]!.number).toBe(formatDocumentNumber(WEIHAI_NUMBERS.decisionNumberPattern, next, year))
    expect(after[2]!.number).not.toBe(after[0]!.number)
    const trail = await ctx.payload.find({ collection: 'audit-log', where: { and: [{ application: { equals: filed.id } }, { transition: { equals: 'reissue-documents' } }] }, overrideAccess: true })
    expect(trail.docs).toHaveLength(1)
    expect(trail.docs[0]!.reason).toBe('证书遗失，申请补发')
    await deliverDue(ctx.payload)
    const mail = smtp.messages.find((m) => m.to.includes('wh-mail@example.org'))
    expect(mail?.parsed.attachments.filter((a) => a.contentType === 'application/pdf')).toHaveLength(2)
    expect(await pdfText(new Uint8Array(mail!.parsed.attachments.find((a) => a.filename?.includes('的通知'))!.content))).toContain(after[2]!.number!)
  })

  it('writing the numbers on the application by hand is not possible', async () => {
    const response = await rest.patch(`/applications/${filed.id}`, { documents: [] }, city)
    expect(response.status).toBeLessThan(500)
    expect(await documentsOf(filed.id)).toHaveLength(4)
  })
})
