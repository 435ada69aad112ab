// The expert's and the applicant's own journeys through the REST handlers, with each role's own JWT.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { deliverDue } from '../../src/email/deliver'
import { withCheckChar } from '../../src/lib/credit-code'
import { PASSWORD, seedWorld, type World } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { restClient, type RestClient } from '../helpers/rest'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp'

let ctx: TestContext
let smtp: TestSmtpServer
let rest: RestClient
let world: World
const tokens: Record<string, string> = {}

beforeAll(async () => {
  process.env.JOBS_AUTORUN = 'false'
  smtp = await startSmtpServer()
  smtp.useInEnv()
  ctx = await startPayload()
  world = await seedWorld(ctx.payload)
  rest = restClient(ctx.payload.config)
  for (const who of ['city', 'expert1', 'applicant']) tokens[who] = await rest.login(`${who}@example.org`, PASSWORD)
})
afterAll(async () => {
  await ctx?.close()
  await smtp?.stop()
})

describe('an applicant and its self-evaluation', () => {
  it('reads and saves its own self-report, not the grade, and not another organisation’s', async () => {
    const own = await ctx.payload.create({ collection: 'evaluations', data: { application: world.apps.nbDraft, year: 2026, kind: 'annual' } as never, user: world.users.city, overrideAccess: false })
    const other = await ctx.payload.create({ collection: 'evaluations', data: { application: world.apps.zjRecognized, year: 2026, kind: 'annual' } as never, user: world.users.city, overrideAccess: false })

    const read = await rest.get(`/evaluations/${own.id}`, tokens.applicant)
    expect(read.status).toBe(200)
    const saved = await rest.patch(`/evaluations/${own.id}`, { submittedOn: '2026-03-01T00:00:00.000Z' }, tokens.applicant)
    expect(saved.status).toBe(200)
    const back = await ctx.payload.findByID({ collection: 'evaluations', id: own.id, depth: 0, overrideAccess: true })
    expect(String(back.submittedOn).slice(0, 10)).toBe('2026-03-01')

    const foreign = await rest.patch(`/evaluations/${other.id}`, { submittedOn: '2026-03-01T00:00:00.000Z' }, tokens.applicant)
    expect([403, 404]).toContain(foreign.status)
    const untouched = await ctx.payload.findByID({ collection: 'evaluations', id: other.id, depth: 0, overrideAccess: true })
    expect(untouched.submittedOn ?? null).toBeNull()
  })
})

describe('an expert scoring an assigned application', () => {
  it('saves a partial sheet, is refused on submit with the indicators named, then submits a full one', async () => {
    const created = await rest.post('/reviews', { application: world.apps.ticExpertReview, stage: 'expert-review', scores: { '1.1': 80 } }, tokens.expert1)
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number; scores: Record<string, number>; totalScore: number | null } }
    expect(doc.scores).toEqual({ '1.1': 80 })
    expect(doc.totalScore ?? null).toBeNull()

    const refused = await rest.patch(`/reviews/${doc.id}`, { submitted: true }, tokens.expert1)
    expect(refused.status).toBe(400)
    const text = JSON.stringify(await refused.json())
    expect(text).toContain('尚有 41 项指标未评分')
    expect(text).toContain('1.2「世界一流水平的重大技术创新平台」')
    expect((await ctx.payload.findByID({ collection: 'reviews', id: doc.id, depth: 0, overrideAccess: true })).submitted).toBeFalsy()

    const { TIC_INDEX_CODES } = await import('../../src/policies/tic-index')
    const full = Object.fromEntries(TIC_INDEX_CODES.map((c) => [c, 75]))
    const submitted = await rest.patch(`/reviews/${doc.id}`, { scores: full, submitted: true }, tokens.expert1)
    expect(submitted.status).toBe(200)
    const back = await ctx.payload.findByID({ collection: 'reviews', id: doc.id, depth: 0, overrideAccess: true })
    expect(back.submitted).toBe(true)
    expect(back.totalScore).toBe(75)
  })
})

describe('assigning an expert', () => {
  it('emails the newly assigned expert once, in Chinese, with the due date; experts already assigned get nothing new', async () => {
    const before = await ctx.payload.find({ collection: 'applications', where: { id: { equals: world.apps.ticExpertReview } }, depth: 0, overrideAccess: true })
    const current = (before.docs[0]!.assignedExperts ?? []).map((e) => (typeof e === 'object' ? e.id : e))
    smtp.clear()
    const patched = await rest.patch(`/applications/${world.apps.ticExpertReview}`, { assignedExperts: [...current, world.users.expert3.id] }, tokens.city)
    expect(patched.status).toBe(200)
    const queued = await ctx.payload.find({ collection: 'notifications', where: { template: { equals: 'review-assigned' } }, depth: 0, overrideAccess: true })
    expect(queued.docs.map((d) => d.businessKey)).toEqual([`review-assigned:${world.apps.ticExpertReview}:${world.users.expert3.id}`])

    await deliverDue(ctx.payload)
    const [mail] = await smtp.waitFor(1)
    expect(mail!.to).toEqual(['expert3@example.org'])
    expect(mail!.subject).toBe('【评审任务】请评审“智能制造装备”')
    const app = await ctx.payload.findByID({ collection: 'applications', id: world.apps.ticExpertReview, depth: 0, overrideAccess: true })
    expect(app.reviewDueOn).toBeTruthy()
    const due = new Date(app.reviewDueOn!)
    expect(mail!.text).toContain(`并于${due.getUTCFullYear()}年${due.getUTCMonth() + 1}月${due.getUTCDate()}日前提交`)
    expect(mail!.text).not.toMatch(/review-assigned|tic\./)

    // Saving again (same experts) queues nothing more.
    await rest.patch(`/applications/${world.apps.ticExpertReview}`, { assignedExperts: [...current, world.users.expert3.id] }, tokens.city)
    expect((await ctx.payload.count({ collection: 'notifications', where: { template: { equals: 'review-assigned' } }, overrideAccess: true })).totalDocs).toBe(1)
  })
})

describe('an exception to an "in principle" rule', () => {
  it('the applicant asks with a reason, the city officer grants it with a reason, it is audited and honoured as an override', async () => {
    const app = world.apps.nbDraft
    // The lead has no provincial R&D platform: 一般应建有… (nb.lead.platform) fails, an in-principle rule.
    await ctx.payload.update({ collection: 'organizations', id: world.orgs.nbLead, data: { platforms: [] } as never, overrideAccess: true })
    const checklist = (await (await rest.get(`/applications/${app}/checklist`, tokens.applicant)).json()) as { items: { ruleId: string; severity: string; status: string }[] }
    const failing = checklist.items.find((i) => i.severity === 'overridable' && i.status === 'fail')
    expect(failing, 'the demo draft fails an in-principle rule').toBeDefined()
    const blocking = checklist.items.find((i) => i.severity !== 'overridable')

    // Only in-principle rules, only failing ones, and a reason of substance.
    if (blocking) expect((await rest.post('/exception-requests', { application: app, ruleId: blocking.ruleId, reason: '我们认为这一条不适用于本单位情况' }, tokens.applicant)).status).toBe(400)
    expect((await rest.post('/exception-requests', { application: app, ruleId: failing!.ruleId, reason: '太短' }, tokens.applicant)).status).toBe(400)
    const asked = await rest.post('/exception-requests', { application: app, ruleId: failing!.ruleId, reason: '牵头单位上年度研发投入受疫情影响暂时下降，本年度已恢复' }, tokens.applicant)
    expect(asked.status).toBe(201)
    const request = ((await asked.json()) as { doc: { id: number; status: string } }).doc
    expect(request.status).toBe('pending')
    expect((await rest.post('/exception-requests', { application: app, ruleId: failing!.ruleId, reason: '再次申请同一条款的豁免理由' }, tokens.applicant)).status).toBe(400)

    // The applicant cannot decide its own request; a decision needs a reason.
    expect([403, 404]).toContain((await rest.patch(`/exception-requests/${request.id}`, { status: 'granted', decisionReason: '我自己同意这个申请理由' }, tokens.applicant)).status)
    expect((await rest.patch(`/exception-requests/${request.id}`, { status: 'granted' }, tokens.city)).status).toBe(400)
    const granted = await rest.patch(`/exception-requests/${request.id}`, { status: 'granted', decisionReason: '经局务会研究，同意按特殊情况处理' }, tokens.city)
    expect(granted.status).toBe(200)
    expect((await rest.patch(`/exception-requests/${request.id}`, { status: 'refused', decisionReason: '改变主意，不予豁免该条款' }, tokens.city)).status).toBe(400)

    const trail = await ctx.payload.find({ collection: 'audit-log', where: { and: [{ collectionSlug: { equals: 'exception-requests' } }, { docId: { equals: String(request.id) } }] }, sort: 'at', depth: 0, overrideAccess: true })
    expect(trail.docs.map((d) => [d.action, d.to ?? null, d.actorRole])).toEqual([
      ['create', null, '申报单位'],
      ['override', 'granted', '市科技局'],
    ])
    expect(trail.docs[1]!.reason).toBe('经局务会研究，同意按特殊情况处理')

    const stored = await ctx.payload.findByID({ collection: 'applications', id: app, depth: 0, overrideAccess: true })
    expect(stored.overrides?.map((o) => o.ruleId)).toContain(failing!.ruleId)
    const after = (await (await rest.get(`/applications/${app}/checklist`, tokens.city)).json()) as { items: { ruleId: string; status: string; override?: { reason?: string } }[] }
    const item = after.items.find((i) => i.ruleId === failing!.ruleId)!
    expect(item.status).toBe('overridden')
    expect(item.override?.reason).toContain('经局务会研究')

    // The bureau's reasons stay with staff: the applicant sees the rule overridden, not why.
    const mine = (await (await rest.get(`/applications/${app}/checklist`, tokens.applicant)).json()) as { items: { ruleId: string; status: string; override?: { reason?: string } }[] }
    const seen = mine.items.find((i) => i.ruleId === failing!.ruleId)!
    expect(seen.status).toBe('overridden')
    expect(seen.override?.reason).toBeUndefined()
    const doc = (await (await rest.get(`/applications/${app}?depth=0`, tokens.applicant)).json()) as Record<string, unknown>
    expect(doc.title).toBeDefined()
    expect(doc.overrides ?? []).toEqual([])
    expect(JSON.stringify(doc)).not.toContain('经局务会研究')
  })
})

describe('the shared register of units', () => {
  it('a bad code says which character or check digit is wrong; an existing code names the unit; the applicant finds it by code and links it', async () => {
    const nbu = (await ctx.payload.find({ collection: 'organizations', where: { name: { equals: '宁波大学' } }, depth: 0, overrideAccess: true })).docs[0]!
    const before = await ctx.payload.count({ collection: 'organizations', overrideAccess: true })

    const wrongCheck = nbu.creditCode.slice(0, 17) + (nbu.creditCode.endsWith('0') ? '1' : '0')
    const bad = await rest.post('/organizations', { name: '某某单位', creditCode: wrongCheck, kind: 'enterprise' }, tokens.applicant)
    expect(bad.status).toBe(400)
    expect(JSON.stringify(await bad.json())).toContain(`校验位（第18位）应为“${nbu.creditCode.slice(17)}”`)

    const duplicate = await rest.post('/organizations', { name: '宁波大学（重复）', creditCode: nbu.creditCode, kind: 'university' }, tokens.applicant)
    expect(duplicate.status).toBe(400)
    // One error shape (src/lib/errors.ts): the unit's name and what to do, never the raw field name.
    const text = JSON.stringify(await duplicate.json())
    expect(text).toContain('该统一社会信用代码已登记为“宁波大学”：请直接选用该单位')
    expect(text).not.toContain('下面的字段是无效的： creditCode')
    expect((await ctx.payload.count({ collection: 'organizations', overrideAccess: true })).totalDocs).toBe(before.totalDocs)

    const lookup = (await (await rest.get(`/organizations/by-code/${nbu.creditCode.toLowerCase()}`, tokens.applicant)).json()) as { found: boolean; organization: { id: number; name: string; district: { name: string } | null } }
    expect(lookup.found).toBe(true)
    expect(lookup.organization.id).toBe(nbu.id)
    expect(lookup.organization.district?.name).toBeTruthy()
    const badCode = await rest.get('/organizations/by-code/91330200MA2H0000O1', tokens.applicant)
    expect(badCode.status).toBe(400)
    // The one error shape: the rule and the words in both languages.
    const badCodeBody = (await badCode.json()) as { errors: { data: { violations: { rule: string; message: { zh: string; en: string } }[] } }[] }
    expect(badCodeBody.errors[0]!.data.violations[0]!.rule).toBe('unit.credit-code')
    expect(badCodeBody.errors[0]!.data.violations[0]!.message.zh).toMatch(/第\d+位|校验位/)
    expect((await rest.get(`/organizations/by-code/${nbu.creditCode}`)).status).toBe(401)
  })

  it('the applicant finds a unit by part of its name: name, kind and district only, at most ten, two characters at least', async () => {
    const nbu = (await ctx.payload.find({ collection: 'organizations', where: { name: { equals: '宁波大学' } }, depth: 0, overrideAccess: true })).docs[0]!
    const byName = await rest.get(`/organizations/by-name?q=${encodeURIComponent('波大')}`, tokens.applicant)
    expect(byName.status).toBe(200)
    const { organizations } = (await byName.json()) as { organizations: Record<string, unknown>[] }
    const hit = organizations.find((o) => o.id === nbu.id)
    expect(hit?.name).toBe('宁波大学')
    // Nothing of the unit beyond what its registration makes public: no code, contacts or figures.
    expect(Object.keys(hit!).sort()).toEqual(['district', 'id', 'kind', 'name'])
    expect(organizations.every((o) => String(o.name).includes('波大'))).toBe(true)

    // Eleven units named alike: ten are listed, and the answer says there are more.
    for (let i = 0; i < 11; i++) {
      await ctx.payload.create({ collection: 'organizations', data: { name: `查找测试单位${i}`, creditCode: withCheckChar(`91330200MA2J${String(i).padStart(5, '0')}`), kind: 'enterprise' } as never, overrideAccess: true })
    }
    const many = (await (await rest.get(`/organizations/by-name?q=${encodeURIComponent('查找测试')}`, tokens.applicant)).json()) as { organizations: unknown[]; more: boolean }
    expect(many.organizations).toHaveLength(10)
    expect(many.more).toBe(true)

    const short = await rest.get(`/organizations/by-name?q=${encodeURIComponent('宁')}`, tokens.applicant)
    expect(short.status).toBe(400)
    const shortBody = (await short.json()) as { errors: { data: { violations: { rule: string; message: { zh: string; en: string } }[] } }[] }
    expect(shortBody.errors[0]!.data.violations[0]!.rule).toBe('unit.search-too-short')
    expect(shortBody.errors[0]!.data.violations[0]!.message.zh).toContain('至少输入2个字')
    expect((await rest.get(`/organizations/by-name?q=${encodeURIComponent('宁波大学')}`)).status).toBe(401)
  })

  it('the applicant links a unit it found as a member of its own draft', async () => {
    const nbu = (await ctx.payload.find({ collection: 'organizations', where: { name: { equals: '宁波大学' } }, depth: 0, overrideAccess: true })).docs[0]!

    // Linking it as a member of the applicant's own draft; the unit is then readable by name.
    const existingMember = await ctx.payload.find({ collection: 'members', where: { and: [{ application: { equals: world.apps.nbDraft } }, { organization: { equals: nbu.id } }] }, overrideAccess: true })
    if (existingMember.docs.length === 0) {
      const linked = await rest.post('/members', { application: world.apps.nbDraft, organization: nbu.id, role: 'university' }, tokens.applicant)
      expect(linked.status).toBe(201)
    }
    const read = await rest.get(`/organizations/${nbu.id}?depth=0`, tokens.applicant)
    expect(read.status).toBe(200)
    expect(((await read.json()) as { name: string }).name).toBe('宁波大学')
  })

  it('the members template downloads as .xlsx; a filled-in sheet with a bad code is refused row by row, naming the row and the character', async () => {
    const template = await rest.get('/members/import-template', tokens.applicant)
    expect(template.status).toBe(200)
    expect(template.headers.get('content-type')).toContain('spreadsheetml')
    const ExcelJS = (await import('exceljs')).default
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await template.arrayBuffer())
    const sheet = workbook.worksheets[0]!
    expect(sheet.getRow(1).values).toEqual([undefined, '单位名称', '统一社会信用代码', '角色', '承担任务', '任务分工占比（‰）', '单位负责人'])

    const { readMemberSheet } = await import('../../src/workflow/import-members')
    // The applicant overwrites the example row, as the template asks.
    sheet.getRow(2).values = ['宁波某某新材料有限公司', '91330200MA2H0000O1', '企业', '', '', '']
    const { problems } = await readMemberSheet(await workbook.xlsx.writeBuffer())
    expect(problems).toEqual(['第2行：统一社会信用代码第17位“O”不是有效字符（只用数字和除 I、O、Z、S、V 以外的大写字母）（91330200MA2H0000O1） / row 2: character 17 of the code, "O", is not allowed (digits and capital letters other than I, O, Z, S, V) (91330200MA2H0000O1)'])
  })
})
