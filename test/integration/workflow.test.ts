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
const transition = (id: number, name: string, who: string, reason?: string) => rest.post(`/applications/${id}/transition`, { name, reason }, tokens[who])
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
    data: { title: '先进光学', program: await programId('nb-tic-2022'), lead: ticHost },
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
    expect((await transition(id, 'receive-objection', 'city')).status).toBe(200)
    expect(await status(id)).toBe('objection')
    const file = await transition(id, 'file', 'city')
    expect(file.status).toBe(400)
    expect((await transition(id, 'resolve-objection', 'city', '经核查，异议不成立')).status).toBe(200)
    expect(await status(id)).toBe('public-notice')
  })
})
