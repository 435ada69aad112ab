// The outbox end to end: a real Payload (SQLite, or PostgreSQL with TEST_DB=postgres) and a real SMTP server on
// loopback. Queue → deliver → the right person gets the right email, once.
import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { claimNotification, deliverDue, resendNotification } from '../../src/email/deliver'
import { queueNotification, type NotificationInput } from '../../src/email/enqueue'
import { inTransaction } from '../../src/jobs/transaction'
import { withCheckChar } from '../../src/lib/credit-code'
import { startPayload, type TestContext } from '../helpers/payload'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp'

type Id = number | string

let ctx: TestContext
let payload: Payload
let smtp: TestSmtpServer
let seq = 0
const uniq = () => `${Date.now().toString(36)}${(seq++).toString(36)}${randomBytes(2).toString('hex')}`

const fx = {
  org: '' as Id,
  app: '' as Id,
  appTitle: '先进高分子材料创新联合体',
  zhUser: { id: '' as Id, email: '' },
  enUser: { id: '' as Id, email: '' },
  officer: { id: '' as Id, email: '' },
  otherApplicant: { id: '' as Id, email: '' },
}

async function createUser(role: string, language: 'zh' | 'en', organization?: Id) {
  const email = `${role}-${uniq()}@example.cn`
  const doc = await payload.create({
    collection: 'users',
    data: { email, password: 'Passw0rd!Passw0rd', name: language === 'zh' ? '张三' : 'Alice Smith', role, language, ...(organization ? { organization } : {}) } as never,
    overrideAccess: true,
  })
  return { id: doc.id as Id, email }
}

const queue = (input: NotificationInput) => inTransaction(payload, (req) => queueNotification(req, input))

const rows = async (where = {}) =>
  (await payload.find({ collection: 'notifications', where, limit: 0, pagination: false, depth: 0, overrideAccess: true, sort: 'id' })).docs

beforeAll(async () => {
  process.env.JOBS_AUTORUN = 'false'
  smtp = await startSmtpServer()
  smtp.useInEnv()
  ctx = await startPayload()
  payload = ctx.payload

  const org = await payload.create({
    collection: 'organizations',
    data: { name: '宁波甬江高分子材料股份有限公司', creditCode: withCheckChar('91330200MA2H00001'), kind: 'enterprise' } as never,
    overrideAccess: true,
  })
  const otherOrg = await payload.create({
    collection: 'organizations',
    data: { name: '其他单位', creditCode: withCheckChar('91330200MA2H00002'), kind: 'enterprise' } as never,
    overrideAccess: true,
  })
  fx.org = org.id
  const program = await payload.create({
    collection: 'programs',
    data: { title: '2026年省创新联合体', year: 2026, policySet: 'zj-consortium', carrierKind: 'consortium', opensOn: '2026-01-01', closesOn: '2026-12-31' } as never,
    overrideAccess: true,
  })
  const app = await payload.create({
    collection: 'applications',
    data: { title: fx.appTitle, program: program.id, lead: org.id, status: 'submitted' } as never,
    overrideAccess: true,
    context: { seed: true },
  })
  fx.app = app.id
  fx.zhUser = await createUser('applicant', 'zh', org.id)
  fx.enUser = await createUser('applicant', 'en', org.id)
  fx.officer = await createUser('city-officer', 'zh')
  fx.otherApplicant = await createUser('applicant', 'zh', otherOrg.id)
})

afterAll(async () => {
  await ctx?.close()
  await smtp?.stop()
})

beforeEach(() => {
  smtp.clear()
  delete process.env.OUTBOX_MAX_ATTEMPTS
})

describe('templates and recipients', () => {
  it('delivers a submission-received email in Chinese to the applicant, naming and linking the application', async () => {
    const q = await queue({ template: 'submission-received', to: { userId: fx.zhUser.id }, application: fx.app, data: { submittedOn: '2026-03-02' }, businessKey: `submitted:${fx.app}:zh` })
    expect(q?.created).toBe(true)
    const result = await deliverDue(payload)
    expect(result.sent).toBe(1)
    expect(smtp.messages).toHaveLength(1)
    const mail = smtp.messages[0]!
    expect(mail.to).toEqual([fx.zhUser.email])
    expect(mail.subject).toContain('申报')
    expect(mail.subject).toContain(fx.appTitle)
    expect(mail.text).toContain('张三，您好')
    expect(mail.text).toContain('2026年3月2日')
    expect(mail.text).toContain(`/admin/collections/applications/${fx.app}`)
    expect(mail.html).toContain(`/admin/collections/applications/${fx.app}`)
    expect(mail.headers.get('x-business-key')).toBe(`submitted:${fx.app}:zh`)
    const [row] = await rows({ businessKey: { equals: `submitted:${fx.app}:zh` } })
    expect(row).toMatchObject({ status: 'sent', attempts: 1, language: 'zh', toAddress: fx.zhUser.email })
    expect(row?.sentAt).toBeTruthy()
  })

  it('writes to an English-language user in English', async () => {
    await queue({ template: 'submission-received', to: { userId: fx.enUser.id }, application: fx.app, data: {}, businessKey: `submitted:${fx.app}:en` })
    await deliverDue(payload)
    expect(smtp.messages).toHaveLength(1)
    const mail = smtp.messages[0]!
    expect(mail.to).toEqual([fx.enUser.email])
    expect(mail.subject).toBe(`Submission received: "${fx.appTitle}"`)
    expect(mail.text).toContain('Dear Alice Smith')
    expect(mail.text).not.toMatch(/您好/)
  })

  it('reaches every applicant of the application in one message, in Chinese when any of them reads Chinese', async () => {
    await queue({ template: 'returned', to: { applicantsOf: fx.app }, data: { reasons: ['成员单位协议未盖章', { zh: '知识产权收益比例合计不等于100%', en: 'IP shares do not sum to 100%' }] }, businessKey: `returned:${fx.app}:1` })
    await deliverDue(payload)
    expect(smtp.messages).toHaveLength(1)
    const mail = smtp.messages[0]!
    expect(mail.to.sort()).toEqual([fx.zhUser.email, fx.enUser.email].sort())
    expect(mail.to).not.toContain(fx.otherApplicant.email)
    expect(mail.subject).toBe(`【退回修改】“${fx.appTitle}”申报被退回，请修改后重新提交`)
    expect(mail.text).toContain('1. 成员单位协议未盖章')
    expect(mail.text).toContain('2. 知识产权收益比例合计不等于100%')
  })

  it('renders every template in both languages with the application named and linked', async () => {
    const { ACCOUNT_TEMPLATES, renderTemplate, TEMPLATE_IDS } = await import('../../src/email/templates')
    for (const id of TEMPLATE_IDS.filter((t) => !ACCOUNT_TEMPLATES.has(t))) {
      for (const lang of ['zh', 'en'] as const) {
        const out = renderTemplate(id, lang, {
          application: { id: 7, title: '甬江实验室', officialName: '宁波市甬江先进材料创新联合体', noticeStartsOn: '2026-04-01', noticeEndsOn: '2026-04-08' },
          data: { year: 2025, dueOn: '2026-01-31', amount: 1_250_000, grade: 'good', projectTitle: '高性能膜材料', subsidyTotal: 400_000, remainder: 160_000, reasons: ['理由一'] },
          links: { application: 'http://x/admin/collections/applications/7', notice: 'http://x/notices#notice-7' },
        })
        expect(out.subject, `${id}/${lang}`).toContain('甬江实验室')
        expect(out.text).toContain('http://x/admin/collections/applications/7')
        expect(out.html).toContain('<a href="http://x/admin/collections/applications/7">')
        if (lang === 'zh') expect(out.subject).toMatch(/[\u4e00-\u9fff]/)
      }
    }
    const notice = renderTemplate('notice-started', 'zh', { application: { id: 7, title: 'T', noticeStartsOn: '2026-04-01T00:00:00.000Z', noticeEndsOn: '2026-04-08' }, data: {}, links: { notice: 'http://x/notices#notice-7' } })
    expect(notice.subject).toContain('2026年4月1日至2026年4月8日')
    expect(notice.text).toContain('http://x/notices#notice-7')
    const approved = renderTemplate('approved', 'zh', { application: { id: 7, title: 'T', officialName: '宁波市XX创新联合体' }, data: {}, links: {} })
    expect(approved.text).toContain('正式名称：宁波市XX创新联合体')
    const reset = renderTemplate('password-reset', 'zh', { application: null, data: { link: 'http://x/admin/reset/abc', hours: 1 }, links: {} })
    expect(reset.subject).toBe('【密码重置】创新载体管理平台账户密码重置')
    expect(reset.html).toContain('<a href="http://x/admin/reset/abc">')
    const resetEn = renderTemplate('password-reset', 'en', { application: null, data: { link: 'http://x/admin/reset/abc', hours: 1 }, links: {} })
    expect(resetEn.text).toContain('within 1 hour(s)')
    const remainder = renderTemplate('remainder-installment-due', 'zh', { application: { id: 7, title: 'T' }, data: { projectTitle: 'P', subsidyTotal: 400_000, remainder: 160_000 }, links: {} })
    expect(remainder.text).toContain('16万元')
  })

  it('links a public-notice email to the public notice page', async () => {
    await queue({ template: 'notice-started', to: { userId: fx.zhUser.id }, application: fx.app, data: { noticeStartsOn: '2026-04-01', noticeEndsOn: '2026-04-08' }, businessKey: `notice:${fx.app}` })
    await deliverDue(payload)
    expect(smtp.messages[0]!.text).toContain(`/notices#notice-${fx.app}`)
  })
})

describe('the outbox', () => {
  it('writes one row per business key, whatever the number of calls', async () => {
    const key = `once:${uniq()}`
    const first = await queue({ template: 'expert-review-started', to: { userId: fx.zhUser.id }, application: fx.app, data: {}, businessKey: key })
    const second = await queue({ template: 'expert-review-started', to: { userId: fx.zhUser.id }, application: fx.app, data: {}, businessKey: key })
    expect(first?.created).toBe(true)
    expect(second).toEqual({ id: first!.id, created: false })
    expect(await rows({ businessKey: { equals: key } })).toHaveLength(1)
    await deliverDue(payload)
    expect(smtp.messages).toHaveLength(1)
  })

  it('writes nothing when the causing transaction rolls back', async () => {
    const key = `rollback:${uniq()}`
    await expect(
      inTransaction(payload, async (req) => {
        await queueNotification(req, { template: 'rejected', to: { userId: fx.zhUser.id }, application: fx.app, data: {}, businessKey: key })
        throw new Error('the change failed')
      }),
    ).rejects.toThrow('the change failed')
    expect(await rows({ businessKey: { equals: key } })).toHaveLength(0)
  })

  it('survives an SMTP outage: rows wait with the error, then a later run delivers each exactly once', async () => {
    const now = new Date('2030-05-01T02:00:00.000Z')
    const keys = [`outage:${uniq()}`, `outage:${uniq()}`]
    for (const key of keys) await queue({ template: 'evaluation-result', to: { userId: fx.zhUser.id }, application: fx.app, data: { year: 2025, grade: 'excellent' }, businessKey: key })

    await smtp.stop()
    const down = await deliverDue(payload, { now })
    expect(down).toMatchObject({ sent: 0, retrying: 2 })
    for (const row of await rows({ businessKey: { in: keys } })) {
      expect(row.status).toBe('queued')
      expect(row.attempts).toBe(1)
      expect(row.lastError).toMatch(/ECONNREFUSED|connect/i)
      expect(new Date(row.nextAttemptAt as string).getTime()).toBe(now.getTime() + 60_000)
    }
    // Not due yet: nothing is tried again before the backoff has passed.
    expect((await deliverDue(payload, { now: new Date(now.getTime() + 30_000) })).candidates).toBe(0)

    await smtp.start()
    const later = new Date(now.getTime() + 2 * 60_000)
    const up = await deliverDue(payload, { now: later })
    expect(up.sent).toBe(2)
    await deliverDue(payload, { now: new Date(later.getTime() + 3_600_000) })
    expect(smtp.messages).toHaveLength(2)
    for (const row of await rows({ businessKey: { in: keys } })) {
      expect(row).toMatchObject({ status: 'sent', attempts: 2, lastError: null })
    }
  })

  it('backs off exponentially and fails a row for good after the last attempt; an officer can resend it', async () => {
    process.env.OUTBOX_MAX_ATTEMPTS = '3'
    const key = `giveup:${uniq()}`
    const q = await queue({ template: 'delisted', to: { userId: fx.zhUser.id }, application: fx.app, data: { reasons: ['连续两年评价不合格'] }, businessKey: key })
    await smtp.stop()
    let t = new Date('2031-01-01T00:00:00.000Z')
    const delays: number[] = []
    for (let i = 0; i < 3; i++) {
      await deliverDue(payload, { now: t })
      const [row] = await rows({ businessKey: { equals: key } })
      if (row?.nextAttemptAt) {
        delays.push(new Date(row.nextAttemptAt as string).getTime() - t.getTime())
        t = new Date(row.nextAttemptAt as string)
      }
    }
    expect(delays).toEqual([60_000, 120_000])
    const [failed] = await rows({ businessKey: { equals: key } })
    expect(failed).toMatchObject({ status: 'failed', attempts: 3 })
    expect(failed?.lastError).toBeTruthy()
    expect((await deliverDue(payload, { now: new Date(t.getTime() + 86_400_000) })).candidates).toBe(0)

    await smtp.start()
    // The admin's "resend" checkbox: city officers only.
    const officer = await payload.findByID({ collection: 'users', id: fx.officer.id, overrideAccess: true })
    const applicant = await payload.findByID({ collection: 'users', id: fx.zhUser.id, overrideAccess: true })
    await expect(
      payload.update({ collection: 'notifications', id: q!.id, data: { resend: true }, user: applicant, overrideAccess: false }),
    ).rejects.toThrow()
    // A field the officer may not write, sent along, is refused (400, named) rather than silently dropped (#10).
    const tampered = await payload
      .update({ collection: 'notifications', id: q!.id, data: { resend: true, subject: 'tampered' } as never, user: officer, overrideAccess: false })
      .then(() => null, (error: unknown) => error as { status?: number; message?: string })
    expect(tampered?.status).toBe(400)
    expect(tampered?.message).toContain('主题')
    expect((await payload.findByID({ collection: 'notifications', id: q!.id, overrideAccess: true })).status).toBe('failed')
    const updated = await payload.update({ collection: 'notifications', id: q!.id, data: { resend: true }, user: officer, overrideAccess: false })
    expect(updated).toMatchObject({ status: 'queued', attempts: 0, resend: false, resendCount: 1 })
    expect(updated.subject).not.toBe('tampered')
    await deliverDue(payload)
    expect(smtp.messages).toHaveLength(1)
    expect(smtp.messages[0]!.subject).toContain('摘牌')

    // The resend function behind POST /api/notifications/:id/resend refuses a row that is still waiting.
    await resendNotification(payload, q!.id, { id: fx.officer.id })
    await expect(resendNotification(payload, q!.id, { id: fx.officer.id })).rejects.toMatchObject({ status: 409 })
    await deliverDue(payload)
    expect(smtp.messages).toHaveLength(2)
  })

  it('lets exactly one of many concurrent claimers win a row', async () => {
    const q = await queue({ template: 'expert-review-started', to: { userId: fx.zhUser.id }, application: fx.app, data: {}, businessKey: `claim:${uniq()}` })
    const claims = await Promise.all(Array.from({ length: 10 }, () => claimNotification(payload, q!.id)))
    expect(claims.filter(Boolean)).toHaveLength(1)
    const [row] = await rows({ id: { equals: q!.id } })
    expect(row).toMatchObject({ status: 'sending', claimToken: claims.find(Boolean)!.claimToken })
    // Leave it as a crashed runner would: the reaper fails it (delivery uncertain) rather than sending twice.
    const { failInterruptedSends } = await import('../../src/email/deliver')
    expect(await failInterruptedSends(payload, new Date(Date.now() + 16 * 60_000))).toContain(q!.id)
    const [after] = await rows({ id: { equals: q!.id } })
    expect(after).toMatchObject({ status: 'failed', claimToken: null })
    expect(after?.lastError).toMatch(/interrupted/)
  })

  it('never sends a row twice when two deliveries run at once', async () => {
    const keys = Array.from({ length: 12 }, () => `race:${uniq()}`)
    for (const key of keys) await queue({ template: 'expert-review-started', to: { userId: fx.zhUser.id }, application: fx.app, data: {}, businessKey: key })
    const [a, b, c] = await Promise.all([deliverDue(payload), deliverDue(payload), deliverDue(payload)])
    expect(a!.sent + b!.sent + c!.sent).toBe(12)
    await deliverDue(payload)
    expect(smtp.messages).toHaveLength(12)
    expect(new Set(smtp.messages.map((m) => m.headers.get('x-business-key'))).size).toBe(12)
  })

  it('never sends a row twice when the delivery job runs twice, or two job runners race', async () => {
    const keys = Array.from({ length: 8 }, () => `jobs:${uniq()}`)
    for (const key of keys) await queue({ template: 'approved', to: { userId: fx.zhUser.id }, application: fx.app, data: { officialName: '宁波市先进高分子材料创新联合体' }, businessKey: key })
    // The delivery job queued twice.
    await payload.jobs.queue({ task: 'deliver-notifications', input: {}, queue: 'outbox' })
    await payload.jobs.queue({ task: 'deliver-notifications', input: {}, queue: 'outbox' })
    if (ctx.db.kind === 'postgres') {
      // Two runners racing for the same queue, each running its jobs side by side. (Not on SQLite: there
      // Payload's own job bookkeeping opens overlapping transactions on libsql connections, which fail with
      // SQLITE_BUSY within one process; the app's autoRun runs one job at a time on SQLite for that reason.)
      await Promise.all([payload.jobs.run({ queue: 'outbox' }), payload.jobs.run({ queue: 'outbox' })])
    } else {
      await payload.jobs.run({ queue: 'outbox', sequential: true })
    }
    // And once more, afterwards.
    await payload.jobs.queue({ task: 'deliver-notifications', input: {}, queue: 'outbox' })
    await payload.jobs.run({ queue: 'outbox' })
    expect(smtp.messages).toHaveLength(8)
    expect((await rows({ businessKey: { in: keys } })).every((r) => r.status === 'sent')).toBe(true)
  })
})

describe('development default', () => {
  it('writes .eml files under data/outbox/ when no SMTP server is configured, and marks the rows sent', async () => {
    const { mkdtempSync, readdirSync, readFileSync } = await import('node:fs')
    const os = await import('node:os')
    const path = await import('node:path')
    const dir = mkdtempSync(path.join(os.tmpdir(), 'outbox-'))
    const saved = { host: process.env.SMTP_HOST, dataDir: process.env.DATA_DIR }
    delete process.env.SMTP_HOST
    process.env.DATA_DIR = dir
    try {
      const q = await queue({ template: 'approved', to: { userId: fx.zhUser.id }, application: fx.app, data: { officialName: '宁波市先进高分子材料创新联合体' }, businessKey: `eml:${uniq()}` })
      const r = await deliverDue(payload)
      expect(r.sentIds.map(String)).toContain(String(q!.id))
      const files = readdirSync(path.join(dir, 'outbox'))
      expect(files.length).toBeGreaterThan(0)
      expect(files.some((f) => readFileSync(path.join(dir, 'outbox', f), 'utf8').includes(fx.zhUser.email))).toBe(true)
      expect((await rows({ id: { equals: q!.id } }))[0]).toMatchObject({ status: 'sent' })
      expect(smtp.messages).toHaveLength(0)
    } finally {
      process.env.SMTP_HOST = saved.host
      if (saved.dataDir === undefined) delete process.env.DATA_DIR
      else process.env.DATA_DIR = saved.dataDir
    }
  })
})

describe('POST /api/notifications/:id/resend', () => {
  it('requeues a failed email for a city officer and refuses anyone else', async () => {
    process.env.OUTBOX_MAX_ATTEMPTS = '1'
    const q = await queue({ template: 'rejected', to: { userId: fx.zhUser.id }, application: fx.app, data: { reasons: '材料不全' }, businessKey: `endpoint:${uniq()}` })
    await smtp.stop()
    await deliverDue(payload)
    await smtp.start()
    expect((await rows({ id: { equals: q!.id } }))[0]).toMatchObject({ status: 'failed' })

    const { createLocalReq } = await import('payload')
    const endpoint = payload.collections.notifications.config.endpoints
      ? (payload.collections.notifications.config.endpoints as { path: string; method: string; handler: (req: never) => Promise<Response> }[]).find((e) => e.path === '/:id/resend')!
      : null
    expect(endpoint?.method).toBe('post')
    const call = async (userId: Id) => {
      const user = await payload.findByID({ collection: 'users', id: userId, overrideAccess: true })
      const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
      ;(req as { routeParams?: Record<string, unknown> }).routeParams = { id: String(q!.id) }
      return endpoint!.handler(req as never)
    }
    expect((await call(fx.zhUser.id)).status).toBe(403)
    const ok = await call(fx.officer.id)
    expect(ok.status).toBe(200)
    expect((await rows({ id: { equals: q!.id } }))[0]).toMatchObject({ status: 'queued', attempts: 0, resentBy: fx.officer.id })
    expect((await call(fx.officer.id)).status).toBe(409)
    await deliverDue(payload)
    expect(smtp.messages.filter((m) => m.subject.includes('未通过'))).toHaveLength(1)
  })
})

describe('access', () => {
  it('lets city officers read every notification, an applicant only their own, and nobody create one', async () => {
    const key = `access:${uniq()}`
    await queue({ template: 'expert-review-started', to: { userId: fx.zhUser.id }, application: fx.app, data: {}, businessKey: key })
    const officer = await payload.findByID({ collection: 'users', id: fx.officer.id, overrideAccess: true })
    const mine = await payload.findByID({ collection: 'users', id: fx.zhUser.id, overrideAccess: true })
    const other = await payload.findByID({ collection: 'users', id: fx.otherApplicant.id, overrideAccess: true })
    const all = await rows()
    expect((await payload.find({ collection: 'notifications', user: officer, overrideAccess: false, limit: 0, pagination: false })).docs).toHaveLength(all.length)
    const own = await payload.find({ collection: 'notifications', user: mine, overrideAccess: false, limit: 0, pagination: false, depth: 0 })
    expect(own.docs.length).toBeGreaterThan(0)
    expect(own.docs.every((d) => (d.recipients as Id[]).map(String).includes(String(fx.zhUser.id)))).toBe(true)
    expect((await payload.find({ collection: 'notifications', user: other, overrideAccess: false })).docs).toHaveLength(0)
    await expect(
      payload.create({ collection: 'notifications', data: { businessKey: `x:${uniq()}`, template: 'rejected', toAddress: 'a@b.cn' } as never, user: officer, overrideAccess: false }),
    ).rejects.toThrow()
  })
})

describe('project accepted → remainder installment due', () => {
  it('tells the city officers once when a Cixi self-run project passes acceptance', async () => {
    const program = await payload.create({
      collection: 'programs',
      data: { title: '慈溪综合体', year: 2026, policySet: 'cx-complex', carrierKind: 'complex', opensOn: '2026-01-01', closesOn: '2026-12-31' } as never,
      overrideAccess: true,
    })
    const app = await payload.create({
      collection: 'applications',
      data: { title: '慈溪家电产业创新服务综合体', program: program.id, lead: fx.org, status: 'recognized', complex: { level: 'city', class: 'creation' } } as never,
      overrideAccess: true,
      context: { seed: true },
    })
    const project = await payload.create({
      collection: 'projects',
      data: { application: app.id, title: '智能家电共性技术', kind: 'self-run', year: 2026, status: 'in-progress', subsidyTotal: 400_000 } as never,
      overrideAccess: true,
      context: { seed: true },
    })
    expect(await rows({ businessKey: { equals: `remainder-due:${project.id}` } })).toHaveLength(0)
    await payload.update({ collection: 'projects', id: project.id, data: { status: 'accepted', acceptedOn: '2026-06-30' } as never, overrideAccess: true })
    await payload.update({ collection: 'projects', id: project.id, data: { title: '智能家电共性技术（验收后）' } as never, overrideAccess: true })
    const found = await rows({ businessKey: { equals: `remainder-due:${project.id}` } })
    expect(found).toHaveLength(1)
    expect(found[0]!.toAddress).toContain(fx.officer.email)
    await deliverDue(payload)
    const mails = smtp.messages.filter((m) => m.headers.get('x-business-key') === `remainder-due:${project.id}`)
    expect(mails).toHaveLength(1)
    expect(mails[0]!.to).toContain(fx.officer.email)
    expect(mails[0]!.to).not.toContain(fx.zhUser.email)
    expect(mails[0]!.subject).toContain('智能家电共性技术')
    expect(mails[0]!.text).toContain('16万元')
  })
})
