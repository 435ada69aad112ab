// The record can't be bent (issue 11), money totals from the ledger (issue 16 item 3), programme changes re-checked
// and the audit trail's "who" (issue 10 items 3 and 18): through REST as the real roles, on SQLite and PostgreSQL.
import ExcelJS from 'exceljs'
import { createLocalReq, type RequiredDataFromCollectionSlug, type Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { todayInChina } from '../../src/jobs/calendar'
import { listOpenNotices } from '../../src/lib/public-records'
import { applyTransition } from '../../src/workflow/transition'
import { countOf, createTicApplication, PASSWORD, seedWorld, ticDisbursement, type Id, type World } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { restClient, type RestClient } from '../helpers/rest'

let ctx: TestContext
let rest: RestClient
let world: World
const tokens: Record<string, string> = {}
const thisYear = Number(todayInChina().slice(0, 4))
let ticApplicant: Record<string, unknown> & { id: Id }

type Json = Record<string, any>
const body = async (response: Response): Promise<Json> => (await response.json()) as Json
const text = async (response: Response): Promise<string> => JSON.stringify(await response.json())
const app = async (id: Id) => ctx.payload.findByID({ collection: 'applications', id, depth: 0, overrideAccess: true })
const transition = (id: Id, name: string, who: string, extra: Record<string, unknown> = {}) => rest.post(`/applications/${id}/transition`, { name, ...extra }, tokens[who])

/** A setup write of workflow fields, as the seed does it (stands in for a history of transitions). */
async function seeded(data: Record<string, unknown>): Promise<Id> {
  const doc = await ctx.payload.create({ collection: 'applications', data: data as RequiredDataFromCollectionSlug<'applications'>, overrideAccess: true, context: { seed: true } })
  return doc.id
}

async function audit(application: Id, action?: string) {
  const where: Where = action ? { and: [{ application: { equals: application } }, { action: { equals: action } }] } : { application: { equals: application } }
  return (await ctx.payload.find({ collection: 'audit-log', where, sort: 'at', depth: 0, pagination: false, overrideAccess: true })).docs
}

beforeAll(async () => {
  ctx = await startPayload()
  world = await seedWorld(ctx.payload)
  rest = restClient(ctx.payload.config)
  ticApplicant = (await ctx.payload.create({
    collection: 'users',
    data: { email: 'tic-host@example.org', password: PASSWORD, name: '研究院联系人', role: 'applicant', organization: world.orgs.ticHost },
    overrideAccess: true,
  })) as unknown as Record<string, unknown> & { id: Id }
  for (const who of ['admin', 'city', 'district', 'expert1', 'expert3', 'applicant']) tokens[who] = await rest.login(`${who}@example.org`, PASSWORD)
  tokens.tic = await rest.login('tic-host@example.org', PASSWORD)
})
afterAll(async () => ctx?.close())

describe('server-owned facts: written by transitions, corrected only by the correction transition', () => {
  it('refuses a PATCH of the notice end, the recognition date or the official name, one by one and in bulk, and saves nothing', async () => {
    const id = await seeded({ title: '公示中心', program: world.programs.nbTic, lead: world.orgs.ticHost, status: 'public-notice', noticeStartsOn: '2026-11-16', noticeEndsOn: '2026-11-20', isPublic: true })
    const before = await app(id)
    for (const data of [{ noticeEndsOn: '2026-11-01' }, { recognizedOn: '2026-01-15' }, { officialName: '改过的名称' }, { isPublic: false }, { noticeStartsOn: '2026-10-01' }]) {
      const response = await rest.patch(`/applications/${id}`, data, tokens.city)
      expect(response.status, JSON.stringify(data)).toBe(400)
      expect(await text(response)).toMatch(/更正记录|transition/)
    }
    const bulk = await rest.patch(`/applications?where[id][equals]=${id}`, { recognizedOn: '2026-01-15' }, tokens.city)
    expect(bulk.status).toBe(400)
    const after = await app(id)
    for (const f of ['noticeStartsOn', 'noticeEndsOn', 'recognizedOn', 'officialName', 'isPublic'] as const) expect(after[f] ?? null).toEqual(before[f] ?? null)
    // The admin form echoes the stored values back: that is not a change and goes through.
    expect((await rest.patch(`/applications/${id}`, { noticeEndsOn: before.noticeEndsOn, publicSummary: '公示期内接受社会监督' }, tokens.city)).status).toBe(200)
  })

  it('a draft TIC cannot be given a recognition date, so no grant gets through', async () => {
    const id = await seeded({ title: '草稿中心', program: world.programs.nbTic, lead: world.orgs.ticHost, status: 'draft', capabilityInvestments: [{ year: 2026, amount: 20_000_000 }] })
    expect((await rest.patch(`/applications/${id}`, { recognizedOn: '2026-01-15' }, tokens.city)).status).toBe(400)
    const grant = await rest.post('/disbursements', ticDisbursement(id, 1_000_000), tokens.city)
    expect(grant.status).toBe(400)
    expect(await text(grant)).toContain('guard.funded-state')
    expect(await countOf(ctx.payload, 'disbursements', { application: { equals: id } })).toBe(0)
  })

  it('corrects a notice end as a city officer with a reason: never shorter than the working days, audited, the applicant told', async () => {
    const id = await seeded({ title: '更正中心', program: world.programs.nbTic, lead: world.orgs.ticHost, status: 'public-notice', noticeStartsOn: '2026-09-30', noticeEndsOn: '2026-10-12', isPublic: true })
    // Not the applicant's, and not without a reason.
    expect(await text(await transition(id, 'correct-record', 'tic', { reason: '公示期延长以便充分听取意见', corrections: { noticeEndsOn: '2026-10-16' } }))).toContain('guard.role')
    expect(await text(await transition(id, 'correct-record', 'city', { corrections: { noticeEndsOn: '2026-10-16' } }))).toContain('guard.correction')
    // 5 working days from 2026-09-30 over 国庆 end on 2026-10-12 at the earliest.
    const shorter = await transition(id, 'correct-record', 'city', { reason: '公示结束日期按自然日误录，现予更正', corrections: { noticeEndsOn: '2026-10-06' } })
    expect(shorter.status).toBe(400)
    const shorterText = await text(shorter)
    expect(shorterText).toContain('guard.correction')
    expect(shorterText).toContain('2026-10-12')
    expect((await app(id)).noticeEndsOn?.slice(0, 10)).toBe('2026-10-12')

    const ok = await transition(id, 'correct-record', 'city', { reason: '应异议人请求延长公示至10月16日', corrections: { noticeEndsOn: '2026-10-16' } })
    expect(ok.status, await text(ok.clone())).toBe(200)
    expect((await app(id)).noticeEndsOn?.slice(0, 10)).toBe('2026-10-16')
    expect((await app(id)).status).toBe('public-notice')
    const [entry] = await audit(id, 'correction')
    expect(entry).toMatchObject({ reason: '应异议人请求延长公示至10月16日', actorName: '王科长（市科技局）', actorRole: '市科技局' })
    expect(entry!.summary).toContain('公示结束日期：2026-10-12 → 2026-10-16')
    expect(entry!.changes).toEqual({ noticeEndsOn: { from: '2026-10-12', to: '2026-10-16' } })
    const mail = await ctx.payload.find({ collection: 'notifications', where: { and: [{ application: { equals: id } }, { template: { equals: 'record-corrected' } }] }, overrideAccess: true })
    expect(mail.docs.map((n) => n.toAddress)).toEqual(['tic-host@example.org'])
    // The applicant sees the correction in the timeline.
    const timeline = await body(await rest.get(`/audit-log?where[application][equals]=${id}&depth=0`, tokens.tic))
    expect(timeline.docs.map((d: Json) => d.action)).toContain('correction')
  })
})

describe('money follows status, on the bases the set pays', () => {
  it('refuses a disbursement to a Cixi complex still in draft, and to a Zhejiang consortium on a basis its set does not pay', async () => {
    const draft = await seeded({ title: '草稿综合体', program: world.programs.cxComplex, lead: world.orgs.cxLead, status: 'draft', complex: { level: 'city', class: 'cultivation' } })
    const toDraft = await rest.post('/disbursements', { application: draft, basis: 'complex-subsidy', installment: 'annual', year: 2026, amount: 100_000 }, tokens.city)
    expect(toDraft.status).toBe(400)
    expect(await text(toDraft)).toContain('guard.funded-state')
    const zj = await rest.post('/disbursements', { application: world.apps.zjRecognized, basis: 'complex-subsidy', installment: 'annual', year: 2026, amount: 100_000 }, tokens.city)
    expect(zj.status).toBe(400)
    expect(await text(zj)).toContain('guard.basis-of-set')
    expect(await countOf(ctx.payload, 'disbursements', { application: { in: [draft, world.apps.zjRecognized] } })).toBe(0)
  })

  it('checks a project on creation: the 400,000 cap, the year, the kind of carrier', async () => {
    const before = await countOf(ctx.payload, 'projects')
    const over = await rest.post('/projects', { application: world.apps.cxTown, title: '超额项目', kind: 'self-run', year: thisYear, status: 'in-progress', subsidyTotal: 400_001 }, tokens.city)
    expect(over.status).toBe(400)
    expect(await text(over)).toContain('cx.project.subsidy-cap')
    const future = await rest.post('/projects', { application: world.apps.cxTown, title: '明年项目', kind: 'self-run', year: thisYear + 1, status: 'in-progress', subsidyTotal: 100_000 }, tokens.city)
    expect(future.status).toBe(400)
    expect(await text(future)).toContain('guard.project-facts')
    const tic = await createTicApplication(ctx.payload, world)
    const selfRunOnTic = await rest.post('/projects', { application: tic, title: '中心自主攻关', kind: 'self-run', year: thisYear, status: 'in-progress', subsidyTotal: 100_000 }, tokens.city)
    expect(selfRunOnTic.status).toBe(400)
    expect(await text(selfRunOnTic)).toContain('guard.project-facts')
    expect(await countOf(ctx.payload, 'projects')).toBe(before)
    expect((await rest.post('/projects', { application: world.apps.cxTown, title: '合规项目', kind: 'self-run', year: thisYear, status: 'in-progress', subsidyTotal: 400_000 }, tokens.city)).status).toBe(201)
  })
})

describe('a recorded payment is never deleted: a reversing entry corrects it, and totals come from the entries', () => {
  const ledgerSum = async (application: Id, token: string) => {
    const rows = (await body(await rest.get(`/disbursements?where[application][equals]=${application}&limit=100&depth=0`, token))).docs as Json[]
    const reversed = new Set(rows.filter((r) => r.reverses).map((r) => String(r.reverses)))
    return rows.filter((r) => !r.reverses && !reversed.has(String(r.id))).reduce((sum, r) => sum + Number(r.amount), 0)
  }

  it('no one deletes a payment; a reversal with a reason nets it out and frees the cap; the total equals the sum of the entries', async () => {
    const tic = await createTicApplication(ctx.payload, world)
    const one = await body(await rest.post('/disbursements', ticDisbursement(tic, 1), tokens.city))
    for (const who of ['admin', 'city']) expect([403, 404], who).toContain((await rest.delete(`/disbursements/${one.doc.id}`, tokens[who])).status)
    expect(await countOf(ctx.payload, 'disbursements', { application: { equals: tic } })).toBe(1)
    expect((await app(tic)).disbursedTotal).toBe(1)

    expect(await text(await rest.post('/disbursements', { application: tic, reverses: one.doc.id }, tokens.city))).toContain('guard.reversal')
    const reversal = await rest.post('/disbursements', { application: tic, reverses: one.doc.id, reason: '测试录入的1元拨付，予以冲正' }, tokens.city)
    expect(reversal.status, await text(reversal.clone())).toBe(201)
    expect((await body(reversal)).doc).toMatchObject({ amount: 1, basis: 'capability-investment', year: 2026 })
    expect((await app(tic)).disbursedTotal).toBe(0)
    expect(await ledgerSum(tic, tokens.city!)).toBe(0)
    const twice = await rest.post('/disbursements', { application: tic, reverses: one.doc.id, reason: '再次冲正同一笔拨付记录' }, tokens.city)
    expect(twice.status).toBe(400)
    expect(await text(twice)).toContain('已冲正')

    // The year-1 cap counts only the payments that stand.
    const full = await body(await rest.post('/disbursements', ticDisbursement(tic, 5_000_000), tokens.city))
    expect((await rest.post('/disbursements', ticDisbursement(tic, 1), tokens.city)).status).toBe(400)
    expect((await rest.post('/disbursements', { application: tic, reverses: full.doc.id, reason: '金额应为四百万元，冲正后重新登记' }, tokens.city)).status).toBe(201)
    expect((await rest.post('/disbursements', ticDisbursement(tic, 4_000_000), tokens.city)).status).toBe(201)
    expect((await app(tic)).disbursedTotal).toBe(4_000_000)
    expect(await ledgerSum(tic, tokens.city!)).toBe(4_000_000)
    expect(await countOf(ctx.payload, 'disbursements', { application: { equals: tic } })).toBe(5)
    const reversals = (await audit(tic)).filter((e) => e.collectionSlug === 'disbursements' && JSON.stringify(e.changes).includes('reverses'))
    expect(reversals.map((e) => e.summary).join('\n')).toContain('冲正理由：金额应为四百万元')
  })
})

describe('uses of funds and TIC annual figures make the checklist live', () => {
  const status = async (id: Id, rule: string, token: string = tokens.city!) =>
    ((await body(await rest.get(`/applications/${id}/checklist`, token))).items as Json[]).find((i) => i.ruleId === rule)

  it('refuses a forbidden use of fiscal funds with the rule; the checklist goes from no data to pass', async () => {
    const tic = await seeded({ title: '资金使用中心', program: world.programs.nbTic, lead: world.orgs.ticHost, status: 'in-construction', recognizedOn: `${thisYear - 2}-01-15`, isPublic: true })
    expect(await status(tic, 'tic.funds.forbidden-uses')).toMatchObject({ status: 'not-yet-applicable' })
    expect((await status(tic, 'tic.funds.forbidden-uses'))!.reason.zh).toContain('无数据')
    for (const category of ['investment', 'debt-repayment']) {
      const refused = await rest.post('/fund-uses', { application: tic, year: thisYear, source: 'fiscal', category, amount: 500_000, description: '理财' }, tokens.tic)
      expect(refused.status).toBe(400)
      expect(await text(refused)).toContain('tic.funds.forbidden-uses')
    }
    expect(await countOf(ctx.payload, 'audit-log', { collectionSlug: { equals: 'fund-uses' } })).toBe(0)
    // Another organisation's applicant can't report for this centre.
    expect([400, 403]).toContain((await rest.post('/fund-uses', { application: tic, year: thisYear, source: 'fiscal', category: 'research-projects', amount: 1, description: '越权' }, tokens.applicant)).status)
    const ok = await rest.post('/fund-uses', { application: tic, year: thisYear, source: 'fiscal', category: 'instruments-equipment', amount: 800_000, description: '购置测试设备' }, tokens.tic)
    expect(ok.status, await text(ok.clone())).toBe(201)
    expect(await status(tic, 'tic.funds.forbidden-uses', tokens.tic)).toMatchObject({ status: 'pass' })
  })

  it('TIC targets are judged on the annual figures the centre reports', async () => {
    const tic = await seeded({ title: '指标中心', program: world.programs.nbTic, lead: world.orgs.ticHost, status: 'in-construction', recognizedOn: `${thisYear - 2}-01-15`, isPublic: true })
    for (const rule of ['tic.target.investment', 'tic.target.staff']) expect(await status(tic, rule)).toMatchObject({ status: 'not-yet-applicable' })
    expect((await rest.post('/tic-figures', { application: world.apps.zjRecognized, year: thisYear, staff: 10 }, tokens.city)).status).toBe(400)
    expect((await rest.post('/tic-figures', { application: tic, year: thisYear - 2, investment: 40_000_000, staff: 60, highLevelTeams: 1 }, tokens.tic)).status).toBe(201)
    expect((await rest.post('/tic-figures', { application: tic, year: thisYear - 1, investment: 30_000_000, staff: 90, highLevelTeams: 1 }, tokens.tic)).status).toBe(201)
    expect(await status(tic, 'tic.target.investment')).toMatchObject({ status: 'fail' })
    expect(await status(tic, 'tic.target.staff')).toMatchObject({ status: 'fail' })
    expect((await rest.post('/tic-figures', { application: tic, year: thisYear, investment: 35_000_000, staff: 120, highLevelTeams: 2 }, tokens.tic)).status).toBe(201)
    expect(await status(tic, 'tic.target.investment')).toMatchObject({ status: 'pass' })
    expect(await status(tic, 'tic.target.staff')).toMatchObject({ status: 'pass' })
    // One row a year.
    expect((await rest.post('/tic-figures', { application: tic, year: thisYear, staff: 1 }, tokens.tic)).status).toBe(400)
  })

  it('no evaluation yet is "no data", never pass', async () => {
    const item = await status(world.apps.zjRecognized, 'zj.eval.self-report-january')
    expect(item!.status).not.toBe('pass')
    const cx = await body(await rest.get(`/applications/${world.apps.cxTown}/checklist`, tokens.city))
    const third = (cx.items as Json[]).find((i) => i.ruleId === 'cx.eval.3y-third-party')!
    expect(third.status).toBe('not-yet-applicable')
    // Cixi is cited by issuer, its working title marked as such.
    expect(JSON.stringify(cx.items)).not.toContain('《慈溪')
    expect(third.citation.document).toMatch(/^慈溪市科学技术局.*工作标题/)
  })
})

describe('programme windows, received-on dates, and moving an application between programmes', () => {
  let closed: Id
  let weihai: Id
  beforeAll(async () => {
    closed = (await body(await rest.post('/programs', { title: '2020年技术创新中心申报', year: 2020, policySet: 'nb-tic-2022', carrierKind: 'tic', opensOn: '2020-03-01', closesOn: '2020-12-31' }, tokens.city))).doc.id
    weihai = (await body(await rest.post('/programs', { title: '2025年威海市创新联合体备案', year: 2025, policySet: 'wh-consortium-2022', carrierKind: 'consortium', opensOn: '2025-01-01', closesOn: '2025-12-31' }, tokens.city))).doc.id
  })

  it('refuses an application to a programme that closed in 2020; staff record a paper application received in time, audited', async () => {
    const late = await rest.post('/applications', { title: '迟到的中心', program: closed, lead: world.orgs.ticHost }, tokens.tic)
    expect(late.status).toBe(400)
    expect(await text(late)).toContain('guard.program-open')
    // An applicant cannot claim a paper date.
    expect((await rest.post('/applications', { title: '迟到的中心', program: closed, lead: world.orgs.ticHost, receivedOn: '2020-12-30' }, tokens.tic)).status).toBe(400)
    const paper = await rest.post('/applications', { title: '纸质申报中心', program: closed, lead: world.orgs.ticHost, receivedOn: '2020-12-30' }, tokens.city)
    expect(paper.status, await text(paper.clone())).toBe(201)
    const id = (await body(paper)).doc.id
    const created = (await audit(id, 'create'))[0]!
    expect(created.summary).toContain('纸质申报收件日期：2020年12月30日')
    expect(created.actorName).toBe('王科长（市科技局）')
    expect((await rest.post('/applications', { title: '纸质申报2', program: closed, lead: world.orgs.ticHost, receivedOn: '2021-01-04' }, tokens.city)).status).toBe(400)
  })

  it('Weihai: a paper application received by 2025-06-28 is accepted, one received the day after is not', async () => {
    expect((await rest.post('/applications', { title: '威海纸质一', program: weihai, lead: world.orgs.whLead, receivedOn: '2025-06-28' }, tokens.city)).status).toBe(201)
    const after = await rest.post('/applications', { title: '威海纸质二', program: weihai, lead: world.orgs.whLead, receivedOn: '2025-06-29' }, tokens.city)
    expect(after.status).toBe(400)
    expect(await text(after)).toContain('guard.policy-in-force')
    expect((await rest.post('/applications', { title: '威海网上', program: weihai, lead: world.orgs.whLead }, tokens.city)).status).toBe(400)
  })

  it('submission checks the window on the day, or on the received-on date', async () => {
    const open = (await body(await rest.post('/programs', { title: '即将截止的批次', year: thisYear, policySet: 'nb-tic-2022', carrierKind: 'tic', opensOn: `${thisYear}-01-01`, closesOn: `${thisYear}-12-31` }, tokens.city))).doc.id
    const id = (await body(await rest.post('/applications', { title: '截止前草稿', program: open, lead: world.orgs.ticHost }, tokens.tic))).doc.id
    // The call closes before the applicant submits.
    expect((await rest.patch(`/programs/${open}`, { opensOn: '2020-01-01', closesOn: '2020-06-30' }, tokens.city)).status).toBe(200)
    const refused = await transition(id, 'submit', 'tic')
    expect(refused.status).toBe(400)
    expect(await text(refused)).toContain('guard.program-open')
    // The paper copy reached the bureau in time: the deadline rule uses that date.
    expect((await rest.patch(`/applications/${id}`, { receivedOn: '2020-06-30' }, tokens.city)).status).toBe(200)
    expect(await text(await transition(id, 'submit', 'tic'))).not.toContain('guard.program-open')
  })

  it('PATCH program re-runs the guards: a draft cannot move into an expired programme; a submitted one only by the city, re-checked', async () => {
    const draft = (await body(await rest.post('/applications', { title: '换批次草稿', program: world.programs.nbTic, lead: world.orgs.ticHost }, tokens.tic))).doc.id
    const moved = await rest.patch(`/applications/${draft}`, { program: closed }, tokens.tic)
    expect(moved.status).toBe(400)
    expect(await text(moved)).toContain('guard.program-open')
    expect(String((await app(draft)).program)).toBe(String(world.programs.nbTic))

    const submitted = await seeded({ title: '已提交联合体', program: world.programs.nbConsortium, lead: world.orgs.nbLead, status: 'district-review', submittedOn: `${thisYear}-03-02` })
    expect([403, 404]).toContain((await rest.patch(`/applications/${submitted}`, { program: world.programs.zjConsortium }, tokens.applicant)).status)
    const whExpired = await rest.patch(`/applications/${submitted}`, { program: world.programs.whConsortium }, tokens.city)
    expect(whExpired.status).toBe(400)
    expect(await text(whExpired)).toMatch(/guard.policy-in-force|guard.program-open/)
    expect(String((await app(submitted)).program)).toBe(String(world.programs.nbConsortium))
    // The district may not move it at all.
    const district = await rest.patch(`/applications/${submitted}`, { program: world.programs.zjConsortium }, tokens.district)
    expect(district.status).toBe(400)
  })
})

describe('conflicts of interest are refused at assignment', () => {
  it('an expert of a member unit is refused with the rule and never reads the application', async () => {
    const id = await createTicApplication(ctx.payload, world, '回避测试中心')
    await ctx.payload.create({ collection: 'members', data: { application: id, organization: (await ctx.payload.find({ collection: 'organizations', where: { name: { equals: '宁波大学' } }, overrideAccess: true })).docs[0]!.id, role: 'university' }, overrideAccess: true })
    const refused = await rest.patch(`/applications/${id}`, { assignedExperts: [world.users.expert1.id, world.users.expert3.id] }, tokens.city)
    expect(refused.status).toBe(400)
    const t = await text(refused)
    expect(t).toContain('guard.conflict-of-interest')
    expect(t).toContain('赵高工')
    expect((await app(id)).assignedExperts ?? []).toEqual([])
    expect([403, 404]).toContain((await rest.get(`/applications/${id}`, tokens.expert3)).status)
    expect((await rest.patch(`/applications/${id}`, { assignedExperts: [world.users.expert1.id] }, tokens.city)).status).toBe(200)
    // The trail names the change without anyone's personal data.
    const entry = (await audit(id, 'change')).find((e) => e.summary?.includes('评审专家'))!
    expect(entry.summary).toContain('评审专家')
    expect(JSON.stringify(entry)).not.toMatch(/@example\.org|sessions|salt|hash|phone/)
    // Saving again without a change writes nothing.
    const count = (await audit(id)).length
    expect((await rest.patch(`/applications/${id}`, { assignedExperts: [world.users.expert1.id], title: '回避测试中心' }, tokens.city)).status).toBe(200)
    expect((await audit(id)).length).toBe(count)
  })
})

describe('objections carry who, what, when and the finding; ended notices are flagged and listed', () => {
  it('records and resolves an objection in the timeline; the objector stays with the bureau', async () => {
    const id = await seeded({ title: '异议中心', program: world.programs.nbTic, lead: world.orgs.ticHost, status: 'public-notice', noticeStartsOn: '2026-11-16', noticeEndsOn: '2026-11-20', isPublic: true })
    const missing = await transition(id, 'receive-objection', 'city', { objection: { objector: '', content: '有' } })
    expect(missing.status).toBe(400)
    expect(await text(missing)).toContain('guard.objection')
    const received = await transition(id, 'receive-objection', 'city', { objection: { objector: '宁波某材料公司', content: '中心申报的高层次团队人数与实际不符，请核查', receivedOn: '2026-11-18' } })
    expect(received.status, await text(received.clone())).toBe(200)
    expect((await transition(id, 'approve', 'city')).status).toBe(400)
    const resolved = await transition(id, 'resolve-objection', 'city', { reason: '经核查，团队人数以社保记录为准，异议不成立' })
    expect(resolved.status).toBe(200)

    const rows = (await body(await rest.get(`/objections?where[application][equals]=${id}&depth=0`, tokens.city))).docs as Json[]
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ objector: '宁波某材料公司', content: '中心申报的高层次团队人数与实际不符，请核查', status: 'resolved', finding: '经核查，团队人数以社保记录为准，异议不成立', recordedBy: '王科长（市科技局）' })
    expect(rows[0]!.receivedOn.slice(0, 10)).toBe('2026-11-18')
    expect((await body(await rest.get(`/objections?where[application][equals]=${id}`, tokens.tic))).docs ?? []).toHaveLength(0)
    expect((await rest.post('/objections', { application: id, objector: 'x', content: '直接写入的异议记录', receivedOn: '2026-11-18' }, tokens.city)).status).toBe(403)

    const timeline = (await body(await rest.get(`/audit-log?where[application][equals]=${id}&sort=at&depth=0`, tokens.tic))).docs as Json[]
    const summaries = timeline.map((d) => d.summary).join('\n')
    expect(summaries).toContain('登记异议（公示中 → 异议处理）')
    expect(summaries).toContain('异议收到日期：2026-11-18')
    expect(timeline.map((d) => d.reason)).toContain('经核查，团队人数以社保记录为准，异议不成立')
    expect(summaries).not.toContain('宁波某材料公司')
    expect(summaries).not.toMatch(/receive-objection|public-notice →/)
  })

  it('a notice that ended is marked on the public list and waits on the officer’s to-do', async () => {
    const id = await seeded({ title: '期满中心', program: world.programs.nbTic, lead: world.orgs.ticHost, status: 'public-notice', noticeStartsOn: '2026-11-09', noticeEndsOn: '2026-11-13', isPublic: true })
    const running = await seeded({ title: '公示未满中心', program: world.programs.nbTic, lead: world.orgs.ticHost, status: 'public-notice', noticeStartsOn: todayInChina(), noticeEndsOn: `${thisYear + 1}-01-08`, isPublic: true })
    const notices = await listOpenNotices(ctx.payload)
    expect(notices.find((n) => n.id === id)).toMatchObject({ noticeEnded: true, noticeEndsOn: '2026-11-13' })
    expect(notices.find((n) => n.id === running)).toMatchObject({ noticeEnded: false })
    const todo = await body(await rest.get('/applications/awaiting-decision', tokens.city))
    expect(todo.docs.map((d: Json) => d.id)).toContain(id)
    expect(todo.docs.map((d: Json) => d.id)).not.toContain(running)
    expect((await body(await rest.get('/applications/awaiting-decision', tokens.applicant))).docs).toEqual([])
  })
})

describe("working days from China's calendar, with an administrator's entries", () => {
  const startNotice = async (title: string, today: string) => {
    const id = await seeded({ title, program: world.programs.nbTic, lead: world.orgs.ticHost, status: 'government-decision' })
    const city = { ...(await ctx.payload.findByID({ collection: 'users', id: world.users.city.id, overrideAccess: true })), collection: 'users' as const }
    await applyTransition(await createLocalReq({ user: city }, ctx.payload), { applicationId: id, name: 'start-public-notice', today })
    return app(id)
  }

  it('a 5-working-day notice runs over 国庆 and 春节 2026 and counts the worked Saturdays', async () => {
    expect((await startNotice('国庆公示', '2026-09-30')).noticeEndsOn?.slice(0, 10)).toBe('2026-10-12')
    expect((await startNotice('春节公示', '2026-02-13')).noticeEndsOn?.slice(0, 10)).toBe('2026-02-26')
  })

  it('an administrator enters a year the package does not know; nobody else may', async () => {
    expect((await rest.post('/calendar-days', { date: '2031-01-01', kind: 'holiday', name: '元旦' }, tokens.city)).status).toBe(403)
    const before = await startNotice('未知年度公示', '2030-12-31')
    expect(before.noticeEndsOn?.slice(0, 10)).toBe('2031-01-06')
    expect((await audit(before.id, 'transition'))[0]!.summary).toContain('2031年节假日安排尚未录入')
    expect((await rest.post('/calendar-days', { date: '2031-01-01', kind: 'holiday', name: '元旦' }, tokens.admin)).status).toBe(201)
    expect((await startNotice('已录入年度公示', '2030-12-31')).noticeEndsOn?.slice(0, 10)).toBe('2031-01-07')
  })
})

describe("one calendar date: China's", () => {
  it('the export writes the day the email names, not the UTC day', async () => {
    const id = await seeded({ title: '深夜提交中心', program: world.programs.nbTic, lead: world.orgs.ticHost, status: 'submitted', submittedOn: '2026-11-22T16:30:00.000Z' })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await (await rest.get('/applications/export/xlsx', tokens.city)).arrayBuffer())
    const sheet = workbook.worksheets[0]!
    const row = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).text === String(id))!
    expect(row.getCell(9).text).toBe('2026年11月23日')
  })
})

describe('the audit trail: plain Chinese, real changes only, the actor kept after deletion', () => {
  it("keeps who acted after the account is deleted; organisation identity changes and override removals are audited", async () => {
    const officer = await ctx.payload.create({ collection: 'users', data: { email: 'leaving@example.org', password: PASSWORD, name: '离职科员', role: 'city-officer' }, overrideAccess: true })
    const token = await rest.login('leaving@example.org', PASSWORD)
    const target = world.apps.zjRecognized
    const added = await rest.patch(`/applications/${target}`, { overrides: [{ ruleId: 'zj.lead.active-projects-max-3', reason: '省厅书面同意承担第4项尖兵项目' }] }, token)
    expect(added.status, await text(added.clone())).toBe(200)
    const removed = await rest.patch(`/applications/${target}`, { overrides: [] }, tokens.city)
    expect(removed.status).toBe(200)
    const overrides = await audit(target, 'override')
    expect(overrides.map((e) => e.summary).join('\n')).toMatch(/撤销对条款 zj.lead.active-projects-max-3 的豁免/)
    expect(overrides.at(-1)!.actorName).toBe('王科长（市科技局）')

    expect((await rest.delete(`/users/${officer.id}`, tokens.admin)).status).toBe(200)
    const first = overrides.find((e) => e.summary?.startsWith('豁免'))!
    const kept = await ctx.payload.findByID({ collection: 'audit-log', id: first.id, depth: 0, overrideAccess: true })
    expect(kept.user ?? null).toBeNull()
    expect(kept).toMatchObject({ actorName: '离职科员', actorRole: '市科技局' })

    // Once the unit has submitted an application its identity is the bureau's to correct (an applicant's rename is refused).
    await ctx.payload.create({ collection: 'applications', data: { title: '甬新已提交的申报', program: world.programs.nbConsortium, lead: world.orgs.nbLead, status: 'district-review' } as never, overrideAccess: true, context: { seed: true } })
    const refused = await rest.patch(`/organizations/${world.orgs.nbLead}`, { name: '宁波甬新材料科技集团股份有限公司' }, tokens.applicant)
    expect(refused.status).toBe(400)
    expect(JSON.stringify(await refused.json())).toContain('organization.identity-locked')
    const renamed = await rest.patch(`/organizations/${world.orgs.nbLead}`, { name: '宁波甬新材料科技集团股份有限公司' }, tokens.city)
    expect(renamed.status).toBe(200)
    const orgEntries = (await ctx.payload.find({ collection: 'audit-log', where: { and: [{ collectionSlug: { equals: 'organizations' } }, { docId: { equals: String(world.orgs.nbLead) } }] }, depth: 0, overrideAccess: true })).docs
    expect(orgEntries.map((e) => e.summary)).toContain('修改单位“宁波甬新材料科技集团股份有限公司”：单位名称：宁波甬新材料科技集团有限公司 → 宁波甬新材料科技集团股份有限公司')
    expect(orgEntries[0]!.actorName).toBe('王科长（市科技局）')
  })
})
