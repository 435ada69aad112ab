// Walks every cell of test/tables/access.ts over REST (the real route handlers behind the REST guard) with each
// role's real session: role × collection (and versions, and Payload's own) × read/create/update/delete ×
// own/other/unrelated.
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PASSWORD, seedWorld, type World } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { restClient, type RestClient } from '../helpers/rest'
import { ACCESS_TABLE, cells, CREATE_REQUIRES_READ, districtCreatesOnOwn, HIDDEN_DRAFT_PATHS, type Cell, type Role } from '../tables/access'

type Id = number
let ctx: TestContext
let rest: RestClient
let world: World
const tokens = {} as Record<Role, string | undefined>
const userIds = {} as Record<Exclude<Role, 'anonymous'>, Id>
const LOGIN: Record<Exclude<Role, 'anonymous'>, string> = { admin: 'admin', city: 'city', district: 'district', expert: 'expert1', applicant: 'applicant' }

/** The rows of each path: own/other (or any), per role where they depend on the role. */
type Rows = { own: (role: Role) => Id | string; other: (role: Role) => Id | string; unrelated?: (role: Role) => Id | string }
const rows = {} as Record<string, Rows>
let X: Id
let fileId: Id
let lockedApp: Id
let cloneCount = 0
const pdfBytes = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\nxref\n0 1\ntrailer<<>>\nstartxref\n0\n%%EOF\n')
let Y: Id
/** The unrelated application, its lead (no users) and its district (no officer). */
let U: Id
let uOrg: Id
let uDistrict: Id
const drafts: Record<string, Id> = {}

const DENIED = new Set([401, 403, 404, 405, 501])

async function make(payload: Payload, collection: CollectionSlug, data: Record<string, unknown>, viaHooks = false): Promise<Id> {
  if (viaHooks) return (await payload.create({ collection, data: data as never, overrideAccess: true, context: { seed: true } })).id as Id
  return ((await payload.db.create({ collection, data })) as { id: Id }).id
}

const same = (id: Id | string): Rows => ({ own: () => id, other: () => id })
const pair = (own: Id, other: Id, unrelated?: Id): Rows => ({ own: () => own, other: () => other, ...(unrelated !== undefined ? { unrelated: () => unrelated } : {}) })
const withUnrelated = (rows: Rows, unrelated: Id | ((role: Role) => Id)): Rows => ({ ...rows, unrelated: typeof unrelated === 'function' ? unrelated : () => unrelated })

beforeAll(async () => {
  ctx = await startPayload()
  const { payload } = ctx
  world = await seedWorld(payload)
  rest = restClient(payload.config)
  for (const [role, key] of Object.entries(LOGIN) as [Exclude<Role, 'anonymous'>, string][]) {
    tokens[role] = await rest.login(`${key}@example.org`, PASSWORD)
    userIds[role] = world.users[key as keyof World['users']].id
  }
  const expert3 = world.users.expert3.id
  const district = (await payload.findByID({ collection: 'organizations', id: world.orgs.nbLead, depth: 0, overrideAccess: true })).district as Id
  const otherDistrict = (await payload.findByID({ collection: 'organizations', id: world.orgs.ticHost, depth: 0, overrideAccess: true })).district as Id
  // X and Y returned: submitted once (a district officer's remit holds no drafts), and the applicant may edit them again.
  X = await make(payload, 'applications', { title: '访问表甲', program: world.programs.nbConsortium, lead: world.orgs.nbLead, status: 'returned', assignedExperts: [world.users.expert1.id] }, true)
  Y = await make(payload, 'applications', { title: '访问表乙', program: world.programs.nbConsortium, lead: world.orgs.ticHost, status: 'returned', assignedExperts: [world.users.expert2.id] }, true)
  // The unrelated application: a district without officers, a lead unit without users.
  uDistrict = await make(payload, 'districts', { name: '无关区', city: '宁波', code: '330299' })
  uOrg = await make(payload, 'organizations', { name: '无关单位有限公司', creditCode: '91330200UNRELATED1', kind: 'enterprise', district: uDistrict })
  // Reviewed by expert3, who is none of the users that log in here: its review is unrelated to all of them.
  U = await make(payload, 'applications', { title: '访问表丁', program: world.programs.nbConsortium, lead: uOrg, status: 'draft', assignedExperts: [expert3] }, true)
  // A second version of each, so the versions endpoints have history to show.
  for (const id of [X, Y, U]) await payload.update({ collection: 'applications', id, data: { field: '新材料' }, overrideAccess: true, context: { seed: true } })
  rows.applications = pair(X, Y, U)
  rows['applications/versions'] = pair(X, Y, U)
  const link = (app: Id) => ({ application: app, lead: app === X ? world.orgs.nbLead : app === U ? uOrg : world.orgs.ticHost, district: app === X ? district : app === U ? uDistrict : otherDistrict })
  const nbu = (await payload.find({ collection: 'organizations', where: { name: { equals: '宁波大学' } }, depth: 0, overrideAccess: true })).docs[0]!.id
  const onBoth = async (collection: CollectionSlug, data: (app: Id) => Record<string, unknown>, viaHooks = false) =>
    pair(
      await make(payload, collection, { ...data(X), ...link(X) }, viaHooks),
      await make(payload, collection, { ...data(Y), ...link(Y) }, viaHooks),
      await make(payload, collection, { ...data(U), ...link(U) }, viaHooks),
    )
  rows.members = await onBoth('members', (app) => ({ organization: app === X ? nbu : app === U ? uOrg : world.orgs.bl2, role: 'university' }))
  const attachment = (await payload.create({ collection: 'media', data: { title: '协议扫描件' }, file: { data: pdfBytes, mimetype: 'application/pdf', name: 'agreement.pdf', size: pdfBytes.length }, overrideAccess: true })).id
  fileId = attachment
  rows.agreements = await onBoth('agreements', () => ({ title: '共建协议', signedOn: '2026-01-05T00:00:00.000Z', file: attachment }), true)
  rows['agreements/versions'] = rows.agreements
  rows['ip-contracts'] = await onBoth('ip-contracts', () => ({ title: '知识产权协议', ownership: 'joint', file: attachment, benefitShares: [{ partyKind: 'carrier', shareBasisPoints: 10000 }] }), true)
  rows['ip-contracts/versions'] = rows['ip-contracts']
  rows.projects = await onBoth('projects', () => ({ title: '项目', kind: 'jianbing', year: 2026, status: 'in-progress' }))
  rows.disbursements = await onBoth('disbursements', () => ({ basis: 'capability-investment', installment: 'annual', year: 2026, amount: 1 }))
  rows['fund-uses'] = await onBoth('fund-uses', () => ({ year: 2026, source: 'fiscal', category: 'other-lawful', description: '设备', amount: 1 }))
  rows.evaluations = await onBoth('evaluations', () => ({ year: 2025, kind: 'annual' }))
  rows['tic-figures'] = await onBoth('tic-figures', () => ({ year: 2025 }))
  rows['exception-requests'] = await onBoth('exception-requests', () => ({ ruleId: 'nb.lead.platform', ruleTitle: '研发平台', reason: '访问表：申请豁免的理由', status: 'pending' }))
  rows.reviews = pair(
    await make(payload, 'reviews', { ...link(X), expert: world.users.expert1.id, stage: 'expert-review' }),
    await make(payload, 'reviews', { ...link(Y), expert: world.users.expert2.id, stage: 'expert-review' }),
    await make(payload, 'reviews', { ...link(U), expert: expert3, stage: 'expert-review' }),
  )
  rows.objections = await onBoth('objections', () => ({ objector: '某人', content: '异议', receivedOn: '2026-02-01T00:00:00.000Z', status: 'open' }))
  rows['application-notes'] = await onBoth('application-notes', () => ({ body: '访问表批注' }))
  rows['audit-log'] = await onBoth('audit-log', (app) => ({ at: new Date().toISOString(), action: 'transition', collectionSlug: 'applications', docId: String(app), summary: '提交' }))
  rows.organizations = pair(world.orgs.nbLead, world.orgs.ticHost, uOrg)
  // A user with no organisation and no district: related to nobody.
  const loner = await make(payload, 'users', { email: 'loner@example.org', name: '无关专家', role: 'expert' })
  rows.users = { own: (role) => userIds[role as Exclude<Role, 'anonymous'>] ?? expert3, other: () => expert3, unrelated: () => loner }
  const byRole = async (make1: (userId: Id, i: number) => Promise<Id>): Promise<Rows> => {
    const own = {} as Record<Role, Id>
    let i = 0
    for (const role of Object.keys(userIds) as Exclude<Role, 'anonymous'>[]) own[role] = await make1(userIds[role], i++)
    const ofAdmin = own.admin
    const ofCity = own.city
    return { own: (role) => own[role] ?? ofAdmin, other: (role) => (role === 'admin' ? ofCity : ofAdmin) }
  }
  rows.notifications = withUnrelated(
    await byRole((userId, i) => make(payload, 'notifications', { toAddress: `t${i}@example.org`, businessKey: `access-table-${i}`, recipients: [userId], template: 'submission-received', status: 'sent' })),
    await make(payload, 'notifications', { toAddress: 'nobody@example.org', businessKey: 'access-table-nobody', recipients: [], template: 'submission-received', status: 'sent' }),
  )
  rows['spreadsheet-jobs'] = withUnrelated(
    await byRole((userId, i) => make(payload, 'spreadsheet-jobs', { title: `导出${i}`, kind: 'export', status: 'done', owner: userId, target: 'applications' })),
    await make(payload, 'spreadsheet-jobs', { title: '无主导出', kind: 'export', status: 'done', owner: world.users.expert3.id, target: 'applications' }),
  )
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\nxref\n0 1\ntrailer<<>>\nstartxref\n0\n%%EOF\n')
  rows.media = await byRole(async (userId, i) => {
    const doc = await payload.create({ collection: 'media', data: { title: `文件${i}` }, file: { data: pdf, mimetype: 'application/pdf', name: `access-${i}.pdf`, size: pdf.length }, overrideAccess: true })
    await payload.db.updateOne({ collection: 'media', id: doc.id, data: { uploadedBy: userId } })
    return doc.id as Id
  })
  // An upload by nobody (uploadedBy empty), attached to nothing.
  rows.media = withUnrelated(rows.media, (await payload.create({ collection: 'media', data: { title: '无主文件' }, file: { data: pdf, mimetype: 'application/pdf', name: 'nobody.pdf', size: pdf.length }, overrideAccess: true })).id as Id)
  // Saved filters: each user's own, visible to that user only ("only me").
  rows['payload-query-presets'] = await byRole((userId, i) =>
    make(payload, 'payload-query-presets' as CollectionSlug, { title: `筛选${i}`, relatedCollection: 'applications', isShared: false, where: {}, access: { read: { constraint: 'onlyMe', users: [userId] }, update: { constraint: 'onlyMe', users: [userId] }, delete: { constraint: 'onlyMe', users: [userId] } } }),
  )
  // An unrelated preset: expert3's own, who never signs in here.
  {
    const onlyExpert3 = { constraint: 'onlyMe', users: [world.users.expert3.id] }
    rows['payload-query-presets'] = withUnrelated(
      rows['payload-query-presets']!,
      await make(payload, 'payload-query-presets' as CollectionSlug, { title: '无关筛选', relatedCollection: 'applications', isShared: false, where: {}, access: { read: onlyExpert3, update: onlyExpert3, delete: onlyExpert3 } }),
    )
  }
  // Locks on an application nobody saves in this test (a save releases the document's locks).
  const Z = await make(payload, 'applications', { title: '访问表丙', program: world.programs.nbConsortium, lead: world.orgs.cxLead, status: 'draft' }, true)
  lockedApp = Z
  rows['payload-locked-documents'] = withUnrelated(
    await byRole((userId) => make(payload, 'payload-locked-documents', { document: { relationTo: 'applications', value: Z }, user: { relationTo: 'users', value: userId } })),
    await make(payload, 'payload-locked-documents', { document: { relationTo: 'applications', value: Z }, user: { relationTo: 'users', value: expert3 } }),
  )
  // Preferences are addressed by key: each user has one, and the key of another user's is not theirs to reach.
  for (const [role, id] of Object.entries(userIds)) {
    await payload.db.create({ collection: 'payload-preferences', data: { key: `table-${role}`, value: { a: 1 }, user: { relationTo: 'users', value: id } } })
  }
  rows['payload-preferences'] = { own: (role) => `table-${role}`, other: (role) => (role === 'admin' ? 'table-city' : 'table-admin') }
  rows.programs = same(world.programs.whConsortium)
  rows['policy-revisions'] = same(await make(payload, 'policy-revisions', { policySet: 'wh-consortium-2022', label: '访问表草稿', effectiveFrom: '2090-01-01T00:00:00.000Z', status: 'draft' }, true))
  rows.districts = same(otherDistrict)
  rows['calendar-days'] = same(await make(payload, 'calendar-days', { date: '2031-01-01T00:00:00.000Z', kind: 'holiday', name: '元旦' }))
  rows['login-throttles'] = same(await make(payload, 'login-throttles', { key: 'table-key', scope: 'address', attempts: 1 }))
  rows['payload-jobs'] = same(await make(payload, 'payload-jobs', { taskSlug: 'reap-stuck-jobs', input: {}, queue: 'table', waitUntil: '2099-01-01T00:00:00.000Z' }))
  rows['payload-migrations'] = same(1)
  rows['payload-kv'] = same(await make(payload, 'payload-kv' as CollectionSlug, { key: 'table', data: { a: 1 } }))

  // D: a draft of the applicant's unit in the district officer's district, one row of each kind on it.
  const D = await make(payload, 'applications', { title: '访问表丁（草稿）', program: world.programs.nbConsortium, lead: world.orgs.nbLead, status: 'draft', assignedExperts: [world.users.expert1.id] }, true)
  await payload.update({ collection: 'applications', id: D, data: { field: '新材料' }, overrideAccess: true, context: { seed: true } })
  const onD = { application: D, lead: world.orgs.nbLead, district }
  drafts.applications = D
  drafts['applications/versions'] = D
  drafts.members = await make(payload, 'members', { ...onD, organization: nbu, role: 'university' })
  drafts.agreements = await make(payload, 'agreements', { ...onD, title: '草稿协议', signedOn: '2026-01-05T00:00:00.000Z', file: attachment }, true)
  drafts['ip-contracts'] = await make(payload, 'ip-contracts', { ...onD, title: '草稿知识产权协议', ownership: 'joint', file: attachment, benefitShares: [{ partyKind: 'carrier', shareBasisPoints: 10000 }] }, true)
  drafts.projects = await make(payload, 'projects', { ...onD, title: '草稿项目', kind: 'jianbing', year: 2026, status: 'in-progress' })
  drafts.disbursements = await make(payload, 'disbursements', { ...onD, basis: 'capability-investment', installment: 'annual', year: 2026, amount: 1 })
  drafts['fund-uses'] = await make(payload, 'fund-uses', { ...onD, year: 2026, source: 'fiscal', category: 'other-lawful', description: '设备', amount: 1 })
  drafts.evaluations = await make(payload, 'evaluations', { ...onD, year: 2025, kind: 'annual' })
  drafts['tic-figures'] = await make(payload, 'tic-figures', { ...onD, year: 2025 })
  drafts['exception-requests'] = await make(payload, 'exception-requests', { ...onD, ruleId: 'nb.lead.platform', ruleTitle: '研发平台', reason: '草稿：申请豁免的理由', status: 'pending' })
  drafts.reviews = await make(payload, 'reviews', { ...onD, expert: world.users.expert1.id, stage: 'expert-review' })
  drafts.objections = await make(payload, 'objections', { ...onD, objector: '某人', content: '异议', receivedOn: '2026-02-01T00:00:00.000Z', status: 'open' })
  drafts['application-notes'] = await make(payload, 'application-notes', { ...onD, body: '草稿批注' })
  drafts['audit-log'] = await make(payload, 'audit-log', { ...onD, at: new Date().toISOString(), action: 'transition', collectionSlug: 'applications', docId: String(D), summary: '草稿' })
}, 600_000)
afterAll(async () => ctx?.close())

/** The row of a cell: own, other or unrelated (a path without an unrelated row is a mistake in this file). */
function rowOf(path: string, scope: Cell['scope'], role: Role): Id | string {
  const r = rows[path]!
  const pick = scope === 'unrelated' ? r.unrelated : scope === 'other' ? r.other : r.own
  if (!pick) throw new Error(`no unrelated row for ${path}`)
  return pick(role)
}

/** Where each path's records are, for reading back (versions and preferences are checked through their parent). */
const collectionOf = (path: string) => path.split('/')[0] as CollectionSlug

async function stored(payload: Payload, path: string, id: Id | string): Promise<Record<string, unknown> | null> {
  const collection = collectionOf(path)
  if (collection === 'payload-preferences') {
    const found = await payload.find({ collection, where: { key: { equals: String(id) } }, depth: 0, overrideAccess: true })
    return (found.docs[0] as unknown as Record<string, unknown>) ?? null
  }
  if (collection === 'payload-migrations') return null
  const found = await payload.find({ collection, where: { id: { equals: id } }, depth: 0, overrideAccess: true, trash: true } as never)
  return ((found as unknown as { docs: Record<string, unknown>[] }).docs[0] ?? null) as Record<string, unknown> | null
}

const count = async (payload: Payload, path: string) => (await payload.count({ collection: collectionOf(path), overrideAccess: true, trash: true } as never)).totalDocs

/** A harmless change for each path's update cells. */
const CHANGE: Record<string, Record<string, unknown>> = {
  applications: { publicSummary: '访问表' }, members: { tasks: '访问表' }, agreements: { title: '访问表' }, 'ip-contracts': { title: '访问表' },
  projects: { title: '访问表' }, disbursements: { note: '访问表' }, 'fund-uses': { description: '访问表' }, evaluations: { selfReport: '访问表' },
  'tic-figures': { staff: 1 }, 'exception-requests': { decisionReason: '访问表' }, reviews: { opinion: '访问表' }, objections: { finding: '访问表' }, 'application-notes': { body: '访问表' }, 'audit-log': { summary: '访问表' },
  organizations: { legalRepresentative: '访问表' }, users: { phone: '0574-0000' }, notifications: { resend: false }, media: { title: '访问表' },
  programs: { year: 2022 }, 'policy-revisions': { label: '访问表修订' }, districts: { city: '宁波' }, 'calendar-days': { name: '访问表' }, 'login-throttles': { attempts: 2 },
  'payload-jobs': { queue: 'x' }, 'spreadsheet-jobs': { message: '访问表' }, 'payload-kv': { key: 'x' }, 'payload-query-presets': { title: '访问表' }, 'payload-locked-documents': { globalSlug: 'x' }, 'payload-migrations': { name: 'x' },
}

/** What a create sends: on X for "own", on Y for "other" (applications: the lead of X or Y). */
function createBody(path: string, scope: Cell['scope'], role: Role): Record<string, unknown> {
  const app = scope === 'other' ? Y : scope === 'unrelated' ? U : X
  const lead = scope === 'other' ? world.orgs.ticHost : scope === 'unrelated' ? uOrg : world.orgs.nbLead
  const n = Math.floor(Math.random() * 1e6)
  switch (path) {
    case 'applications': return { title: `新申报${n}`, program: world.programs.nbConsortium, lead }
    case 'members': return { application: app, organization: world.orgs.cxLead, role: 'enterprise' }
    case 'agreements': return { application: app, title: `协议${n}`, signedOn: '2026-01-05', file: fileId }
    case 'ip-contracts': return { application: app, title: `知识产权${n}`, ownership: 'joint', file: fileId, benefitShares: [{ partyKind: 'carrier', shareBasisPoints: 10000 }] }
    case 'projects': return { application: app, title: `项目${n}`, kind: 'jianbing', year: 2026, status: 'in-progress' }
    case 'disbursements': return { application: app, basis: 'capability-investment', installment: 'annual', year: 2026, amount: 1 }
    case 'fund-uses': return { application: app, year: 2026, source: 'own', category: 'other-lawful', description: '设备', amount: 1 }
    case 'evaluations': return { application: app, year: 2024, kind: 'annual' }
    case 'tic-figures': return { application: app, year: 2019 + (n % 5) }
    case 'exception-requests': return { application: app, ruleId: 'nb.lead.platform', reason: `访问表：申请豁免的理由${n}` }
    case 'reviews': return { application: app, stage: 'expert-review', expert: role === 'expert' ? userIds.expert : scope === 'other' ? world.users.expert2.id : scope === 'unrelated' ? world.users.expert3.id : world.users.expert1.id }
    case 'objections': return { application: app, objector: '某人', content: '异议', receivedOn: '2026-02-01' }
    case 'application-notes': return { application: app, body: `批注${n}` }
    case 'audit-log': return { at: '2026-01-01', action: 'transition', collectionSlug: 'applications', docId: '1' }
    case 'organizations': return { name: `新单位${n}`, creditCode: '91330200MA2H00017Q', kind: 'enterprise' }
    case 'users': return { email: `new${n}@example.org`, password: 'Table-password-9', name: '新用户', role: 'applicant', organization: world.orgs.cxLead }
    case 'notifications': return { toAddress: 'x@example.org', businessKey: `k${n}` }
    case 'programs': return { title: `批次${n}`, year: 2027, policySet: 'nb-consortium-2021', carrierKind: 'consortium', opensOn: '2027-01-01', closesOn: '2027-12-31' }
    case 'policy-revisions': return { policySet: 'wh-consortium-2022', label: `访问表${n}`, effectiveFrom: '2091-01-01' }
    case 'districts': return { name: `区${n}`, city: '宁波', code: `3302${n}` }
    case 'calendar-days': return { date: `2032-01-0${1 + (n % 8)}`, kind: 'holiday', name: '节日' }
    case 'login-throttles': return { key: `k${n}`, scope: 'address' }
    case 'spreadsheet-jobs': return { title: `导出${n}`, kind: 'export', status: 'done', owner: userIds[role as Exclude<Role, 'anonymous'>] ?? userIds.admin, target: 'applications' }
    case 'payload-jobs': return { taskSlug: 'reap-stuck-jobs', input: {}, waitUntil: '2099-01-01T00:00:00.000Z' }
    case 'payload-locked-documents': return { document: { relationTo: 'applications', value: lockedApp }, user: { relationTo: 'users', value: userIds.admin } }
    case 'payload-migrations': return { name: 'evil', batch: 99 }
    case 'payload-kv': return { key: 'evil', data: {} }
    case 'payload-query-presets': return { title: `筛选${n}`, relatedCollection: 'applications', where: {}, access: { read: { constraint: 'onlyMe' }, update: { constraint: 'onlyMe' }, delete: { constraint: 'onlyMe' } } }
    default: return {}
  }
}

const accessRefusal = async (response: Response): Promise<boolean> => {
  if (response.status !== 400) return false
  const text = await response.clone().text()
  return /"rule":"access\./.test(text)
}

const pdf = pdfBytes

/** An allowed delete takes a fresh copy of the row (unreferenced, so the delete itself is what is tested). */
async function cloneOf(cell: Cell): Promise<Id | string | undefined> {
  const { payload } = ctx
  const id = cell.scope === 'any' ? rows[cell.path]!.own(cell.role) : rowOf(cell.path, cell.scope, cell.role)
  if (cell.path === 'payload-preferences') {
    const key = `clone-${Math.random().toString(36).slice(2)}`
    const owner = userIds[cell.role as Exclude<Role, 'anonymous'>]
    await payload.db.create({ collection: 'payload-preferences', data: { key, value: { a: 1 }, user: { relationTo: 'users', value: owner } } })
    return key
  }
  const row = await stored(payload, cell.path, id)
  if (!row) return undefined
  const n = Math.random().toString(36).slice(2, 8)
  // Array rows carry their own ids: a copy gets new ones.
  const fresh = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(fresh) : v && typeof v === 'object' && !(v instanceof Date) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === 'id' ? Math.random().toString(16).slice(2).padEnd(24, '0') : fresh(x)])) : v
  const data = fresh(row) as Record<string, unknown>
  delete data.id
  for (const k of ['id', 'createdAt', 'updatedAt', 'sessions', 'hash', 'salt', 'filename', 'url']) delete data[k]
  for (const k of ['email', 'creditCode', 'code', 'key', 'businessKey']) if (typeof data[k] === 'string') data[k] = k === 'email' ? `clone-${n}@example.org` : `${String(data[k])}-${n}`
  if (cell.path === 'members') data.organization = world.orgs.zhouxiang
  if (cell.path === 'reviews') data.expert = ((await payload.db.create({ collection: 'users', data: { email: `reviewer-${n}@example.org`, name: '评审', role: 'expert' } })) as { id: Id }).id
  if (typeof data.year === 'number' && cell.path !== 'programs') data.year = 1990 + cloneCount++ // (application, year) is unique
  if (cell.path === 'calendar-days') data.date = `2040-0${1 + Math.floor(Math.random() * 9)}-1${Math.floor(Math.random() * 9)}T00:00:00.000Z`
  try {
    return ((await payload.db.create({ collection: collectionOf(cell.path), data })) as { id: Id }).id
  } catch (error) {
    throw new Error(`copying a ${cell.path} row for the delete cell failed: ${(error as Error).message.slice(0, 300)}`)
  }
}

async function request(cell: Cell, target?: Id | string): Promise<Response> {
  const token = tokens[cell.role]
  const row = cell.scope === 'any' || cell.op === 'create' ? undefined : rowOf(cell.path, cell.scope, cell.role)
  const anyId = rows[cell.path]?.own(cell.role)
  const id = target ?? row ?? anyId
  if (cell.path.endsWith('/versions')) return rest.get(`/${cell.path}?where[parent][equals]=${id}&depth=0`, token)
  if (cell.path === 'payload-preferences') {
    return cell.op === 'read' ? rest.get(`/payload-preferences/${id}`, token) : rest.delete(`/payload-preferences/${id}`, token)
  }
  switch (cell.op) {
    case 'read': return rest.get(`/${cell.path}/${id}?depth=0`, token)
    case 'update': return rest.patch(`/${cell.path}/${id}`, CHANGE[cell.path] ?? {}, token)
    case 'delete': return rest.delete(`/${cell.path}/${id}`, token)
    case 'create': {
      if (cell.path === 'media') {
        const form = new FormData()
        form.append('file', new Blob([pdf], { type: 'application/pdf' }), `new-${Math.random().toString(36).slice(2)}.pdf`)
        form.append('_payload', JSON.stringify({ title: '新文件' }))
        return rest.raw('POST', '/media', { body: form, token })
      }
      return rest.post(`/${cell.path}`, createBody(cell.path, cell.scope, cell.role), token)
    }
  }
}

async function check(cell: Cell): Promise<string | null> {
  const { payload } = ctx
  const label = `${cell.role} ${cell.op} ${cell.path} ${cell.scope}`
  const rowId = cell.scope === 'any' || cell.op === 'create' ? rows[cell.path]?.own(cell.role) : rowOf(cell.path, cell.scope, cell.role)
  const before = cell.op === 'create' ? await count(payload, cell.path) : null
  const was = cell.op === 'update' || cell.op === 'delete' ? await stored(payload, cell.path, rowId!) : null
  const target = cell.op === 'delete' && cell.allowed ? await cloneOf(cell) : undefined
  const response = await request(cell, target)
  if (response.status >= 500) return `${label}: ${response.status}`
  if (cell.path === 'payload-preferences' && cell.op === 'read' && response.status === 200) {
    // Preferences answer 200 with value null for a key the user does not have: reading means getting the value.
    const sees = ((await response.clone().json()) as { value?: unknown }).value != null
    return sees === cell.allowed ? null : `${label}: ${sees ? 'reads' : 'does not read'} the preference`
  }
  if (target !== undefined) {
    if (DENIED.has(response.status) || response.status >= 400) return `${label}: refused (${response.status} ${(await response.text()).slice(0, 160)})`
    return (await stored(payload, cell.path, target)) ? `${label}: answered ${response.status} but the record is still there` : null
  }
  // An allowed cell may meet a business rule (400), never an access refusal; a refused one is any 4xx.
  const denied = cell.allowed ? DENIED.has(response.status) || (await accessRefusal(response)) : response.status >= 400
  if (cell.path.endsWith('/versions') && response.status === 200) {
    const json = (await response.clone().json()) as { totalDocs?: number }
    const sees = (json.totalDocs ?? 0) > 0
    return sees === cell.allowed ? null : `${label}: ${sees ? 'reads' : 'does not read'} the versions`
  }
  if (cell.allowed) return denied ? `${label}: refused (${response.status} ${(await response.text()).slice(0, 160)})` : null
  if (!denied) return `${label}: allowed (${response.status} ${(await response.text()).slice(0, 160)})`
  // Refused: nothing written.
  if (before !== null && (await count(payload, cell.path)) !== before) return `${label}: refused but a record was written`
  if (was) {
    const now = await stored(payload, cell.path, rowId!)
    if (!now) return `${label}: refused but the record is gone`
    if (String(now.updatedAt) !== String(was.updatedAt)) return `${label}: refused but the record changed`
  }
  return null
}

/**
 * Creates: cells of different collections run side by side (each collection's own cells one after another, since a refused
 * one is checked against its collection's count and rows); collections whose rows other writes create or remove
 * (the audit trail, notifications, locks, jobs) and users (the administrator deletes itself last) run afterwards.
 */
const AFTERWARDS = ['audit-log', 'notifications', 'payload-locked-documents', 'payload-jobs', 'users']
async function runGrouped(list: Cell[], sideBySide = true): Promise<string[]> {
  const groups = new Map<string, Cell[]>()
  for (const cell of list) groups.set(cell.path, [...(groups.get(cell.path) ?? []), cell])
  const inOrder = async (cellsOfPath: Cell[]) => {
    const out: string[] = []
    for (const cell of cellsOfPath) {
      const p = await check(cell)
      if (p) out.push(p)
    }
    return out
  }
  const first = [...groups.entries()].filter(([path]) => !AFTERWARDS.includes(path)).map(([, g]) => g)
  const problems: string[] = []
  if (sideBySide) problems.push(...(await Promise.all(first.map(inOrder))).flat())
  else for (const g of first) problems.push(...(await inOrder(g)))
  for (const path of AFTERWARDS) problems.push(...(await inOrder(groups.get(path) ?? [])))
  return problems
}

describe('the access table', () => {
  const all = cells()

  it('covers every collection Payload exposes, each versions endpoint and Payload’s own', () => {
    const paths = new Set(ACCESS_TABLE.map((r) => r.path))
    for (const c of ctx.payload.config.collections) {
      expect(paths.has(c.slug), c.slug).toBe(true)
      if (c.versions) expect(paths.has(`${c.slug}/versions`), `${c.slug}/versions`).toBe(true)
    }
    expect(all.length).toBeGreaterThan(500)
    // Every row with own and other rows has an unrelated one too (except preferences, addressed by key).
    expect(all.filter((c) => c.scope === 'unrelated').length).toBeGreaterThan(150)
    console.info(`access table: ${all.length} cells (${all.filter((c) => c.scope === 'unrelated').length} on unrelated rows)`)
  })

  // Reads and creates in parallel batches per role (they don't disturb each other's rows); updates and deletes one
  // by one (a refused one is checked against the stored row), deletes last and the allowed ones at the very end.
  it('reads: every cell', { timeout: 300_000 }, async () => {
    const problems = (await Promise.all(all.filter((c) => c.op === 'read').map(check))).filter(Boolean)
    expect(problems).toEqual([])
  })

  it('creates: every cell, nothing written when refused', { timeout: 300_000 }, async () => {
    expect(await runGrouped(all.filter((c) => c.op === 'create'))).toEqual([])
  })

  it('updates: every cell, the row unchanged when refused', { timeout: 300_000 }, async () => {
    // One at a time: updates of an application's children lock the application row (PostgreSQL would queue them).
    expect(await runGrouped(all.filter((c) => c.op === 'update'), false)).toEqual([])
  })

  it('deletes: every cell, the row still there when refused', { timeout: 300_000 }, async () => {
    const deletes = all.filter((c) => c.op === 'delete')
    const order = (c: Cell) => (c.allowed ? 4 : 0) + (['applications', 'organizations', 'users', 'districts', 'programs'].includes(c.path) ? 2 : 0) + (c.scope === 'own' ? 1 : 0)
    expect(await runGrouped([...deletes].sort((a, b) => order(a) - order(b)), false)).toEqual([])
  })
})

describe('drafts are not in a district officer’s remit', () => {
  const letterOf = (path: string, role: Role) => ACCESS_TABLE.find((r) => r.path === path)!.read[['admin', 'city', 'district', 'expert', 'applicant', 'anonymous'].indexOf(role)]

  it('the district officer reads no row of a draft of its district, by id or in a list; the applicant and the city bureau do', async () => {
    const problems: string[] = []
    for (const path of HIDDEN_DRAFT_PATHS) {
      const id = drafts[path]!
      const read = (role: Role) =>
        path.endsWith('/versions') ? rest.get(`/${path}?where[parent][equals]=${id}&depth=0`, tokens[role]) : rest.get(`/${path}/${id}?depth=0`, tokens[role])
      const sees = async (role: Role) => {
        const response = await read(role)
        if (response.status !== 200) return false
        return path.endsWith('/versions') ? (((await response.json()) as { totalDocs: number }).totalDocs ?? 0) > 0 : true
      }
      if (await sees('district')) problems.push(`district reads the draft's ${path}`)
      if (!path.endsWith('/versions')) {
        const list = await rest.get(`/${path}?depth=0&limit=500&where[id][equals]=${id}`, tokens.district)
        if (list.status === 200 && ((await list.json()) as { docs: unknown[] }).docs.length > 0) problems.push(`district lists the draft's ${path}`)
      }
      // The same row is readable by whoever the table lets read X's (so the refusal is about the draft, not the row).
      for (const role of ['city', 'applicant'] as const) {
        const expected = letterOf(path, role) === 'a' || letterOf(path, role) === 'o'
        if ((await sees(role)) !== expected) problems.push(`${role} ${expected ? 'does not read' : 'reads'} the draft's ${path}`)
      }
    }
    expect(problems).toEqual([])
  })

  it('the district officer creates no record on a draft of its district (creating needs reading the application); the city bureau does', async () => {
    const { payload } = ctx
    const paths = ACCESS_TABLE.map((r) => r.path).filter(districtCreatesOnOwn)
    expect(paths).toEqual(expect.arrayContaining(['application-notes', 'members', 'agreements', 'ip-contracts', 'fund-uses', 'tic-figures']))
    const problems: string[] = []
    for (const path of paths) {
      const body = { ...createBody(path, 'own', 'district'), application: drafts.applications }
      const before = await count(payload, path)
      const response = await rest.post(`/${path}`, body, tokens.district)
      const json = (await response.json()) as { errors?: { data?: { violations?: { rule: string; message: { zh: string; en: string }; field?: string }[] } }[] }
      const violation = json.errors?.[0]?.data?.violations?.[0]
      if (response.status !== CREATE_REQUIRES_READ.status || violation?.rule !== CREATE_REQUIRES_READ.rule) problems.push(`district creates ${path} on the draft: ${response.status} ${JSON.stringify(json).slice(0, 200)}`)
      else if (!/申报/.test(violation.message.zh) || !/application/.test(violation.message.en) || violation.field !== 'application') problems.push(`${path}: the refusal does not say why in both languages: ${JSON.stringify(violation)}`)
      if ((await count(payload, path)) !== before) problems.push(`district's refused ${path} on the draft was written`)
    }
    // The same note on the same draft is the city bureau's to write.
    const city = await rest.post('/application-notes', { application: drafts.applications, body: '市局在草稿上的批注' }, tokens.city)
    if (city.status !== 201) problems.push(`city cannot note the draft: ${city.status} ${(await city.text()).slice(0, 200)}`)
    // Once submitted (returned: submitted once), the draft is the district's to note.
    await payload.db.updateOne({ collection: 'applications', id: drafts.applications!, data: { status: 'returned' } })
    try {
      const after = await rest.post('/application-notes', { application: drafts.applications, body: '提交后区县的批注' }, tokens.district)
      if (after.status !== 201) problems.push(`district cannot note the application once submitted: ${after.status} ${(await after.text()).slice(0, 200)}`)
    } finally {
      await payload.db.updateOne({ collection: 'applications', id: drafts.applications!, data: { status: 'draft' } })
    }
    expect(problems).toEqual([])
  })

  it('a draft’s uploads are the applicant’s: the district officer reads neither the document nor its file until the application is submitted', async () => {
    const { payload } = ctx
    // The applicant uploads its signed agreement and attaches it to the draft D (and to nothing else).
    const form = new FormData()
    form.append('file', new Blob([pdf], { type: 'application/pdf' }), `draft-agreement-${Math.random().toString(36).slice(2)}.pdf`)
    form.append('_payload', JSON.stringify({ title: '草稿的协议扫描件' }))
    const uploaded = await rest.raw('POST', '/media', { body: form, token: tokens.applicant })
    expect(uploaded.status).toBe(201)
    const media = ((await uploaded.json()) as { doc: { id: Id; filename: string } }).doc
    const agreement = await rest.post('/agreements', { application: drafts.applications, title: '草稿协议（含附件）', signedOn: '2026-01-05', file: media.id }, tokens.applicant)
    expect(agreement.status, await agreement.clone().text()).toBe(201)
    const reads = async (role: Role) => {
      const doc = await rest.get(`/media/${media.id}?depth=0`, tokens[role])
      const file = await rest.get(`/media/file/${encodeURIComponent(media.filename)}`, tokens[role])
      return { doc: doc.status, file: file.status }
    }
    const before = await reads('district')
    expect([403, 404]).toContain(before.doc)
    expect([403, 404]).toContain(before.file)
    expect(await reads('applicant')).toEqual({ doc: 200, file: 200 })
    expect(await reads('city')).toEqual({ doc: 200, file: 200 })
    // Nor by attaching its id to a record of its own remit: an upload field takes only a file its writer can read.
    const smuggled = await rest.post('/agreements', { application: X, title: '借用附件', signedOn: '2026-01-05', file: media.id }, tokens.district)
    expect(smuggled.status).toBeGreaterThanOrEqual(400)
    expect(smuggled.status).toBeLessThan(500)
    expect(await reads('district')).toEqual(before)
    // Submitted (returned: submitted once): now in the district's remit, with its files.
    await payload.db.updateOne({ collection: 'applications', id: drafts.applications!, data: { status: 'returned' } })
    try {
      expect(await reads('district')).toEqual({ doc: 200, file: 200 })
    } finally {
      await payload.db.updateOne({ collection: 'applications', id: drafts.applications!, data: { status: 'draft' } })
    }
  })
})
