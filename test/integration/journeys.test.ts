// The expert's and the applicant's own journeys through the REST handlers, with each role's own JWT.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PASSWORD, seedWorld, type World } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { restClient, type RestClient } from '../helpers/rest'

let ctx: TestContext
let rest: RestClient
let world: World
const tokens: Record<string, string> = {}

beforeAll(async () => {
  ctx = await startPayload()
  world = await seedWorld(ctx.payload)
  rest = restClient(ctx.payload.config)
  for (const who of ['city', 'expert1', 'applicant']) tokens[who] = await rest.login(`${who}@example.org`, PASSWORD)
})
afterAll(async () => ctx?.close())

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
