// Policy enforcement on save: caps, installments, quotas, overrides and IP shares, through the Local API
// with a real user (access on) and through the REST handlers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  countOf,
  createCixiComplex,
  createTicApplication,
  disbursedTotalOf,
  errorText,
  PASSWORD,
  rejectionOf,
  seedWorld,
  ticDisbursement,
  type World,
} from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { restClient, type RestClient } from '../helpers/rest'

let ctx: TestContext
let rest: RestClient
let world: World
let cityToken: string

beforeAll(async () => {
  ctx = await startPayload()
  world = await seedWorld(ctx.payload)
  rest = restClient(ctx.payload.config)
  cityToken = await rest.login('city@example.org', PASSWORD)
})
afterAll(async () => ctx?.close())

const asCity = () => ({ user: world.users.city, overrideAccess: false as const })

describe('TIC disbursement caps', () => {
  it('refuses a Local API disbursement over the year-1 cap, citing the rule and the figures, and saves nothing', async () => {
    const app = await createTicApplication(ctx.payload, world)
    await ctx.payload.create({ collection: 'disbursements', data: ticDisbursement(app, 3_000_000), ...asCity() })
    const before = await countOf(ctx.payload, 'disbursements')
    expect(await disbursedTotalOf(ctx.payload, app)).toBe(3_000_000)

    const error = await rejectionOf(ctx.payload.create({ collection: 'disbursements', data: ticDisbursement(app, 2_000_001), ...asCity() }))
    const text = errorText(error)
    expect(error.name).toBe('ValidationError')
    expect(text).toContain('tic.funding.first-year-5m')
    expect(text).toContain('5,000,000')
    expect(text).toContain('3,000,000')
    expect(text).toContain('2,000,001')
    expect(text).toMatch(/首年/)

    expect(await countOf(ctx.payload, 'disbursements')).toBe(before)
    expect(await disbursedTotalOf(ctx.payload, app)).toBe(3_000_000)
  })

  it('accepts a disbursement exactly at the year-1 cap (Local API)', async () => {
    const app = await createTicApplication(ctx.payload, world)
    await ctx.payload.create({ collection: 'disbursements', data: ticDisbursement(app, 3_000_000), ...asCity() })
    const doc = await ctx.payload.create({ collection: 'disbursements', data: ticDisbursement(app, 2_000_000), ...asCity() })
    expect(doc.amount).toBe(2_000_000)
    expect(await disbursedTotalOf(ctx.payload, app)).toBe(5_000_000)
    // One more yuan is now over.
    const error = await rejectionOf(ctx.payload.create({ collection: 'disbursements', data: ticDisbursement(app, 1), ...asCity() }))
    expect(errorText(error)).toContain('tic.funding.first-year-5m')
    expect(await disbursedTotalOf(ctx.payload, app)).toBe(5_000_000)
  })

  it('refuses over the cap through REST with 400 and the rule id, and accepts exactly the cap', async () => {
    const app = await createTicApplication(ctx.payload, world)
    const before = await countOf(ctx.payload, 'disbursements')
    const over = await rest.post('/disbursements', ticDisbursement(app, 5_000_001), cityToken)
    expect(over.status).toBe(400)
    const body = JSON.stringify(await over.json())
    expect(body).toContain('tic.funding.first-year-5m')
    expect(body).toContain('5,000,001')
    expect(await countOf(ctx.payload, 'disbursements')).toBe(before)
    expect(await disbursedTotalOf(ctx.payload, app)).toBe(0)

    const exact = await rest.post('/disbursements', ticDisbursement(app, 5_000_000), cityToken)
    expect(exact.status).toBe(201)
    // The 201 is the payment itself: its application, lead and district by id, not populated records.
    const created = ((await exact.json()) as { doc: { application: unknown; lead: unknown; district: unknown } }).doc
    expect(created.application).toBe(app)
    expect(typeof created.lead).toBe('number')
    expect(typeof created.district).toBe('number')
    expect(await countOf(ctx.payload, 'disbursements')).toBe(before + 1)
    expect(await disbursedTotalOf(ctx.payload, app)).toBe(5_000_000)
    // Asked for, the answer is deeper, but never past the cap of two levels.
    const deep = await rest.post('/disbursements?depth=5', ticDisbursement(await createTicApplication(ctx.payload, world), 1_000), cityToken)
    const deepDoc = ((await deep.json()) as { doc: { application: { program?: unknown; lead?: { district?: unknown } } } }).doc
    expect(typeof deepDoc.application).toBe('object')
    expect(typeof deepDoc.application.lead).toBe('object')
    expect(['number', 'undefined']).toContain(typeof (deepDoc.application.lead?.district ?? undefined))
  })

  it('writes an audit entry for a recorded disbursement, and none for a refused one', async () => {
    const app = await createTicApplication(ctx.payload, world)
    const doc = await ctx.payload.create({ collection: 'disbursements', data: ticDisbursement(app, 1_000_000), ...asCity() })
    const entries = await ctx.payload.find({
      collection: 'audit-log',
      where: { and: [{ collectionSlug: { equals: 'disbursements' } }, { docId: { equals: String(doc.id) } }] },
      depth: 0,
      overrideAccess: true,
    })
    expect(entries.docs).toHaveLength(1)
    const entry = entries.docs[0]!
    expect(entry.action).toBe('create')
    expect(String(entry.application)).toBe(String(app))
    expect(String(entry.user)).toBe(String(world.users.city.id))
    expect(JSON.stringify(entry.changes)).toContain('1000000')

    const auditBefore = await countOf(ctx.payload, 'audit-log', { application: { equals: app } })
    await rejectionOf(ctx.payload.create({ collection: 'disbursements', data: ticDisbursement(app, 4_000_001), ...asCity() }))
    expect(await countOf(ctx.payload, 'audit-log', { application: { equals: app } })).toBe(auditBefore)
  })
})

describe('Cixi project subsidy installments', () => {
  let app: number
  let project: number
  const subsidy = (installment: 'first' | 'remainder', amount: number) => ({
    application: app,
    project,
    basis: 'project-subsidy' as const,
    installment,
    year: 2026,
    amount,
  })

  beforeAll(async () => {
    app = await createCixiComplex(ctx.payload, world)
    const doc = await ctx.payload.create({
      collection: 'projects',
      data: { application: app, title: '智能家电关键部件攻关', kind: 'self-run', year: 2026, status: 'in-progress', subsidyTotal: 400_000 },
      ...asCity(),
    })
    project = doc.id
  })

  it('refuses a first installment other than exactly 60% (Local API)', async () => {
    for (const amount of [200_000, 240_001, 400_000]) {
      const error = await rejectionOf(ctx.payload.create({ collection: 'disbursements', data: subsidy('first', amount), ...asCity() }))
      expect(errorText(error)).toContain('cx.project.first-installment-60pct')
      expect(errorText(error)).toContain('240,000')
    }
    expect(await countOf(ctx.payload, 'disbursements', { application: { equals: app } })).toBe(0)
  })

  it('refuses a first installment other than 60% through REST', async () => {
    const response = await rest.post('/disbursements', subsidy('first', 250_000), cityToken)
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('cx.project.first-installment-60pct')
  })

  it('pays exactly 60% first, refuses the remainder before acceptance, pays it after', async () => {
    const first = await ctx.payload.create({ collection: 'disbursements', data: subsidy('first', 240_000), ...asCity() })
    expect(first.amount).toBe(240_000)

    const early = await rejectionOf(ctx.payload.create({ collection: 'disbursements', data: subsidy('remainder', 160_000), ...asCity() }))
    expect(errorText(early)).toContain('cx.project.first-installment-60pct')
    expect(errorText(early)).toMatch(/acceptance|验收/)
    const earlyRest = await rest.post('/disbursements', subsidy('remainder', 160_000), cityToken)
    expect(earlyRest.status).toBe(400)
    expect(await countOf(ctx.payload, 'disbursements', { application: { equals: app } })).toBe(1)

    await ctx.payload.update({ collection: 'projects', id: project, data: { status: 'accepted', acceptedOn: '2026-10-01T00:00:00.000Z' }, ...asCity() })

    const rest2 = await rest.post('/disbursements', subsidy('remainder', 160_000), cityToken)
    expect(rest2.status).toBe(201)
    expect(await countOf(ctx.payload, 'disbursements', { application: { equals: app } })).toBe(2)
    expect(await disbursedTotalOf(ctx.payload, app)).toBe(400_000)
  })
})

describe('Zhejiang lead quota and overrides', () => {
  const jianbing = (title: string) => ({ application: world.apps.zjRecognized, title, kind: 'jianbing' as const, year: 2026, status: 'in-progress' as const })

  it("refuses the lead's 4th in-progress jianbing project until a city officer overrides the rule", async () => {
    for (let i = 1; i <= 3; i++) await ctx.payload.create({ collection: 'projects', data: jianbing(`尖兵 ${i}`), ...asCity() })
    const before = await countOf(ctx.payload, 'projects')

    const error = await rejectionOf(ctx.payload.create({ collection: 'projects', data: jianbing('尖兵 4'), ...asCity() }))
    expect(errorText(error)).toContain('zj.lead.active-projects-max-3')
    const viaRest = await rest.post('/projects', jianbing('尖兵 4'), cityToken)
    expect(viaRest.status).toBe(400)
    expect(JSON.stringify(await viaRest.json())).toContain('zj.lead.active-projects-max-3')
    expect(await countOf(ctx.payload, 'projects')).toBe(before)

    // A reason that's too short is refused.
    const short = await rejectionOf(
      ctx.payload.update({ collection: 'applications', id: world.apps.zjRecognized, data: { overrides: [{ ruleId: 'zj.lead.active-projects-max-3', reason: '太短' }] }, ...asCity() }),
    )
    expect(short.name).toBe('ValidationError')

    const updated = await ctx.payload.update({
      collection: 'applications',
      id: world.apps.zjRecognized,
      data: { overrides: [{ ruleId: 'zj.lead.active-projects-max-3', reason: '省科技厅同意该企业承担第4项尖兵项目，书面批复已存档' }] },
      ...asCity(),
    })
    expect(updated.overrides).toHaveLength(1)
    const by = updated.overrides![0]!.by as unknown
    expect(String(typeof by === 'object' && by !== null ? (by as { id: unknown }).id : by)).toBe(String(world.users.city.id))

    const fourth = await ctx.payload.create({ collection: 'projects', data: jianbing('尖兵 4'), ...asCity() })
    expect(fourth.status).toBe('in-progress')
    expect(await countOf(ctx.payload, 'projects')).toBe(before + 1)

    const audit = await ctx.payload.find({
      collection: 'audit-log',
      where: { and: [{ action: { equals: 'override' } }, { application: { equals: world.apps.zjRecognized } }] },
      depth: 0,
      overrideAccess: true,
    })
    expect(audit.docs).toHaveLength(1)
    expect(audit.docs[0]!.summary).toContain('zj.lead.active-projects-max-3')
    expect(audit.docs[0]!.reason).toContain('书面批复')
    expect(String(audit.docs[0]!.user)).toBe(String(world.users.city.id))
  })

  it('refuses an override of a blocking rule (Local API and REST), and the cap still holds', async () => {
    const app = await createTicApplication(ctx.payload, world)
    const error = await rejectionOf(
      ctx.payload.update({ collection: 'applications', id: app, data: { overrides: [{ ruleId: 'tic.funding.total-10m', reason: '市政府常务会议同意突破总额上限' }] }, ...asCity() }),
    )
    expect(errorText(error)).toContain('tic.funding.total-10m')
    const viaRest = await rest.patch(`/applications/${app}`, { overrides: [{ ruleId: 'tic.funding.first-year-5m', reason: '市政府常务会议同意突破首年上限' }] }, cityToken)
    expect(viaRest.status).toBe(400)
    const doc = await ctx.payload.findByID({ collection: 'applications', id: app, depth: 0, overrideAccess: true })
    expect(doc.overrides ?? []).toHaveLength(0)
    expect(await countOf(ctx.payload, 'audit-log', { and: [{ action: { equals: 'override' } }, { application: { equals: app } }] })).toBe(0)
    const over = await rejectionOf(ctx.payload.create({ collection: 'disbursements', data: ticDisbursement(app, 5_000_001), ...asCity() }))
    expect(errorText(over)).toContain('tic.funding.first-year-5m')
  })
})

describe('IP contract benefit shares', () => {
  const contract = (application: number, shares: number[]) => ({
    application,
    title: `知识产权协议 ${shares.join('+')}`,
    ownership: 'joint',
    benefitShares: shares.map((shareBasisPoints, i) => ({ partyKind: i === 0 ? 'carrier' : 'researchers', shareBasisPoints })),
  })

  it('refuses shares that add up to 9000 and accepts 10000 (Local API as the city officer)', async () => {
    const before = await countOf(ctx.payload, 'ip-contracts')
    const error = await rejectionOf(ctx.payload.create({ collection: 'ip-contracts', data: contract(world.apps.ticExpertReview, [6000, 3000]) as never, ...asCity() }))
    expect(errorText(error)).toContain('ip.benefit-shares-100pct')
    expect(await countOf(ctx.payload, 'ip-contracts')).toBe(before)
    const ok = await ctx.payload.create({ collection: 'ip-contracts', data: contract(world.apps.ticExpertReview, [6000, 4000]) as never, ...asCity() })
    expect(ok.benefitShares).toHaveLength(2)
    expect(await countOf(ctx.payload, 'ip-contracts')).toBe(before + 1)
  })

  it("refuses 6000+3000 and accepts 6000+4000 through REST, as the applicant on its own draft", async () => {
    const token = await rest.login('applicant@example.org', PASSWORD)
    const before = await countOf(ctx.payload, 'ip-contracts')
    const bad = await rest.post('/ip-contracts', contract(world.apps.nbDraft, [6000, 3000]), token)
    expect(bad.status).toBe(400)
    expect(JSON.stringify(await bad.json())).toContain('ip.benefit-shares-100pct')
    expect(await countOf(ctx.payload, 'ip-contracts')).toBe(before)
    const good = await rest.post('/ip-contracts', contract(world.apps.nbDraft, [6000, 4000]), token)
    expect(good.status).toBe(201)
    expect(await countOf(ctx.payload, 'ip-contracts')).toBe(before + 1)
  })
})
