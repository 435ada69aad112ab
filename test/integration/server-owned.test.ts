// Every field of test/tables/server-owned.ts, tried on create and on update over REST by every role that may
// create or update the record but does not own the field: refused with 400, or the forged value is not taken.
import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PASSWORD, seedWorld, type World } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { restClient, type RestClient } from '../helpers/rest'
import { SERVER_OWNED, type ForgeIds, type Role, type ServerOwnedField } from '../tables/server-owned'

let ctx: TestContext
let rest: RestClient
let world: World
let ids: ForgeIds
const tokens = {} as Record<Role, string>
const userIds = {} as Record<Role, number>
const LOGIN: Record<Role, string> = { admin: 'admin', city: 'city', district: 'district', expert: 'expert1', applicant: 'applicant' }
const PDF = '%PDF-1.4\n1 0 obj<<>>endobj\nxref\n0 1\ntrailer<<>>\nstartxref\n0\n%%EOF\n'

type Collection = ServerOwnedField['collection']
/** The record each role may update (its own or within its remit), and who may create one. */
let rowFor: Record<Collection, (role: Role) => number>
const UPDATERS: Record<Collection, Role[]> = {
  applications: ['admin', 'city', 'district', 'applicant'],
  members: ['admin', 'city', 'district', 'applicant'],
  agreements: ['admin', 'city', 'district', 'applicant'],
  'ip-contracts': ['admin', 'city', 'district', 'applicant'],
  organizations: ['admin', 'city', 'district', 'applicant'],
  media: ['admin', 'city', 'applicant'],
  users: ['admin', 'city', 'district', 'expert', 'applicant'],
  evaluations: ['admin', 'city', 'applicant'],
  reviews: ['admin', 'city', 'expert'],
  'policy-revisions': ['admin'],
}
const CREATORS: Record<Collection, Role[]> = {
  applications: ['admin', 'city', 'applicant'],
  members: ['admin', 'city', 'district', 'applicant'],
  agreements: ['admin', 'city', 'district', 'applicant'],
  'ip-contracts': ['admin', 'city', 'district', 'applicant'],
  organizations: ['admin', 'city', 'district', 'applicant'],
  media: ['admin', 'city', 'district', 'expert', 'applicant'],
  users: ['admin', 'city'],
  evaluations: ['admin', 'city'],
  reviews: ['admin', 'city', 'expert'],
  'policy-revisions': ['admin'],
}

let X: number
let fileId: number
let n = 0
const labelZh = new Map<string, string>()

function createBody(collection: Collection, role: Role): Record<string, unknown> {
  n += 1
  switch (collection) {
    case 'applications': return { title: `伪造测试${n}`, program: world.programs.nbConsortium, lead: world.orgs.nbLead }
    case 'members': return { application: X, organization: world.orgs.zhouxiang, role: 'enterprise' }
    case 'agreements': return { application: X, title: `协议${n}`, signedOn: '2026-01-05', file: fileId }
    case 'ip-contracts': return { application: X, title: `知识产权${n}`, ownership: 'joint', file: fileId, benefitShares: [{ partyKind: 'carrier', shareBasisPoints: 10000 }] }
    case 'organizations': return { name: `伪造单位${n}`, creditCode: '91330200MA2H00017Q', kind: 'enterprise' }
    case 'users': return { email: `forge${n}@example.org`, password: 'Forge-password-9', name: '新用户', role: 'applicant', organization: world.orgs.cxLead }
    case 'evaluations': return { application: X, year: 2000 + n, kind: 'annual' }
    case 'reviews': return { application: X, stage: 'expert-review', expert: role === 'expert' ? userIds.expert : world.users.expert1.id }
    case 'media': return { title: `文件${n}` }
    case 'policy-revisions': return { policySet: 'wh-consortium-2022', label: `伪造测试${n}`, effectiveFrom: '2090-01-01' }
  }
}

/** A value as stored, comparable with the forged one (relationships by id). */
const plain = (v: unknown): string =>
  JSON.stringify(v, (_k, x) => (x && typeof x === 'object' && !Array.isArray(x) && 'id' in x && Object.keys(x).length > 3 ? (x as { id: unknown }).id : x))

/** Did the stored value take the forged one? (Strings, numbers, ids, or the forged marker inside a group/array.) */
function took(stored: unknown, forged: unknown): boolean {
  if (stored === null || stored === undefined) return false
  if (typeof forged === 'object' && forged !== null) {
    const s = plain(stored)
    return ['伪造', '987'].some((m) => plain(forged).includes(m) && s.includes(m)) || (Array.isArray(forged) && plain(forged) === s)
  }
  if (typeof forged === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(forged)) return String(stored).slice(0, 10) === forged.slice(0, 10)
  return plain(stored) === plain(forged) || plain(stored) === `${forged}` || String((stored as { id?: unknown }).id ?? '') === String(forged)
}

beforeAll(async () => {
  ctx = await startPayload()
  const { payload } = ctx
  world = await seedWorld(payload)
  rest = restClient(payload.config)
  for (const role of Object.keys(LOGIN) as Role[]) {
    tokens[role] = await rest.login(`${LOGIN[role]}@example.org`, PASSWORD)
    userIds[role] = world.users[LOGIN[role] as keyof World['users']].id
  }
  const seed = { overrideAccess: true, context: { seed: true } } as const
  const otherDistrict = (await payload.findByID({ collection: 'organizations', id: world.orgs.ticHost, depth: 0, overrideAccess: true })).district as number
  ids = { application: world.apps.ticExpertReview, otherOrg: world.orgs.ticHost, otherDistrict, admin: world.users.admin.id, expert3: world.users.expert3.id }
  // Returned (submitted once): in the district officer's remit, which holds no drafts, and editable by the applicant.
  X = (await payload.create({ collection: 'applications', data: { title: '伪造字段申报', program: world.programs.nbConsortium, lead: world.orgs.nbLead, status: 'returned', assignedExperts: [world.users.expert1.id] } as never, ...seed })).id
  fileId = (await payload.create({ collection: 'media', data: { title: '附件' }, file: { data: Buffer.from(PDF), mimetype: 'application/pdf', name: 'a.pdf', size: PDF.length }, overrideAccess: true })).id
  const member = (await payload.create({ collection: 'members', data: { application: X, organization: world.orgs.nbLead, role: 'lead' } as never, ...seed })).id
  const agreement = (await payload.create({ collection: 'agreements', data: { application: X, title: '协议', signedOn: '2026-01-05T00:00:00.000Z', file: fileId } as never, ...seed })).id
  const ip = (await payload.create({ collection: 'ip-contracts', data: { application: X, title: '知识产权', ownership: 'joint', file: fileId, benefitShares: [{ partyKind: 'carrier', shareBasisPoints: 10000 }] } as never, ...seed })).id
  const evaluation = ((await payload.db.create({ collection: 'evaluations', data: { application: X, lead: world.orgs.nbLead, year: 2025, kind: 'annual' } })) as { id: number }).id
  const review = ((await payload.db.create({ collection: 'reviews', data: { application: X, lead: world.orgs.nbLead, expert: world.users.expert1.id, stage: 'expert-review' } })) as { id: number }).id
  const revision = (await payload.create({ collection: 'policy-revisions', data: { policySet: 'wh-consortium-2022', label: '伪造字段草稿', effectiveFrom: '2090-01-01' } as never, user: world.users.admin, overrideAccess: false })).id
  const uploads = {} as Record<Role, number>
  for (const role of ['admin', 'city', 'applicant'] as Role[]) {
    const doc = await payload.create({ collection: 'media', data: { title: role }, file: { data: Buffer.from(PDF), mimetype: 'application/pdf', name: `${role}.pdf`, size: PDF.length }, overrideAccess: true })
    await payload.db.updateOne({ collection: 'media', id: doc.id, data: { uploadedBy: userIds[role] } })
    uploads[role] = doc.id
  }
  for (const entry of SERVER_OWNED) {
    const config = payload.collections[entry.collection as CollectionSlug].config
    const field = config.flattenedFields.find((f) => 'name' in f && f.name === entry.field) as { label?: { zh?: string } } | undefined
    labelZh.set(`${entry.collection}.${entry.field}`, field?.label?.zh ?? entry.field)
  }
  rowFor = {
    applications: () => X,
    members: () => member,
    agreements: () => agreement,
    'ip-contracts': () => ip,
    organizations: () => world.orgs.nbLead,
    media: (role) => uploads[role],
    users: (role) => userIds[role],
    evaluations: () => evaluation,
    reviews: () => review,
    'policy-revisions': () => revision,
  }
}, 120_000)
afterAll(async () => ctx?.close())

async function tryCreate(entry: ServerOwnedField, role: Role): Promise<string | null> {
  const forged = entry.value(ids)
  const body = { ...createBody(entry.collection, role), [entry.field]: forged }
  let response: Response
  if (entry.collection === 'media') {
    const form = new FormData()
    form.append('file', new Blob([PDF], { type: 'application/pdf' }), `forge-${n}.pdf`)
    form.append('_payload', JSON.stringify(body))
    response = await rest.raw('POST', '/media', { body: form, token: tokens[role] })
  } else response = await rest.post(`/${entry.collection}`, body, tokens[role])
  const label = `${role} create ${entry.collection}.${entry.field}`
  if (response.status >= 500) return `${label}: ${response.status}`
  if (response.status === 400) return refusedByName(label, response, entry)
  if (response.status === 403) return null
  if (response.status !== 201) return `${label}: ${response.status} ${(await response.text()).slice(0, 200)}`
  const { doc } = (await response.json()) as { doc: { id: number } }
  const stored = (await ctx.payload.findByID({ collection: entry.collection as CollectionSlug, id: doc.id, depth: 0, overrideAccess: true })) as unknown as Record<string, unknown>
  if (took(stored[entry.field], forged)) return `${label}: stored the forged value ${plain(stored[entry.field]).slice(0, 80)}`
  return `${label}: answered 201, not 400 (the forged value was silently replaced)`
}

async function tryUpdate(entry: ServerOwnedField, role: Role): Promise<string | null> {
  const forged = entry.value(ids)
  const id = rowFor[entry.collection](role)
  const read = () => ctx.payload.findByID({ collection: entry.collection as CollectionSlug, id, depth: 0, overrideAccess: true }) as unknown as Promise<Record<string, unknown>>
  const before = plain((await read())[entry.field])
  // A "forged" value that is already the stored one is an echo (as the admin form sends it): taken as is.
  const echo = took((await read())[entry.field], forged)
  const response = await rest.patch(`/${entry.collection}/${id}`, { [entry.field]: forged }, tokens[role])
  const label = `${role} update ${entry.collection}.${entry.field}`
  if (response.status >= 500) return `${label}: ${response.status}`
  const after = plain((await read())[entry.field])
  if (after !== before) return `${label}: changed ${before.slice(0, 60)} → ${after.slice(0, 60)} (${response.status})`
  // The client is told: 400, naming the field by its label (not silently dropped).
  if (echo && response.status === 200) return null
  if (response.status !== 400) return `${label}: answered ${response.status}, not 400 (the forged value was silently dropped)`
  return refusedByName(label, response, entry)
}

/** A 400 in the one shape whose message names the field by its Chinese label (or a rule that explains it). */
async function refusedByName(label: string, response: Response, entry: ServerOwnedField): Promise<string | null> {
  const json = (await response.json()) as { errors?: { message?: string; data?: { violations?: { rule?: string; message?: { zh?: string; en?: string } }[] } }[] }
  const violations = json.errors?.[0]?.data?.violations ?? []
  if (violations.length === 0) return `${label}: 400 not in the one shape`
  const zh = labelZh.get(`${entry.collection}.${entry.field}`)
  const named = violations.some((v) => (zh && v.message?.zh?.includes(zh)) || (v.rule !== 'field.server-owned' && v.rule !== 'request.invalid'))
  return named ? null : `${label}: 400 without the field's label “${zh}”: ${JSON.stringify(violations).slice(0, 200)}`
}

describe('server-owned fields', () => {
  it('every field, on create and on update, by every role that does not own it: 400 naming the field, nothing taken', async () => {
    const problems: string[] = []
    let tries = 0
    for (const entry of SERVER_OWNED) {
      for (const role of CREATORS[entry.collection].filter((r) => !entry.owners.includes(r))) {
        tries += 1
        const p = await tryCreate(entry, role)
        if (p) problems.push(p)
      }
      for (const role of UPDATERS[entry.collection].filter((r) => !entry.owners.includes(r))) {
        tries += 1
        const p = await tryUpdate(entry, role)
        if (p) problems.push(p)
      }
    }
    expect(problems).toEqual([])
    expect(tries).toBeGreaterThan(150)
    // Some 170 requests one after another: over a minute on a busy two-core machine.
  }, 300_000)

  it('a field its owner may set is taken (the refusals above are not just everything refused)', async () => {
    const response = await rest.patch(`/applications/${X}`, { targeted: true, receivedOn: '2026-01-02T00:00:00.000Z' }, tokens.city)
    expect(response.status, await response.clone().text()).toBe(200)
    const doc = await ctx.payload.findByID({ collection: 'applications', id: X, depth: 0, overrideAccess: true })
    expect(doc.targeted).toBe(true)
    expect(String(doc.receivedOn).slice(0, 10)).toBe('2026-01-02')
  })
})
