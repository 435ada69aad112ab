import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedDemo } from '../../src/seed/demo'
import { startPayload, type TestContext } from '../helpers/payload'
import { restClient, type RestClient } from '../helpers/rest'

const PASSWORD = 'Demo-password-1'
let ctx: TestContext
let rest: RestClient
const tokens: Record<string, string> = {}
const ids: Record<string, number> = {}

async function userId(email: string) {
  const found = await ctx.payload.find({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true })
  return found.docs[0]!.id as number
}
async function programId(policySet: string) {
  const found = await ctx.payload.find({ collection: 'programs', where: { policySet: { equals: policySet } }, overrideAccess: true })
  return found.docs[0]!.id as number
}
async function orgId(name: string) {
  const found = await ctx.payload.find({ collection: 'organizations', where: { name: { equals: name } }, overrideAccess: true })
  return found.docs[0]!.id as number
}
const transition = (id: number, name: string, who: string, reason?: string, extra: Record<string, unknown> = {}) =>
  rest.post(`/applications/${id}/transition`, { name, reason, ...extra }, tokens[who])
const status = async (id: number) => (await ctx.payload.findByID({ collection: 'applications', id, overrideAccess: true })).status

beforeAll(async () => {
  ctx = await startPayload()
  await seedDemo(ctx.payload, PASSWORD)
  rest = restClient(ctx.payload.config)
  const ticHost = await orgId('宁波智能制造技术研究院有限公司')
  await ctx.payload.create({
    collection: 'users',
    data: { email: 'tic-applicant@example.org', password: PASSWORD, name: '研究院联系人', role: 'applicant', organization: ticHost },
    overrideAccess: true,
  })
  for (const who of ['city', 'district', 'expert1', 'expert2', 'expert3', 'applicant']) tokens[who] = await rest.login(`${who}@example.org`, PASSWORD)
  tokens.tic = await rest.login('tic-applicant@example.org', PASSWORD)
  const app = await ctx.payload.create({
    collection: 'applications',
    data: { title: '先进光学', program: await programId('nb-tic-2022'), lead: ticHost, status: 'draft' },
    user: await ctx.payload.findByID({ collection: 'users', id: await userId('tic-applicant@example.org'), overrideAccess: true }),
    overrideAccess: false,
  })
  ids.tic = app.id as number
  ids.ticHost = ticHost
})
afterAll(async () => ctx?.close())

describe('the nb-tic-2022 path, through REST, role by role', () => {
  it('refuses a plain PATCH of the status', async () => {
    const response = await rest.patch(`/applications/${ids.tic}`, { status: 'recognized' }, tokens.tic)
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toMatch(/transition/)
    expect(await status(ids.tic!)).toBe('draft')
  })

  it('blocks submission while the checklist fails (no IP contract), naming the rule', async () => {
    const response = await transition(ids.tic!, 'submit', 'tic')
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('ip.benefit-shares-100pct')
    expect(await status(ids.tic!)).toBe('draft')
  })

  it('submits once the IP contract is in, and records the timeline', async () => {
    const created = await rest.post(
      '/ip-contracts',
      { application: ids.tic, title: '知识产权共享协议', ownership: 'joint', benefitShares: [{ partyKind: 'carrier', shareBasisPoints: 5000 }, { partyKind: 'researchers', shareBasisPoints: 5000 }] },
      tokens.tic,
    )
    expect(created.status).toBe(201)
    const response = await transition(ids.tic!, 'submit', 'tic')
    expect(response.status, JSON.stringify(await response.clone().json())).toBe(200)
    expect(await status(ids.tic!)).toBe('submitted')
    const trail = await ctx.payload.find({ collection: 'audit-log', where: { and: [{ application: { equals: ids.tic } }, { action: { equals: 'transition' } }] }, overrideAccess: true })
    expect(trail.docs.map((d) => [d.from, d.to])).toEqual([['draft', 'submitted']])
    // The applicant's email is in the outbox, written in the same transaction.
    const outbox = await ctx.payload.find({ collection: 'notifications', where: { application: { equals: ids.tic } }, overrideAccess: true })
    expect(outbox.docs.map((n) => [n.template, n.toAddress])).toEqual([['submission-received', 'tic-applicant@example.org']])
  })

  it('an applicant cannot take a city officer\'s transition', async () => {
    const response = await transition(ids.tic!, 'open-expert-review', 'tic')
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('guard.role')
  })

  it('returns for revision with a reason, and the applicant resubmits', async () => {
    const noReason = await transition(ids.tic!, 'return', 'city')
    expect(noReason.status).toBe(400)
    expect(JSON.stringify(await noReason.json())).toContain('guard.reason-required')
    expect((await transition(ids.tic!, 'return', 'city', '请补充三年建设目标')).status).toBe(200)
    expect(await status(ids.tic!)).toBe('returned')
    expect((await transition(ids.tic!, 'resubmit', 'tic')).status).toBe(200)
    expect(await status(ids.tic!)).toBe('submitted')
  })

  it('refuses a conflicted expert and a conclusion with too few reviews', async () => {
    expect((await transition(ids.tic!, 'open-expert-review', 'city')).status).toBe(200)
    const experts = [await userId('expert1@example.org'), await userId('expert2@example.org'), await userId('expert3@example.org')]
    await rest.patch(`/applications/${ids.tic}`, { assignedExperts: experts }, tokens.city)
    // expert3 works at 宁波大学; make that a member unit: a conflict of interest.
    await ctx.payload.create({ collection: 'members', data: { application: ids.tic!, organization: await orgId('宁波大学'), role: 'university' }, overrideAccess: true })
    const conflicted = await rest.post('/reviews', { application: ids.tic, scores: {}, submitted: false }, tokens.expert3)
    expect(conflicted.status).toBe(400)
    expect(JSON.stringify(await conflicted.json())).toMatch(/利益冲突/)

    const full = Object.fromEntries(
      ['1.1', '1.2', '2.1', '2.2', '3.1', '3.2', '3.3', '4.1', '4.2', '4.3', '4.4', '4.5', '5.1', '5.2', '5.3', '5.4', '5.5', '6.1', '6.2', '6.3', '6.4', '6.5', '6.6', '7.1', '7.2', '7.3', '8.1', '8.2', '9.1', '9.2', '9.3', '9.4', '9.5', '9.6', '9.7', '10.1', '10.2', '10.3', '10.4', '10.5', '10.6', '10.7'].map((c) => [c, 80]),
    )
    for (const who of ['expert1', 'expert2']) {
      const review = await rest.post('/reviews', { application: ids.tic, scores: full, recommend: true, submitted: true }, tokens[who])
      expect(review.status, JSON.stringify(await review.clone().json())).toBe(201)
      expect(((await review.json()) as { doc: { totalScore: number } }).doc.totalScore).toBe(80)
    }
    const tooFew = await transition(ids.tic!, 'conclude-review', 'city')
    expect(tooFew.status).toBe(400)
    expect(JSON.stringify(await tooFew.json())).toContain('guard.reviews-complete')
    expect(await status(ids.tic!)).toBe('expert-review')
  })
})

describe('public notice and objection', () => {
  it('an objection pauses the notice; approval waits for the period to end', async () => {
    // A Weihai application already in notice from the demo seed.
    const found = await ctx.payload.find({ collection: 'applications', where: { title: { equals: '海洋生物医药' } }, overrideAccess: true })
    const id = found.docs[0]!.id as number
    // An objection names who raised it and what it says (the date defaults to today).
    expect((await transition(id, 'receive-objection', 'city')).status).toBe(400)
    const received = await transition(id, 'receive-objection', 'city', undefined, { objection: { objector: '某海洋生物公司', content: '申报材料所列研发投入与审计报告不一致' } })
    expect(received.status).toBe(200)
    expect(await status(id)).toBe('objection')
    const file = await transition(id, 'file', 'city')
    expect(file.status).toBe(400)
    // The finding is written down (at least 10 characters).
    expect((await transition(id, 'resolve-objection', 'city', '异议不成立')).status).toBe(400)
    expect((await transition(id, 'resolve-objection', 'city', '经核查，研发投入数据有审计报告支持，异议不成立')).status).toBe(200)
    expect(await status(id)).toBe('public-notice')
  })
})

describe('the TIC path continues: panel, government, notice, launch, evaluation, delisting', () => {
  it('concludes the review with a computed panel result once three reviews are in', async () => {
    await ctx.payload.create({
      collection: 'users',
      data: { email: 'expert4@example.org', password: PASSWORD, name: '孙研究员', role: 'expert', title: 'senior' },
      overrideAccess: true,
    })
    tokens.expert4 = await rest.login('expert4@example.org', PASSWORD)
    const experts = [await userId('expert1@example.org'), await userId('expert2@example.org'), await userId('expert4@example.org')]
    expect((await rest.patch(`/applications/${ids.tic}`, { assignedExperts: experts }, tokens.city)).status).toBe(200)
    const scores = Object.fromEntries(
      (await import('../../src/policies')).TIC_INDEX.flatMap((f) => f.children.map((c) => [c.code, 68])),
    )
    expect((await rest.post('/reviews', { application: ids.tic, scores, recommend: true, submitted: true }, tokens.expert4)).status).toBe(201)
    const concluded = await transition(ids.tic!, 'conclude-review', 'city')
    expect(concluded.status, JSON.stringify(await concluded.clone().json())).toBe(200)
    const app = await ctx.payload.findByID({ collection: 'applications', id: ids.tic!, overrideAccess: true })
    expect(app.status).toBe('reviewed')
    // (80 + 80 + 68) / 3 = 76, rounded down; ≥ 70 recommends.
    expect(app.panel).toMatchObject({ reviewCount: 3, averageScore: 76, recommend: true })
  })

  it('the government decides, the notice runs five working days, and approval waits for its end', async () => {
    const { applyTransition } = await import('../../src/workflow/transition')
    const { createLocalReq } = await import('payload')
    const city = await ctx.payload.findByID({ collection: 'users', id: await userId('city@example.org'), overrideAccess: true })
    const act = async (name: string, today: string, reason?: string) =>
      applyTransition(await createLocalReq({ user: { ...city, collection: 'users' } }, ctx.payload), { applicationId: ids.tic!, name, today, reason })
    await act('refer-to-government', '2026-11-20')
    await act('start-public-notice', '2026-11-23')
    let app = await ctx.payload.findByID({ collection: 'applications', id: ids.tic!, overrideAccess: true })
    expect(app.noticeStartsOn?.slice(0, 10)).toBe('2026-11-23')
    expect(app.noticeEndsOn?.slice(0, 10)).toBe('2026-11-27')
    await expect(act('approve', '2026-11-27')).rejects.toThrow(/guard.notice-ended-without-objection/)
    await act('approve', '2026-11-30')
    app = await ctx.payload.findByID({ collection: 'applications', id: ids.tic!, overrideAccess: true })
    expect(app.status).toBe('in-construction')
    expect(app.officialName).toBe('宁波市先进光学技术创新中心')
    // No English carrier name was given: no half-Chinese English name ("… of 先进光学 Technology").
    expect(app.officialNameEn ?? null).toBeNull()
    expect(app.isPublic).toBe(true)
  })

  it('two consecutive failed annual evaluations delist the centre; no more money, funds to recover computed', async () => {
    const city = await ctx.payload.findByID({ collection: 'users', id: await userId('city@example.org'), overrideAccess: true })
    await ctx.payload.update({ collection: 'applications', id: ids.tic!, data: { capabilityInvestments: [{ year: 2026, amount: 10_000_000 }] }, overrideAccess: true })
    await ctx.payload.create({ collection: 'disbursements', data: { application: ids.tic!, basis: 'capability-investment', installment: 'annual', year: 2026, amount: 2_000_000 }, user: city, overrideAccess: false })
    const grade = (year: number, g: 'fail' | 'good') =>
      ctx.payload.create({ collection: 'evaluations', data: { application: ids.tic!, year, kind: 'annual', grade: g }, user: city, overrideAccess: false })
    const first = await grade(2026, 'fail')
    expect(first.consequence).toMatch(/^continue/)
    expect(await status(ids.tic!)).toBe('in-construction')
    const second = await grade(2027, 'fail')
    expect(second.consequence).toMatch(/^delist/)
    expect(await status(ids.tic!)).toBe('delisted')
    const trail = await ctx.payload.find({ collection: 'audit-log', where: { and: [{ application: { equals: ids.tic } }, { to: { equals: 'delisted' } }] }, overrideAccess: true })
    expect(trail.docs[0]?.reason).toMatch(/连续/)

    await expect(
      ctx.payload.create({ collection: 'disbursements', data: { application: ids.tic!, basis: 'capability-investment', installment: 'annual', year: 2026, amount: 100_000 }, user: city, overrideAccess: false }),
    ).rejects.toThrow(/tic.funds.recovery/)

    const updated = await ctx.payload.update({ collection: 'applications', id: ids.tic!, data: { recovery: { spentCompliant: 1_200_000, nonCompliantSpending: 300_000 } }, user: city, overrideAccess: false })
    // 2,000,000 disbursed − 1,200,000 compliant − 300,000 non-compliant = 500,000 unspent; + 300,000 = 800,000.
    expect(updated.recovery?.amountToRecover).toBe(800_000)
  })
})
