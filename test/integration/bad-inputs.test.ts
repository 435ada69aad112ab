// The bad-input catalogue (test/tables/bad-inputs.ts) over REST; the security headers of API answers; and the
// defects of #16 that are about trust: an application with assigned experts saved by its applicant and its
// district officer (16.2), GET /api/members/versions (16.4), a NUL in an upload's name (16.5).
import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PASSWORD, seedWorld, type World } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { restClient, type RestClient } from '../helpers/rest'
import { BAD_INPUTS, upload, type BadInput, type BadInputContext, type Who } from '../tables/bad-inputs'

let ctx: TestContext
let rest: RestClient
let world: World
let c: BadInputContext
const tokens = {} as Record<Who, string | undefined>

beforeAll(async () => {
  ctx = await startPayload()
  const { payload } = ctx
  world = await seedWorld(payload)
  rest = restClient(payload.config)
  for (const who of ['admin', 'city', 'district', 'applicant'] as const) tokens[who] = await rest.login(`${who}@example.org`, PASSWORD)
  const seed = { overrideAccess: true, context: { seed: true } } as const
  const X = (await payload.create({ collection: 'applications', data: { title: '坏输入草稿', program: world.programs.nbConsortium, lead: world.orgs.nbLead, status: 'draft' } as never, ...seed })).id
  const withChildren = (await payload.create({ collection: 'applications', data: { title: '有成员的申报', program: world.programs.nbConsortium, lead: world.orgs.cxLead, status: 'draft' } as never, ...seed })).id
  await payload.create({ collection: 'members', data: { application: withChildren, organization: world.orgs.cxLead, role: 'lead' } as never, ...seed })
  const otherDistrict = (await payload.findByID({ collection: 'organizations', id: world.orgs.ticHost, depth: 0, overrideAccess: true })).district as number
  c = { X, withChildren, orgs: { nbLead: world.orgs.nbLead }, programs: { nbConsortium: world.programs.nbConsortium }, applicantUser: world.users.applicant.id, otherDistrict }
}, 120_000)
afterAll(async () => ctx?.close())

async function send(entry: BadInput): Promise<Response> {
  const body = entry.body ? await entry.body(c) : undefined
  const headers: Record<string, string> = {}
  let payloadBody: BodyInit | undefined
  if (body instanceof FormData) payloadBody = body
  else if (typeof body === 'string' || body instanceof Uint8Array) {
    payloadBody = body as BodyInit
    headers['Content-Type'] = entry.contentType ?? 'application/json'
  } else if (body !== undefined) {
    payloadBody = JSON.stringify(body)
    headers['Content-Type'] = 'application/json'
  }
  return rest.raw(entry.method, entry.path(c), { body: payloadBody, headers, token: tokens[entry.who] })
}

const snapshot = async (entry: BadInput) => {
  const counts: Record<string, number> = {}
  for (const collection of entry.unchanged) counts[collection] = (await ctx.payload.count({ collection: collection as CollectionSlug, overrideAccess: true })).totalDocs
  const x = await ctx.payload.findByID({ collection: 'applications', id: c.X, depth: 0, overrideAccess: true })
  return { counts, x: JSON.stringify({ ...x, updatedAt: undefined }) }
}

/** Words a database or a runtime would put in an error, never a person's message. */
const LEAKS = /Failed query|select "|insert into|SQLITE_|drizzle|\bat [\w.<>]+ \(|node_modules|\.ts:\d+|stack/i

describe('the bad-input catalogue', () => {
  it('has at least 60 entries', () => expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(60))

  it('each gets its 4xx in the one shape, in Chinese and English, with nothing written', async () => {
    const problems: string[] = []
    for (const entry of BAD_INPUTS) {
      const before = await snapshot(entry)
      const response = await send(entry)
      const text = await response.text()
      const label = `${entry.name}: ${response.status}`
      if (response.status !== entry.expect) problems.push(`${label} (expected ${entry.expect}) ${text.slice(0, 200)}`)
      if (LEAKS.test(text)) problems.push(`${label} leaks: ${text.slice(0, 200)}`)
      let json: { errors?: { message?: string; data?: { violations?: { rule?: string; message?: { zh?: string; en?: string } }[] } }[] } = {}
      try {
        json = JSON.parse(text)
      } catch {
        problems.push(`${label} is not JSON`)
      }
      const violations = json.errors?.[0]?.data?.violations ?? []
      if (!json.errors?.[0]?.message || violations.length === 0) problems.push(`${label} is not in the one shape: ${text.slice(0, 200)}`)
      for (const v of violations) {
        if (!v.rule || !v.message?.zh || !v.message?.en) problems.push(`${label}: a violation without rule or both languages`)
        else if (!/[\u4e00-\u9fff]/.test(v.message.zh)) problems.push(`${label}: the Chinese message is not Chinese`)
      }
      const after = await snapshot(entry)
      for (const [collection, n] of Object.entries(before.counts)) if (after.counts[collection] !== n) problems.push(`${label}: ${collection} changed ${n} → ${after.counts[collection]}`)
      if (after.x !== before.x) problems.push(`${label}: the draft changed`)
    }
    expect(problems).toEqual([])
  })

  it('a NUL in an upload’s name is refused and the next request is answered normally (16.5)', async () => {
    const refused = await rest.raw('POST', '/media', { body: upload('a\u0000b.pdf', '%PDF-1.4\n')(), token: tokens.applicant })
    expect(refused.status).toBe(400)
    const next = await rest.get('/applications?limit=1&depth=0', tokens.applicant)
    expect(next.status).toBe(200)
  })

  it('GET /api/members/versions is a 404 in the one shape, not a 500 (16.4)', async () => {
    const response = await rest.get('/members/versions', tokens.city)
    expect(response.status).toBe(404)
    expect(((await response.json()) as { errors: { data: { violations: { rule: string }[] } }[] }).errors[0]!.data.violations[0]!.rule).toBe('platform.not-found')
  })

  it('limit=0 and depth=3 are capped: a list answers at most 500 rows, two levels deep', async () => {
    const response = await rest.get('/members?limit=0&depth=3', tokens.city)
    expect(response.status).toBe(200)
    const json = (await response.json()) as { limit: number; docs: { application?: { lead?: unknown } }[] }
    expect(json.limit).toBe(500)
    // depth 2: the member's application is populated, and the application's lead; nothing deeper is asked for.
    expect(typeof json.docs[0]?.application).toBe('object')
  })
})

describe('an application with assigned experts (16.2)', () => {
  it('is saved by its applicant and by its district officer; the experts stay and applicants do not see them', async () => {
    const { payload } = ctx
    await payload.update({ collection: 'applications', id: c.X, data: { assignedExperts: [world.users.expert1.id] } as never, overrideAccess: true, context: { seed: true } })
    // Returned for revision: submitted once (a draft is not in the district officer's remit), editable by the applicant.
    await payload.db.updateOne({ collection: 'applications', id: c.X, data: { status: 'returned' }, returning: false })
    const byApplicant = await rest.patch(`/applications/${c.X}`, { field: '先进材料' }, tokens.applicant)
    expect(byApplicant.status, await byApplicant.clone().text()).toBe(200)
    expect(((await byApplicant.json()) as { doc: Record<string, unknown> }).doc.assignedExperts).toBeUndefined()
    const byDistrict = await rest.patch(`/applications/${c.X}`, { publicSummary: '区县审核意见已录入' }, tokens.district)
    expect(byDistrict.status, await byDistrict.clone().text()).toBe(200)
    const doc = await payload.findByID({ collection: 'applications', id: c.X, depth: 0, overrideAccess: true })
    expect(doc.field).toBe('先进材料')
    expect(doc.publicSummary).toBe('区县审核意见已录入')
    expect(doc.assignedExperts).toEqual([world.users.expert1.id])
    await payload.db.updateOne({ collection: 'applications', id: c.X, data: { status: 'draft' }, returning: false })
  })
})

describe('security headers', () => {
  it('every API answer, success or refusal, carries them; files are downloads', async () => {
    for (const response of [await rest.get('/applications?limit=1', tokens.city), await rest.get('/applications/abc', tokens.city), await rest.get('/users/me')]) {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('x-frame-options')).toBe('DENY')
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    }
    const pdf = '%PDF-1.4\n1 0 obj<<>>endobj\nxref\n0 1\ntrailer<<>>\nstartxref\n0\n%%EOF\n'
    // A Chinese name with full-width brackets, as applicants name their scans, downloads like an ASCII one.
    for (const name of ['report.pdf', '申报书（盖章版）.pdf']) {
      const created = await rest.raw('POST', '/media', { body: upload(name, pdf)(), token: tokens.applicant })
      expect(created.status, await created.clone().text()).toBe(201)
      const { doc } = (await created.json()) as { doc: { filename: string; uploadedBy: unknown } }
      const file = await rest.get(`/media/file/${encodeURIComponent(doc.filename)}`, tokens.applicant)
      expect(file.status, name).toBe(200)
      expect(file.headers.get('content-disposition')).toMatch(/^attachment/)
      expect(file.headers.get('x-content-type-options')).toBe('nosniff')
    }
  })

  it('the session cookie is HttpOnly and SameSite=Lax, and Secure when the site is https', async () => {
    const response = await rest.post('/users/login', { email: 'city@example.org', password: PASSWORD })
    const cookie = response.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
    const { secureCookies } = await import('../../config/env')
    expect(secureCookies({ PUBLIC_URL: 'https://kj.example.gov.cn' })).toBe(true)
    expect(secureCookies({ PUBLIC_URL: 'http://localhost:3000' })).toBe(false)
    expect(ctx.payload.collections.users.config.auth.cookies.secure).toBe(secureCookies())
  })

  it('pages: the strict policy on public pages, the admin’s own, HSTS only under https', async () => {
    const { nextSecurityHeaders } = await import('../../config/security-headers.mjs')
    const rules = nextSecurityHeaders()
    const of = (source: string) => Object.fromEntries(rules.find((r) => r.source === source)!.headers.map((h) => [h.key, h.value]))
    expect(of('/')['Content-Security-Policy']).toContain("script-src 'self';")
    expect(of('/')['Content-Security-Policy']).toContain("frame-ancestors 'none'")
    expect(of('/admin/:path*')['Content-Security-Policy']).toContain("object-src 'none'")
    expect(of('/')['Strict-Transport-Security']).toBeUndefined()
    const before = process.env.PUBLIC_URL
    process.env.PUBLIC_URL = 'https://kj.example.gov.cn'
    try {
      expect(Object.fromEntries(nextSecurityHeaders()[0]!.headers.map((h) => [h.key, h.value]))['Strict-Transport-Security']).toMatch(/max-age=\d+/)
    } finally {
      if (before === undefined) delete process.env.PUBLIC_URL
      else process.env.PUBLIC_URL = before
    }
  })
})
