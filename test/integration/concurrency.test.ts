// Concurrent saves against one cap or quota: the check and the insert must not interleave.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { countOf, createTicApplication, disbursedTotalOf, errorText, seedWorld, ticDisbursement, type World } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'

let ctx: TestContext
let world: World

beforeAll(async () => {
  ctx = await startPayload()
  world = await seedWorld(ctx.payload)
})
afterAll(async () => ctx?.close())

describe(`concurrent saves (${process.env.TEST_DB ?? 'sqlite'})`, () => {
  it('20 concurrent disbursements never commit more than the cap, and disbursedTotal matches what committed', async () => {
    const app = await createTicApplication(ctx.payload, world)
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        ctx.payload.create({ collection: 'disbursements', data: ticDisbursement(app, 400_000), user: world.users.city, overrideAccess: false }),
      ),
    )
    const committed = await ctx.payload.find({ collection: 'disbursements', where: { application: { equals: app } }, depth: 0, pagination: false, overrideAccess: true })
    const sum = committed.docs.reduce((s, d) => s + Number(d.amount), 0)
    expect(committed.docs.length).toBeGreaterThanOrEqual(1)
    expect(committed.docs.length).toBe(results.filter((r) => r.status === 'fulfilled').length)
    expect(sum).toBeLessThanOrEqual(5_000_000)
    expect(await disbursedTotalOf(ctx.payload, app)).toBe(sum)
  })

  it('20 concurrent 400,000 disbursements against the 5,000,000 year-1 cap: exactly 12 commit', async () => {
    const app = await createTicApplication(ctx.payload, world)
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        ctx.payload.create({ collection: 'disbursements', data: ticDisbursement(app, 400_000), user: world.users.city, overrideAccess: false }),
      ),
    )
    const fulfilled = results.filter((r) => r.status === 'fulfilled')
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')

    const committed = await ctx.payload.find({ collection: 'disbursements', where: { application: { equals: app } }, depth: 0, pagination: false, overrideAccess: true })
    const sum = committed.docs.reduce((s, d) => s + Number(d.amount), 0)

    expect(sum).toBeLessThanOrEqual(5_000_000)
    expect(committed.docs).toHaveLength(12)
    expect(fulfilled).toHaveLength(12)
    expect(rejected).toHaveLength(8)
    for (const r of rejected) expect(errorText(r.reason)).toContain('tic.funding')
    expect(await disbursedTotalOf(ctx.payload, app)).toBe(sum)
    expect(sum).toBe(4_800_000)
  })

  it('20 concurrent jianbing projects against the Zhejiang lead quota of 3: exactly 3 commit', async () => {
    const app = world.apps.zjRecognized
    const before = await countOf(ctx.payload, 'projects', { application: { equals: app } })
    expect(before).toBe(0)
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        ctx.payload.create({
          collection: 'projects',
          data: { application: app, title: `并发尖兵 ${i}`, kind: 'jianbing', year: 2026, status: 'in-progress' },
          user: world.users.city,
          overrideAccess: false,
        }),
      ),
    )
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3)
    for (const r of rejected) expect(errorText(r.reason)).toContain('zj.lead.active-projects-max-3')
    expect(await countOf(ctx.payload, 'projects', { and: [{ application: { equals: app } }, { status: { equals: 'in-progress' } }] })).toBe(3)
  })
})
