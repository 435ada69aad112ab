// Many REST writes at once on one application's children (members, agreements, IP contracts, disbursements) and the
// application itself: more requests than the PostgreSQL pool has connections, all contending for the application's
// row (lockApplication / serializeOn). Each must settle — 2xx or a clear 4xx, never a hang or a 5xx — and what
// committed must add up. A request still pending after a generous bound fails the test as a hang (a bound, not a
// speed assertion).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTicApplication, PASSWORD, seedWorld, type World } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { restClient, type RestClient } from '../helpers/rest'

let ctx: TestContext
let rest: RestClient
let world: World
let city: string
let applicant: string

const HANG_BOUND_MS = 45_000
const PDF = '%PDF-1.4\n1 0 obj<<>>endobj\nxref\n0 1\ntrailer<<>>\nstartxref\n0\n%%EOF\n'

beforeAll(async () => {
  // A small pool (4 usable connections: Payload's adapter keeps one for itself), so that two dozen writes are many
  // more than it has; with transactions allowed to take every connection this test never settled.
  process.env.DATABASE_POOL_MAX = '5'
  ctx = await startPayload()
  delete process.env.DATABASE_POOL_MAX
  world = await seedWorld(ctx.payload)
  rest = restClient(ctx.payload.config)
  city = await rest.login('city@example.org', PASSWORD)
  applicant = await rest.login('applicant@example.org', PASSWORD)
}, 120_000)
afterAll(async () => ctx?.close())

type Outcome = { label: string; status: number | 'hung' | 'threw'; body: string }

/** Every request settles within the bound, or is reported as hung. */
async function settle(requests: { label: string; send: () => Promise<Response> }[]): Promise<Outcome[]> {
  let timer: NodeJS.Timeout | undefined
  const bound = new Promise<'hung'>((resolve) => {
    timer = setTimeout(() => resolve('hung'), HANG_BOUND_MS)
  })
  const outcomes = await Promise.all(
    requests.map(async ({ label, send }): Promise<Outcome> => {
      const answer = await Promise.race([send().then(async (r) => ({ status: r.status, body: (await r.text()).slice(0, 300) })).catch((e: Error) => ({ status: 'threw' as const, body: e.message })), bound])
      return answer === 'hung' ? { label, status: 'hung', body: '' } : { label, ...answer }
    }),
  )
  clearTimeout(timer)
  return outcomes
}

describe(`parallel writes on one application's children (${process.env.TEST_DB ?? 'sqlite'})`, () => {
  it('24 concurrent creates and updates (more than the pool) all settle with 2xx/4xx and add up', { timeout: 120_000 }, async () => {
    const { payload } = ctx
    const app = await createTicApplication(payload, world, '并发子记录')
    const seed = { overrideAccess: true, context: { seed: true } } as const
    const file = (await payload.create({ collection: 'media', data: { title: '协议' }, file: { data: Buffer.from(PDF), mimetype: 'application/pdf', name: 'p.pdf', size: PDF.length }, overrideAccess: true })).id
    const member = (await payload.create({ collection: 'members', data: { application: app, organization: world.orgs.ticHost, role: 'lead' } as never, ...seed })).id
    const agreement = (await payload.create({ collection: 'agreements', data: { application: app, title: '组建协议', signedOn: '2026-01-05T00:00:00.000Z', file } as never, ...seed })).id
    const ip = (await payload.create({ collection: 'ip-contracts', data: { application: app, title: '知识产权', ownership: 'joint', file, benefitShares: [{ partyKind: 'carrier', shareBasisPoints: 10000 }] } as never, ...seed })).id
    const orgs = [world.orgs.nbLead, world.orgs.bl2, world.orgs.cxLead, world.orgs.zhouxiang, world.orgs.zjLead, world.orgs.whLead]

    const requests = [
      // Members: six new units, and one unit twice (the second is a duplicate: 400).
      ...orgs.map((organization, i) => ({ label: `member+${i}`, send: () => rest.post('/members', { application: app, organization, role: 'enterprise' }, city) })),
      { label: 'member+dup', send: () => rest.post('/members', { application: app, organization: world.orgs.nbLead, role: 'enterprise' }, city) },
      ...[1, 2, 3].map((i) => ({ label: `member~${i}`, send: () => rest.patch(`/members/${member}`, { tasks: `任务${i}` }, city) })),
      ...[1, 2, 3].map((i) => ({ label: `agreement+${i}`, send: () => rest.post('/agreements', { application: app, title: `协议${i}`, signedOn: '2026-01-05', file }, city) })),
      ...[1, 2].map((i) => ({ label: `agreement~${i}`, send: () => rest.patch(`/agreements/${agreement}`, { title: `协议改${i}` }, city) })),
      ...[1, 2].map((i) => ({ label: `ip+${i}`, send: () => rest.post('/ip-contracts', { application: app, title: `知识产权${i}`, ownership: 'joint', file, benefitShares: [{ partyKind: 'carrier', shareBasisPoints: 10000 }] }, city) })),
      // Shares that do not add up to 100%: refused (400), in the same crowd.
      { label: 'ip~bad', send: () => rest.patch(`/ip-contracts/${ip}`, { benefitShares: [{ partyKind: 'carrier', shareBasisPoints: 5000 }] }, city) },
      // Four 2,000,000 disbursements against the 5,000,000 year-1 cap: at most two commit.
      ...[1, 2, 3, 4].map((i) => ({ label: `disbursement+${i}`, send: () => rest.post('/disbursements', { application: app, basis: 'capability-investment', installment: 'annual', year: 2026, amount: 2_000_000, reference: `并发${i}` }, city) })),
      { label: 'application~', send: () => rest.patch(`/applications/${app}`, { publicSummary: '并发保存' }, city) },
      // Someone without access in the same crowd: refused, not queued behind the lock.
      { label: 'applicant member+', send: () => rest.post('/members', { application: app, organization: world.orgs.bl2, role: 'enterprise' }, applicant) },
    ]
    expect(requests.length).toBeGreaterThanOrEqual(20)
    const outcomes = await settle(requests)

    const bad = outcomes.filter((o) => o.status === 'hung' || o.status === 'threw' || (o.status as number) >= 500)
    expect(bad.map((o) => `${o.label}: ${o.status} ${o.body}`)).toEqual([])
    const of = (prefix: string) => outcomes.filter((o) => o.label.startsWith(prefix))
    const ok = (o: Outcome) => typeof o.status === 'number' && o.status < 300

    // Members: the six distinct units committed, the duplicate refused (400), whichever came first.
    const members = await payload.find({ collection: 'members', where: { application: { equals: app } }, depth: 0, pagination: false, overrideAccess: true })
    const memberCreates = outcomes.filter((o) => o.label.startsWith('member+'))
    expect(memberCreates.filter(ok)).toHaveLength(6)
    expect(memberCreates.filter((o) => o.status === 400)).toHaveLength(1)
    expect(members.docs).toHaveLength(1 + 6)
    expect(of('member~').every(ok)).toBe(true)
    expect((await payload.findByID({ collection: 'members', id: member, depth: 0, overrideAccess: true })).tasks).toMatch(/^任务[123]$/)

    const agreements = await payload.count({ collection: 'agreements', where: { application: { equals: app } }, overrideAccess: true })
    expect(of('agreement+').every(ok)).toBe(true)
    expect(agreements.totalDocs).toBe(1 + 3)
    expect(of('agreement~').every(ok)).toBe(true)

    expect(of('ip+').every(ok)).toBe(true)
    expect(of('ip~bad')[0]!.status).toBe(400)
    expect((await payload.count({ collection: 'ip-contracts', where: { application: { equals: app } }, overrideAccess: true })).totalDocs).toBe(1 + 2)

    const disbursements = await payload.find({ collection: 'disbursements', where: { application: { equals: app } }, depth: 0, pagination: false, overrideAccess: true })
    const sum = disbursements.docs.reduce((s, d) => s + Number(d.amount), 0)
    expect(disbursements.docs.length).toBe(of('disbursement+').filter(ok).length)
    expect(sum).toBeLessThanOrEqual(5_000_000)
    expect(of('disbursement+').filter((o) => !ok(o)).every((o) => o.status === 400)).toBe(true)
    const stored = await payload.findByID({ collection: 'applications', id: app, depth: 0, overrideAccess: true })
    expect(Number(stored.disbursedTotal)).toBe(sum)
    expect(stored.publicSummary).toBe('并发保存')
    const refused = of('applicant member+')[0]!
    expect([400, 403, 404]).toContain(refused.status)
    if (refused.status === 400) expect(refused.body).toContain('"rule":"access.')
  })
})

describe(`an application saved while its disbursements commit (${process.env.TEST_DB ?? 'sqlite'})`, () => {
  // An application save writes the whole row. Had it read the row before a disbursement committed and written it
  // after, the running total would go back to what it read: the carrier would show less funding than its ledger.
  it('the running total equals the ledger after 10 payments and 10 saves of the application at once', { timeout: 120_000 }, async () => {
    const { payload } = ctx
    const app = await createTicApplication(payload, world, '并发总额')
    const requests = [
      ...Array.from({ length: 10 }, (_, i) => ({ label: `disbursement+${i}`, send: () => rest.post('/disbursements', { application: app, basis: 'capability-investment', installment: 'annual', year: 2026, amount: 100_000, reference: `总额${i}` }, city) })),
      ...Array.from({ length: 10 }, (_, i) => ({ label: `application~${i}`, send: () => rest.patch(`/applications/${app}`, { publicSummary: `保存${i}` }, city) })),
    ]
    const outcomes = await settle(requests)
    expect(outcomes.filter((o) => o.status !== 200 && o.status !== 201).map((o) => `${o.label}: ${o.status} ${o.body}`)).toEqual([])
    const ledger = await payload.find({ collection: 'disbursements', where: { application: { equals: app } }, depth: 0, pagination: false, overrideAccess: true })
    expect(ledger.docs).toHaveLength(10)
    const stored = await payload.findByID({ collection: 'applications', id: app, depth: 0, overrideAccess: true })
    expect(Number(stored.disbursedTotal)).toBe(1_000_000)
  })
})
