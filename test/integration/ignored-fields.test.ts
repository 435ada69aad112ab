// "A client can tell when a field it sent was ignored" (#10): a field that would be dropped — unknown, server-owned
// and changed, unreadable, a number as text — is refused with 400 naming the field by its label; while the admin
// form's way of saving (every shown field sent back, read-only ones with their stored values, as multipart
// `_payload`) is never refused by these rules, for every role and every record it can read and change.
import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PASSWORD, seedWorld, type World } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { restClient, type RestClient } from '../helpers/rest'

let ctx: TestContext
let rest: RestClient
let world: World
const ROLES = { admin: 'admin', city: 'city', district: 'district', expert: 'expert1', applicant: 'applicant' } as const
type Role = keyof typeof ROLES
const tokens = {} as Record<Role, string>
let X: number

/** The rules of this check: an echo must never meet one of them. */
const OURS = new Set(['field.server-owned', 'request.unknown-field', 'field.not-a-number', 'field.not-a-boolean'])

type Violation = { rule?: string; field?: string; message?: { zh?: string; en?: string } }
const violationsOf = async (response: Response): Promise<Violation[]> => {
  const json = (await response.clone().json().catch(() => ({}))) as { errors?: { data?: { violations?: Violation[] } }[] }
  return json.errors?.[0]?.data?.violations ?? []
}

/** Saves a record the way the admin form does: the whole document as `_payload` in a multipart body. */
function formSave(path: string, doc: Record<string, unknown>, token: string, method: 'PATCH' | 'POST' = 'PATCH') {
  const form = new FormData()
  form.append('_payload', JSON.stringify(doc))
  return rest.raw(method, path, { body: form, token })
}

beforeAll(async () => {
  ctx = await startPayload()
  world = await seedWorld(ctx.payload)
  rest = restClient(ctx.payload.config)
  for (const role of Object.keys(ROLES) as Role[]) tokens[role] = await rest.login(`${ROLES[role]}@example.org`, PASSWORD)
  X = (await ctx.payload.create({ collection: 'applications', data: { title: '忽略字段草稿', program: world.programs.nbConsortium, lead: world.orgs.nbLead, status: 'draft', assignedExperts: [world.users.expert1.id] } as never, overrideAccess: true, context: { seed: true } })).id
  await ctx.payload.create({ collection: 'members', data: { application: X, organization: world.orgs.nbLead, role: 'lead', taskSharePermille: 400 } as never, overrideAccess: true, context: { seed: true } })
}, 120_000)
afterAll(async () => ctx?.close())

describe('the admin form’s echo of a record', () => {
  // Every collection a person edits in the admin, with the seeded records of each.
  const COLLECTIONS: CollectionSlug[] = ['applications', 'members', 'agreements', 'ip-contracts', 'organizations', 'users', 'evaluations', 'reviews', 'exception-requests', 'fund-uses', 'tic-figures', 'projects', 'disbursements', 'media', 'programs', 'districts', 'calendar-days', 'notifications']

  it('is never refused as an ignored field, for every role and every record it may read', async () => {
    const problems: string[] = []
    let saved = 0
    for (const collection of COLLECTIONS) {
      const { docs } = await ctx.payload.find({ collection, limit: 6, depth: 0, overrideAccess: true, sort: '-id' })
      for (const { id } of docs as { id: number }[]) {
        for (const role of Object.keys(ROLES) as Role[]) {
          const read = await rest.get(`/${collection}/${id}?depth=0`, tokens[role])
          if (read.status !== 200) continue
          const doc = (await read.json()) as Record<string, unknown>
          const response = await formSave(`/${collection}/${id}?depth=0`, doc, tokens[role])
          if (response.status >= 500) problems.push(`${role} ${collection}/${id}: ${response.status}`)
          const ours = (await violationsOf(response)).filter((v) => OURS.has(v.rule ?? ''))
          if (ours.length > 0) problems.push(`${role} ${collection}/${id}: ${ours.map((v) => `${v.rule} ${v.field} ${JSON.stringify(doc[v.field ?? ''])?.slice(0, 200)}`).join(', ')}`)
          if (response.status === 200) saved += 1
        }
      }
    }
    expect(problems).toEqual([])
    // Enough saves went through for the check to mean something (the others are access or business refusals).
    expect(saved).toBeGreaterThan(50)
  })

  it('a new application as the admin form creates it (defaults of read-only fields included) is accepted', async () => {
    // Arrays without rows go as their row count, 0: the body the admin sends, captured from Chromium.
    const response = await formSave('/applications', { lead: world.orgs.nbLead, title: '表单新建', goals: 0, status: 'draft', pledge: {}, program: world.programs.nbConsortium, recovery: {}, documents: 0, governance: {}, complexConsent: {}, disbursedTotal: 0, panel: {}, capabilityInvestments: 0 }, tokens.applicant, 'POST')
    expect(response.status, await response.clone().text()).toBe(201)
  })

  it('a row count that is not the stored one is still refused on a field the user may not write', async () => {
    const response = await formSave('/applications', { title: '表单新建', program: world.programs.nbConsortium, lead: world.orgs.nbLead, documents: 2 }, tokens.applicant, 'POST')
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('field.server-owned')
  })
})

describe('a field that would be ignored is refused, named by its label', () => {
  const refusal = async (response: Response) => {
    expect(response.status, await response.clone().text()).toBe(400)
    const violations = await violationsOf(response)
    expect(violations.length).toBeGreaterThan(0)
    return violations[0]!
  }

  it('a server-owned field changed by its applicant: 属地区县 / District, nothing saved', async () => {
    const before = await ctx.payload.findByID({ collection: 'applications', id: X, depth: 0, overrideAccess: true })
    const otherDistrict = (await ctx.payload.findByID({ collection: 'organizations', id: world.orgs.ticHost, depth: 0, overrideAccess: true })).district
    const v = await refusal(await rest.patch(`/applications/${X}`, { title: '改了名', district: otherDistrict }, tokens.applicant))
    expect(v.rule).toBe('field.server-owned')
    expect(v.field).toBe('district')
    expect(v.message?.zh).toContain('“属地区县”')
    expect(v.message?.en).toContain('"District"')
    expect(v.message?.zh).not.toContain('district')
    const after = await ctx.payload.findByID({ collection: 'applications', id: X, depth: 0, overrideAccess: true })
    expect(after.title).toBe(before.title)
    expect(after.updatedAt).toBe(before.updatedAt)
  })

  it('the same field with its stored value (the form’s echo) is accepted and the rest is saved', async () => {
    const stored = await ctx.payload.findByID({ collection: 'applications', id: X, depth: 0, overrideAccess: true })
    const response = await rest.patch(`/applications/${X}`, { title: '回显保存', district: stored.district, status: stored.status, policySet: stored.policySet }, tokens.applicant)
    expect(response.status, await response.clone().text()).toBe(200)
    expect((await ctx.payload.findByID({ collection: 'applications', id: X, depth: 0, overrideAccess: true })).title).toBe('回显保存')
  })

  it('a nested server-owned field: 资金收回 · 应收回（元）', async () => {
    const v = await refusal(await rest.patch(`/applications/${X}`, { recovery: { amountToRecover: 5 } }, tokens.city))
    expect(v.field).toBe('recovery.amountToRecover')
    expect(v.message?.zh).toContain('应收回（元）')
  })

  it('a field the user may not read is refused even with its real value (no guessing hidden values)', async () => {
    const v = await refusal(await rest.patch(`/applications/${X}`, { assignedExperts: [world.users.expert1.id] }, tokens.applicant))
    expect(v.rule).toBe('field.server-owned')
    expect(v.message?.zh).toContain('评审专家')
  })

  it('on a record the user may not change, Payload’s own refusal comes first (the stored value is not probed)', async () => {
    const other = world.apps.ticExpertReview
    const stored = await ctx.payload.findByID({ collection: 'applications', id: other, depth: 0, overrideAccess: true })
    for (const district of [stored.district, 987654]) {
      const response = await rest.patch(`/applications/${other}`, { district }, tokens.applicant)
      expect([403, 404]).toContain(response.status)
    }
  })

  it('an unknown key is named as sent', async () => {
    const v = await refusal(await rest.patch(`/applications/${X}`, { title: '未知', approvedByMayor: true }, tokens.applicant))
    expect(v.rule).toBe('request.unknown-field')
    expect(v.message?.zh).toContain('approvedByMayor')
  })

  it('money as text is refused, not coerced: 投入总额（元）', async () => {
    const v = await refusal(await rest.patch(`/applications/${X}`, { capabilityInvestments: [{ year: 2026, amount: '100' }] }, tokens.applicant))
    expect(v.rule).toBe('field.not-a-number')
    expect(v.message?.zh).toContain('投入总额（元）')
    const stored = await ctx.payload.findByID({ collection: 'applications', id: X, depth: 0, overrideAccess: true })
    expect(stored.capabilityInvestments ?? []).toEqual([])
  })

  it('money as a number is taken (the refusal above is about the text)', async () => {
    const response = await rest.patch(`/applications/${X}`, { capabilityInvestments: [{ year: 2026, amount: 100 }] }, tokens.applicant)
    expect(response.status, await response.clone().text()).toBe(200)
    const stored = await ctx.payload.findByID({ collection: 'applications', id: X, depth: 0, overrideAccess: true })
    expect(stored.capabilityInvestments?.[0]?.amount).toBe(100)
  })

  it('system writes (Local API with overrideAccess) are not affected', async () => {
    const doc = await ctx.payload.update({ collection: 'applications', id: X, data: { disbursedTotal: 0 } as never, overrideAccess: true })
    expect(doc.id).toBe(X)
  })
})

describe('refusals in the log', () => {
  it('a 400, 403 and 404 are each one info line, never an error with a stack', async () => {
    const { logger } = ctx.payload
    const seen: { level: string; args: unknown[] }[] = []
    const originals = { info: logger.info, warn: logger.warn, error: logger.error }
    for (const level of ['info', 'warn', 'error'] as const) {
      ;(logger as unknown as Record<string, unknown>)[level] = (...args: unknown[]) => {
        seen.push({ level, args })
      }
    }
    try {
      expect((await rest.patch(`/applications/${X}`, { approvedByMayor: true }, tokens.applicant)).status).toBe(400)
      expect((await rest.patch(`/applications/${X}`, { capabilityInvestments: [{ year: 2026, amount: '100' }] }, tokens.applicant)).status).toBe(400)
      expect((await rest.post('/districts', { name: '禁区', city: '宁波', code: '330288' }, tokens.applicant)).status).toBe(403)
      expect((await rest.get('/applications/987654', tokens.city)).status).toBe(404)
    } finally {
      Object.assign(logger, originals)
    }
    expect(seen.filter((s) => s.level === 'error')).toEqual([])
    const lines = seen.map((s) => JSON.stringify(s.args))
    expect(lines.length).toBeGreaterThanOrEqual(3)
    for (const line of lines) {
      expect(line).not.toMatch(/\\n\s+at |"stack"|"err"/)
      expect(line.length).toBeLessThan(2000)
    }
  })
})
