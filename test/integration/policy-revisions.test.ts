// Policy parameters as data (issue 17): revisions with effective dates govern payments, checklists and previews;
// drafting and publishing need the new permission; bad figures are refused in the one error shape.
import type { Payload, RequiredDataFromCollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { WORKFLOWS } from '../../src/policies'
import { errorText, PASSWORD, rejectionOf, seedWorld, type Id, type UserDoc, type World } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { restClient, type RestClient } from '../helpers/rest'

let ctx: TestContext
let rest: RestClient
let world: World
let adminToken: string
let cityToken: string
/** A second city officer, to whom the administrator grants the permission. */
let editor: UserDoc
let editorToken: string

const seed = { overrideAccess: true, context: { seed: true } } as const

async function seedApp(payload: Payload, data: Record<string, unknown>): Promise<Id> {
  return (await payload.create({ collection: 'applications', data: data as RequiredDataFromCollectionSlug<'applications'>, ...seed })).id
}

/** Publishes a revision of one set as the administrator (effective dates in the future or past alike). */
async function publishAsAdmin(policySet: string, label: string, labelEn: string, effectiveFrom: string, changes: Record<string, number>): Promise<Id> {
  const draft = await ctx.payload.create({
    collection: 'policy-revisions',
    data: { policySet, label, labelEn, effectiveFrom, status: 'draft' } as never,
    user: world.users.admin,
    overrideAccess: false,
  })
  const values = (draft.values ?? []).map((row) => (row.key in changes ? { ...row, value: changes[row.key]! } : row))
  await ctx.payload.update({
    collection: 'policy-revisions',
    id: draft.id,
    data: { values, status: 'published', reason: '测试：市政府修订了支持标准，自生效日起施行' } as never,
    user: world.users.admin,
    overrideAccess: false,
  })
  return draft.id
}

const pay = (application: Id, year: number, amount: number, paidOn?: string) =>
  ({ application, basis: 'capability-investment', installment: 'annual', year, amount, ...(paidOn ? { paidOn } : {}) }) as RequiredDataFromCollectionSlug<'disbursements'>

beforeAll(async () => {
  ctx = await startPayload()
  world = await seedWorld(ctx.payload)
  rest = restClient(ctx.payload.config)
  adminToken = await rest.login('admin@example.org', PASSWORD)
  cityToken = await rest.login('city@example.org', PASSWORD)
  const created = await ctx.payload.create({
    collection: 'users',
    data: { email: 'policy-editor@example.org', password: PASSWORD, name: '参数修订员', role: 'city-officer' } as never,
    overrideAccess: true,
  })
  editor = { ...(created as unknown as Record<string, unknown>), collection: 'users' } as UserDoc
  editorToken = await rest.login('policy-editor@example.org', PASSWORD)
}, 180_000)
afterAll(async () => ctx?.close())

describe('the first revision of every set is seeded from the documents', () => {
  it('holds the five documents’ figures, published, with document and article per figure', async () => {
    const found = await ctx.payload.find({ collection: 'policy-revisions', where: { status: { equals: 'published' } }, overrideAccess: true, depth: 0, limit: 50 })
    const sets = found.docs.map((d) => d.policySet).sort()
    expect(sets).toEqual(['cx-complex', 'nb-consortium-2021', 'nb-tic-2022', 'wh-consortium-2022', 'zj-consortium'])
    const tic = found.docs.find((d) => d.policySet === 'nb-tic-2022')!
    const row = (key: string) => tic.values?.find((r) => r.key === key)
    expect(row('totalCap')?.value).toBe(10_000_000)
    expect(row('firstYearCap')?.value).toBe(5_000_000)
    expect(row('annualPct')?.value).toBe(30)
    expect(row('totalCap')?.article).toBe('三（四）')
    expect(row('totalCap')?.document).toContain('宁波市技术创新中心建设工作指引')
  })
})

describe('permission: only an administrator grants it; only holders draft and publish', () => {
  it('refuses a city officer without the permission (403) and saves nothing', async () => {
    const before = (await ctx.payload.count({ collection: 'policy-revisions', overrideAccess: true })).totalDocs
    const response = await rest.post('/policy-revisions', { policySet: 'zj-consortium', label: '无权起草', effectiveFrom: '2090-01-01' }, cityToken)
    expect(response.status).toBe(403)
    expect((await ctx.payload.count({ collection: 'policy-revisions', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('a city officer cannot give himself the permission; an administrator can', async () => {
    await rest.patch(`/users/${editor.id}`, { canEditPolicy: true }, editorToken)
    expect((await ctx.payload.findByID({ collection: 'users', id: editor.id, overrideAccess: true })).canEditPolicy).not.toBe(true)
    const granted = await rest.patch(`/users/${editor.id}`, { canEditPolicy: true }, adminToken)
    expect(granted.status).toBe(200)
    expect((await ctx.payload.findByID({ collection: 'users', id: editor.id, overrideAccess: true })).canEditPolicy).toBe(true)
    editorToken = await rest.login('policy-editor@example.org', PASSWORD)
  })

  it('the permitted officer drafts (every figure filled from the revision in force) and publishes a future revision with a reason; both are audited', async () => {
    const created = await rest.post('/policy-revisions', { policySet: 'wh-consortium-2022', label: '2090 年修订参数', labelEn: '2090 revision', effectiveFrom: '2090-01-01' }, editorToken)
    expect(created.status).toBe(201)
    const doc = ((await created.json()) as { doc: { id: Id; values: { key: string; value: number; id: string }[] } }).doc
    expect(doc.values.map((r) => r.key)).toEqual(['minPeerExperts', 'noticeWorkingDays', 'minReviews', 'passScore'])
    const values = doc.values.map((r) => (r.key === 'minPeerExperts' ? { ...r, value: 5 } : r))
    // Without a reason: refused, still a draft.
    const noReason = await rest.patch(`/policy-revisions/${doc.id}`, { values, status: 'published' }, editorToken)
    expect(noReason.status).toBe(400)
    expect(await noReason.text()).toContain('policy.revision-reason')
    expect((await ctx.payload.findByID({ collection: 'policy-revisions', id: doc.id, overrideAccess: true })).status).toBe('draft')
    const published = await rest.patch(`/policy-revisions/${doc.id}`, { values, status: 'published', reason: '威海市修订同行评议办法，提高专家人数' }, editorToken)
    expect(published.status).toBe(200)
    const audit = await ctx.payload.find({ collection: 'audit-log', where: { and: [{ collectionSlug: { equals: 'policy-revisions' } }, { docId: { equals: String(doc.id) } }] }, overrideAccess: true, sort: 'at' })
    expect(audit.docs.map((a) => a.action)).toEqual(['create', 'change'])
    const publication = audit.docs[1]!
    expect(publication.transition).toBe('publish-revision')
    expect(publication.reason).toBe('威海市修订同行评议办法，提高专家人数')
    expect(publication.summary).toContain('同行评议专家最少人数：3 → 5')
    expect(publication.actorName).toBe('参数修订员')
    // Published: nobody edits it any more.
    const edit = await rest.patch(`/policy-revisions/${doc.id}`, { label: '改名' }, editorToken)
    expect([403, 404]).toContain(edit.status)
    const local = await rejectionOf(ctx.payload.update({ collection: 'policy-revisions', id: doc.id, data: { label: '改名' }, overrideAccess: true }))
    expect(errorText(local)).toContain('policy.revision-published')
  })

  it('a past-effective revision needs an administrator: the officer is refused, the administrator publishes with a reason', async () => {
    const created = await rest.post('/policy-revisions', { policySet: 'wh-consortium-2022', label: '追溯修订', effectiveFrom: '2024-01-01' }, editorToken)
    const id = ((await created.json()) as { doc: { id: Id } }).doc.id
    const refused = await rest.patch(`/policy-revisions/${id}`, { status: 'published', reason: '更正2024年起适用的专家人数' }, editorToken)
    expect(refused.status).toBe(400)
    const body = (await refused.json()) as { errors: { data: { violations: { rule: string; message: { zh: string; en: string } }[] } }[] }
    const v = body.errors[0]!.data.violations.find((x) => x.rule === 'access.policy-past-effective')!
    expect(v.message.zh).toContain('只能由系统管理员发布')
    expect(v.message.en).toContain('only an administrator')
    const ok = await rest.patch(`/policy-revisions/${id}`, { status: 'published', reason: '更正2024年起适用的专家人数' }, adminToken)
    expect(ok.status).toBe(200)
  })
})

describe('safety: figures are validated, the set stays consistent, errors in the one shape', () => {
  const post = async (changes: Record<string, unknown>) => {
    const created = await rest.post('/policy-revisions', { policySet: 'nb-tic-2022', label: `校验${Math.random()}`, effectiveFrom: '2091-01-01' }, editorToken)
    const doc = ((await created.json()) as { doc: { id: Id; values: { key: string; value: number }[] } }).doc
    const values = doc.values.map((r) => (r.key in changes ? { ...r, value: changes[r.key] } : r))
    const response = await rest.patch(`/policy-revisions/${doc.id}`, { values }, editorToken)
    const stored = await ctx.payload.findByID({ collection: 'policy-revisions', id: doc.id, overrideAccess: true })
    return { response, stored }
  }

  it('refuses a first-year cap above the total cap (inconsistent), naming both figures in Chinese and English', async () => {
    const { response, stored } = await post({ firstYearCap: 12_000_000 })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: { data: { violations: { rule: string; article: string; message: { zh: string; en: string } }[] } }[] }
    const v = body.errors[0]!.data.violations[0]!
    expect(v.rule).toBe('policy.parameter-inconsistent')
    expect(v.article).toContain('三（四）')
    expect(v.message.zh).toContain('首年创建经费上限（12,000,000 元）不能高于创建期支持总额上限（10,000,000 元）')
    expect(v.message.en).toContain('cannot exceed the creation-period total cap')
    expect(stored.values?.find((r) => r.key === 'firstYearCap')?.value).toBe(5_000_000)
  })

  it('refuses a percentage above 100 and money that is not whole yuan', async () => {
    const pct = await post({ annualPct: 120 })
    expect(pct.response.status).toBe(400)
    const text = await pct.response.text()
    expect(text).toContain('policy.parameter-invalid')
    expect(text).toContain('0 至 100')
    const money = await post({ totalCap: 1_000_000.5 })
    expect(money.response.status).toBe(400)
    expect(await money.response.text()).toContain('整数')
    expect(money.stored.values?.find((r) => r.key === 'totalCap')?.value).toBe(10_000_000)
  })
})

describe('which revision governs: payments on their day', () => {
  let ticA: Id
  beforeAll(async () => {
    // Recognised 2025: 2025 is creation year 1, 2027 year 3. 9,000,000 paid by 2026.
    ticA = await seedApp(ctx.payload, {
      title: '参数修订·技术创新中心甲',
      program: world.programs.nbTic,
      lead: world.orgs.ticHost,
      status: 'in-construction',
      recognizedOn: '2025-01-15T00:00:00.000Z',
      capabilityInvestments: [{ year: 2025, amount: 20_000_000 }, { year: 2026, amount: 20_000_000 }, { year: 2027, amount: 30_000_000 }],
    })
    const asCity = { user: world.users.city, overrideAccess: false as const }
    await ctx.payload.create({ collection: 'disbursements', data: pay(ticA, 2025, 5_000_000, '2025-06-01'), ...asCity })
    await ctx.payload.create({ collection: 'disbursements', data: pay(ticA, 2026, 4_000_000, '2026-03-01'), ...asCity })
    await publishAsAdmin('nb-tic-2022', '2027 年修订参数', '2027 revision', '2027-01-01', { totalCap: 15_000_000 })
  })

  it('refuses a 2026 payment above the old 10,000,000 cap, naming the revision it applied', async () => {
    const error = await rejectionOf(ctx.payload.create({ collection: 'disbursements', data: pay(ticA, 2026, 2_000_000, '2026-11-20'), user: world.users.city, overrideAccess: false }))
    const text = errorText(error)
    expect(text).toContain('tic.funding.total-10m')
    expect(text).toContain('合计最高 1,000万元')
    expect(text).toContain('依据文件原文参数')
    expect(text).toContain('under the original figures of the document')
  })

  it('accepts the same payment in 2027 under the raised cap, and refuses one above the new cap naming the 2027 revision', async () => {
    const ok = await ctx.payload.create({ collection: 'disbursements', data: pay(ticA, 2027, 2_000_000), user: world.users.city, overrideAccess: false })
    expect(ok.amount).toBe(2_000_000)
    const error = await rejectionOf(ctx.payload.create({ collection: 'disbursements', data: pay(ticA, 2027, 4_500_000, '2027-02-01'), user: world.users.city, overrideAccess: false }))
    const text = errorText(error)
    expect(text).toContain('合计最高 1,500万元')
    expect(text).toContain('依据2027 年修订参数')
    expect(text).toContain('under the 2027 revision')
  })
})

describe('preview: exactly the records whose outcome changes', () => {
  it('lists the 2027 payment that a lower annual percentage would refuse, and not the one that still passes', async () => {
    const make = async (title: string, amount: number) => {
      const id = await seedApp(ctx.payload, {
        title,
        program: world.programs.nbTic,
        lead: world.orgs.ticHost,
        status: 'in-construction',
        recognizedOn: '2026-01-15T00:00:00.000Z',
        capabilityInvestments: [{ year: 2027, amount: 20_000_000 }],
      })
      return (await ctx.payload.create({ collection: 'disbursements', data: pay(id, 2027, amount, '2027-03-01'), user: world.users.city, overrideAccess: false })).id
    }
    const fails = await make('参数修订·预览乙', 5_000_000)
    const passes = await make('参数修订·预览丙', 3_000_000)
    const created = await rest.post('/policy-revisions', { policySet: 'nb-tic-2022', label: '2027 年下调比例（草稿）', effectiveFrom: '2027-01-01' }, editorToken)
    const draft = ((await created.json()) as { doc: { id: Id; values: { key: string; value: number }[] } }).doc
    // Starts from the revision in force on 2027-01-01 (total cap 15,000,000), not the documents' figures.
    expect(draft.values.find((r) => r.key === 'totalCap')?.value).toBe(15_000_000)
    const values = draft.values.map((r) => (r.key === 'annualPct' ? { ...r, value: 20 } : r))
    expect((await rest.patch(`/policy-revisions/${draft.id}`, { values }, editorToken)).status).toBe(200)

    const response = await rest.get(`/policy-revisions/${draft.id}/preview`, editorToken)
    expect(response.status).toBe(200)
    const preview = (await response.json()) as { rows: { collection: string; id: Id; newlyFailing: string[]; newlyPassing: string[]; before: { revision: string } }[] }
    // The only payments dated 2027 are ticA's 2,000,000 (20% of 30,000,000 = 6,000,000: still passes) and these two.
    expect(preview.rows.map((r) => `${r.collection}:${r.id}`)).toEqual([`disbursements:${fails}`])
    expect(preview.rows[0]!.newlyFailing).toEqual(['tic.funding.annual-30pct'])
    expect(preview.rows[0]!.before.revision).toBe('2027 年修订参数')
    expect(preview.rows.some((r) => String(r.id) === String(passes))).toBe(false)
    // The preview is for editors only.
    expect((await rest.get(`/policy-revisions/${draft.id}/preview`, cityToken)).status).toBe(403)
  })

  it('lists an application that a lower member minimum would let pass, and only applications where that rule flips', async () => {
    const zj = await seedApp(ctx.payload, {
      title: '参数修订·浙江联合体丁',
      program: world.programs.zjConsortium,
      lead: world.orgs.zjLead,
      status: 'submitted',
      submittedOn: '2026-03-02T02:00:00.000Z',
    })
    for (const org of [world.orgs.nbLead, world.orgs.bl2, world.orgs.cxLead]) {
      await ctx.payload.create({ collection: 'members', data: { application: zj, organization: org, role: 'enterprise' } as never, ...seed })
    }
    const created = await rest.post('/policy-revisions', { policySet: 'zj-consortium', label: '成员下限 4（草稿）', effectiveFrom: '2026-01-01' }, editorToken)
    const draft = ((await created.json()) as { doc: { id: Id; values: { key: string; value: number }[] } }).doc
    const values = draft.values.map((r) => (r.key === 'minMembers' ? { ...r, value: 4 } : r))
    await rest.patch(`/policy-revisions/${draft.id}`, { values }, editorToken)
    const preview = (await (await rest.get(`/policy-revisions/${draft.id}/preview`, editorToken)).json()) as { rows: { collection: string; id: Id; newlyFailing: string[]; newlyPassing: string[] }[] }
    const mine = preview.rows.find((r) => String(r.id) === String(zj))!
    expect(mine.newlyPassing).toEqual(['zj.members.min-5'])
    // An oracle of our own: every zj application with exactly 4 units (lead included) that is not closed flips; nothing else.
    const apps = await ctx.payload.find({ collection: 'applications', where: { policySet: { equals: 'zj-consortium' } }, overrideAccess: true, depth: 0, pagination: false })
    const terminal = new Set(WORKFLOWS['zj-consortium'].states.filter((s) => s.terminal).map((s) => s.id as string))
    const day = (v: unknown) => (typeof v === 'string' ? new Date(new Date(v).getTime() + 8 * 3600_000).toISOString().slice(0, 10) : null)
    const expected: string[] = []
    for (const a of apps.docs) {
      if (terminal.has(a.status)) continue
      // The draft governs from 2026-01-01: applications judged on an earlier day are not affected.
      if ((day(a.receivedOn) ?? day(a.submittedOn) ?? '9999') < '2026-01-01') continue
      const members = await ctx.payload.find({ collection: 'members', where: { application: { equals: a.id } }, overrideAccess: true, depth: 0, pagination: false })
      const units = members.docs.length + (members.docs.some((m) => m.role === 'lead') ? 0 : 1)
      if (units === 4) expected.push(`applications:${a.id}`)
    }
    expect(preview.rows.map((r) => `${r.collection}:${r.id}`).sort()).toEqual(expected.sort())
    for (const r of preview.rows) expect([...r.newlyFailing, ...r.newlyPassing]).toEqual(['zj.members.min-5'])
  })
})

describe('past decisions keep their figures', () => {
  it('an application submitted in 2026 is still judged on 5 members after a 2027 revision lowers it to 4; a programme naming the 2027 revision judges on 4', async () => {
    const old = await seedApp(ctx.payload, {
      title: '参数修订·浙江联合体戊',
      program: world.programs.zjConsortium,
      lead: world.orgs.zjLead,
      status: 'submitted',
      submittedOn: '2026-04-01T02:00:00.000Z',
    })
    for (const org of [world.orgs.nbLead, world.orgs.bl2, world.orgs.cxLead]) {
      await ctx.payload.create({ collection: 'members', data: { application: old, organization: org, role: 'enterprise' } as never, ...seed })
    }
    const rev2027 = await publishAsAdmin('zj-consortium', '2027 年修订参数', '2027 revision', '2027-01-01', { minMembers: 4 })
    type Checklist = { items: { ruleId: string; status: string; title: { zh: string; en: string }; violation?: { message: { zh: string; en: string } } }[]; revision: { zh: string } }
    const checklist = async (id: Id) => (await (await rest.get(`/applications/${id}/checklist`, adminToken)).json()) as Checklist
    const before = await checklist(old)
    const item = before.items.find((i) => i.ruleId === 'zj.members.min-5')!
    expect(item.status).toBe('fail')
    expect(item.violation!.message.zh).toContain('一般不少于 5 个')
    expect(item.violation!.message.zh).toContain('依据文件原文参数')
    expect(before.revision.zh).toBe('文件原文参数')
    // The rule's title states the figure it was judged on, and names the revision.
    expect(before.items.find((i) => i.ruleId === 'zj.members.min-5')!.title.zh).toBe('成员单位一般不少于5个（含牵头单位）（依据文件原文参数）')

    // A programme configured in the admin that names the 2027 revision: its applications are judged on it.
    const program = await ctx.payload.create({
      collection: 'programs',
      data: { title: '2027年浙江省创新联合体（参数测试）', year: 2027, policySet: 'zj-consortium', carrierKind: 'consortium', opensOn: '2026-01-01', closesOn: '2027-12-31', noticeWorkingDays: 7, minReviews: 5, parameterRevision: rev2027, requiredDocuments: [{ title: '组建协议', note: '全体成员签章' }] } as never,
      user: world.users.city,
      overrideAccess: false,
    })
    await ctx.payload.update({ collection: 'applications', id: old, data: { program: program.id } as never, ...seed })
    const after = await checklist(old)
    expect(after.revision.zh).toBe('2027 年修订参数')
    expect(after.items.find((i) => i.ruleId === 'zj.members.min-5')!.status).toBe('pass')
    expect(after.items.find((i) => i.ruleId === 'zj.members.min-5')!.title.zh).toBe('成员单位一般不少于4个（含牵头单位）（依据2027 年修订参数）')
    expect(after.items.find((i) => i.ruleId === 'zj.members.min-5')!.title.en).toBe('At least 4 member units, lead included (generally) (under the 2027 revision)')
  })
})
