// Issue 17, second round, on real Payload (SQLite and PostgreSQL): a programme's required documents are listed in
// the checklist and block submission until uploaded; a programme's notice days override the revision's only when
// set; the Zhejiang self-report deadline and the Cixi third-party grade are read from the revision in force; the
// first revision of an existing database gets the new figures.
import type { Payload, RequiredDataFromCollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runConsortiumSelfEvaluations } from '../../src/jobs/tasks/evaluations'
import { chinaCalendar } from '../../src/lib/china-calendar'
import { FIRST_REVISION_LABEL, noticeEndsOn } from '../../src/policies'
import { seedPolicyRevisions } from '../../src/seed/policy-revisions'
import { createCixiComplex, PASSWORD, seedWorld, type Id, type World } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { restClient, type RestClient } from '../helpers/rest'

let ctx: TestContext
let rest: RestClient
let world: World
let applicantToken: string
let cityToken: string

const seed = { overrideAccess: true, context: { seed: true } } as const
const PDF = '%PDF-1.4\n1 0 obj<<>>endobj\nxref\n0 1\ntrailer<<>>\nstartxref\n0\n%%EOF\n'
const day = (v: unknown) => (typeof v === 'string' ? v.slice(0, 10) : null)

async function seedApp(payload: Payload, data: Record<string, unknown>): Promise<Id> {
  return (await payload.create({ collection: 'applications', data: data as RequiredDataFromCollectionSlug<'applications'>, ...seed })).id
}

/** Publishes a revision as the administrator (past or future effective dates alike). */
async function publishAsAdmin(policySet: string, label: string, labelEn: string, effectiveFrom: string, changes: Record<string, number>): Promise<Id> {
  const draft = await ctx.payload.create({ collection: 'policy-revisions', data: { policySet, label, labelEn, effectiveFrom, status: 'draft' } as never, user: world.users.admin, overrideAccess: false })
  const values = (draft.values ?? []).map((row) => (row.key in changes ? { ...row, value: changes[row.key]! } : row))
  await ctx.payload.update({ collection: 'policy-revisions', id: draft.id, data: { values, status: 'published', reason: '测试：市政府修订了相关规定，自生效日起施行' } as never, user: world.users.admin, overrideAccess: false })
  return draft.id
}

/** A PDF uploaded by a user through the Local API with that user's access. */
async function upload(userKey: keyof World['users'], name: string): Promise<Id> {
  const doc = await ctx.payload.create({ collection: 'media', data: { title: name }, file: { data: Buffer.from(PDF), mimetype: 'application/pdf', name, size: PDF.length }, user: world.users[userKey], overrideAccess: false })
  return doc.id
}

type Refusal = { errors: { name?: string; message: string; data?: { violations?: { rule: string; message: { zh: string; en: string } }[] } }[] }
const violationsOf = (body: Refusal) => body.errors.flatMap((e) => e.data?.violations ?? [])

beforeAll(async () => {
  ctx = await startPayload()
  world = await seedWorld(ctx.payload)
  rest = restClient(ctx.payload.config)
  applicantToken = await rest.login('applicant@example.org', PASSWORD)
  cityToken = await rest.login('city@example.org', PASSWORD)
}, 180_000)
afterAll(async () => ctx?.close())

describe('documents a programme requires', () => {
  const PROGRAMME = '2026年宁波市企业创新联合体（材料测试批次）'
  let programId: Id
  let appId: Id

  beforeAll(async () => {
    const program = await ctx.payload.create({
      collection: 'programs',
      data: { title: PROGRAMME, year: 2026, policySet: 'nb-consortium-2021', carrierKind: 'consortium', opensOn: '2026-01-01', closesOn: '2026-12-31', requiredDocuments: [{ title: '组建协议', note: '全体成员签章' }, { title: '建设方案' }] } as never,
      user: world.users.city,
      overrideAccess: false,
    })
    programId = program.id
    const created = await rest.post('/applications', { title: '材料测试联合体', program: programId, lead: world.orgs.nbLead }, applicantToken)
    expect(created.status).toBe(201)
    appId = ((await created.json()) as { doc: { id: Id } }).doc.id
  })

  const submit = async () => rest.post(`/applications/${appId}/transition`, { name: 'submit' }, applicantToken)
  const docRefusals = async () => {
    const res = await submit()
    expect(res.status).toBe(400)
    return violationsOf((await res.json()) as Refusal).filter((v) => v.rule === 'guard.required-documents')
  }

  it('the applicant’s checklist lists each required document, with its note, as failing', async () => {
    const res = await rest.get(`/applications/${appId}/checklist`, applicantToken)
    expect(res.status).toBe(200)
    const body = (await res.json()) as { items: { ruleId: string; title: { zh: string; en: string }; status: string; note?: string }[] }
    const docs = body.items.filter((i) => i.ruleId === 'guard.required-documents')
    expect(docs.map((d) => [d.title.zh, d.status, d.note ?? null])).toEqual([
      ['须提交材料：组建协议', 'fail', '全体成员签章'],
      ['须提交材料：建设方案', 'fail', null],
    ])
    expect(docs[0]!.title.en).toBe('Required document: 组建协议')
  })

  it('submission is refused (400) naming each missing document and the programme, in Chinese and English; nothing changes', async () => {
    const refusals = await docRefusals()
    expect(refusals).toHaveLength(2)
    expect(refusals[0]!.message.zh).toContain(`申报批次“${PROGRAMME}”要求提交“组建协议”，尚未上传`)
    expect(refusals[1]!.message.zh).toContain('“建设方案”')
    expect(refusals[0]!.message.en).toContain(`The programme "${PROGRAMME}" requires "组建协议"`)
    const app = await ctx.payload.findByID({ collection: 'applications', id: appId, overrideAccess: true, depth: 0 })
    expect(app.status).toBe('draft')
    expect(app.submittedOn ?? null).toBeNull()
  })

  it('another unit’s file cannot be attached by id', async () => {
    const foreign = await upload('city', 'city-file.pdf')
    const res = await rest.patch(`/applications/${appId}`, { attachments: [{ title: '组建协议', file: foreign }] }, applicantToken)
    expect(await res.clone().text()).toContain('只能附上本人上传或有权查看的文件')
    expect(res.status).toBe(400)
    const app = await ctx.payload.findByID({ collection: 'applications', id: appId, overrideAccess: true, depth: 0 })
    expect(app.attachments ?? []).toEqual([])
  })

  it('with one uploaded (title spaced differently), only the other is named; with both, no document blocks', async () => {
    const agreement = await upload('applicant', 'agreement.pdf')
    const patched = await rest.patch(`/applications/${appId}`, { attachments: [{ title: ' 组建 协议', file: agreement }] }, applicantToken)
    expect(patched.status).toBe(200)
    const one = await docRefusals()
    expect(one.map((v) => v.message.zh)).toEqual([expect.stringContaining('“建设方案”')])

    const plan = await upload('applicant', 'plan.pdf')
    expect((await rest.patch(`/applications/${appId}`, { attachments: [{ title: ' 组建 协议', file: agreement }, { title: '建设方案', file: plan }] }, applicantToken)).status).toBe(200)
    const res = await submit()
    if (res.status !== 200) expect(violationsOf((await res.json()) as Refusal).filter((v) => v.rule === 'guard.required-documents')).toEqual([])
    const checklist = (await (await rest.get(`/applications/${appId}/checklist`, applicantToken)).json()) as { items: { ruleId: string; status: string }[] }
    expect(checklist.items.filter((i) => i.ruleId === 'guard.required-documents').map((i) => i.status)).toEqual(['pass', 'pass'])
  })
})

describe('notice period: one source of truth', () => {
  it('a programme that sets none follows the revision in force (7); one that sets 5 keeps 5', async () => {
    await publishAsAdmin('nb-tic-2022', '2026 年公示期修订', '2026 notice revision', '2026-01-01', { noticeWorkingDays: 7 })
    const mk = async (title: string, noticeWorkingDays?: number) =>
      (await ctx.payload.create({ collection: 'programs', data: { title, year: 2026, policySet: 'nb-tic-2022', carrierKind: 'tic', opensOn: '2026-01-01', closesOn: '2026-12-31', ...(noticeWorkingDays ? { noticeWorkingDays } : {}) } as never, user: world.users.city, overrideAccess: false })).id
    const follows = await mk('公示期跟随参数修订的批次')
    const fixed = await mk('公示期固定5天的批次', 5)
    const stored = await ctx.payload.findByID({ collection: 'programs', id: follows, overrideAccess: true, depth: 0 })
    expect(stored.noticeWorkingDays ?? null).toBeNull()

    const ends: Record<string, { start: string; end: string }> = {}
    for (const [key, program] of [['follows', follows], ['fixed', fixed]] as const) {
      const id = await seedApp(ctx.payload, { title: `公示期测试·${key}`, program, lead: world.orgs.ticHost, status: 'government-decision', submittedOn: '2026-03-01T02:00:00.000Z' })
      const res = await rest.post(`/applications/${id}/transition`, { name: 'start-public-notice' }, cityToken)
      expect(res.status, await res.clone().text()).toBe(200)
      const app = await ctx.payload.findByID({ collection: 'applications', id, overrideAccess: true, depth: 0 })
      ends[key] = { start: day(app.noticeStartsOn)!, end: day(app.noticeEndsOn)! }
    }
    expect(ends.follows!.end).toBe(noticeEndsOn(ends.follows!.start, 7, chinaCalendar()))
    expect(ends.fixed!.end).toBe(noticeEndsOn(ends.fixed!.start, 5, chinaCalendar()))
    expect(ends.follows!.end > ends.fixed!.end).toBe(true)
  })
})

describe('figures that became parameters', () => {
  it('Zhejiang: a 2027 revision moving the self-report deadline to 15 January opens the row due then and marks it overdue on the 20th', async () => {
    await publishAsAdmin('zj-consortium', '2027 年修订参数', '2027 revision', '2027-01-01', { selfReportDay: 15 })
    const opened = await runConsortiumSelfEvaluations(ctx.payload, '2027-01-10')
    expect(opened.opened.map(String)).toContain(String(world.apps.zjRecognized))
    const row = (await ctx.payload.find({ collection: 'evaluations', where: { and: [{ application: { equals: world.apps.zjRecognized } }, { year: { equals: 2026 } }, { kind: { equals: 'annual' } }] }, overrideAccess: true, depth: 0 })).docs[0]!
    expect(day(row.dueOn)).toBe('2027-01-15')
    // Under the document (31 January) the 20th is still in time; under the revision it is late.
    const late = await runConsortiumSelfEvaluations(ctx.payload, '2027-01-20')
    expect(late.markedOverdue.map(String)).toContain(String(world.apps.zjRecognized))
  })

  it('Cixi: under a revision keeping “一般” and above, a fair third-party evaluation keeps the complex', async () => {
    await publishAsAdmin('cx-complex', '2026 年修订参数', '2026 revision', '2026-01-01', { thirdPartyKeepGrade: 2 })
    const complex = await createCixiComplex(ctx.payload, world, '第三方评价参数测试综合体')
    const evaluation = await ctx.payload.create({ collection: 'evaluations', data: { application: complex, year: 2026, kind: 'third-party-3y', grade: 'fair' } as never, user: world.users.city, overrideAccess: false })
    expect(String(evaluation.consequence)).toMatch(/^continue: .*一般以上/)
    const app = await ctx.payload.findByID({ collection: 'applications', id: complex, overrideAccess: true, depth: 0 })
    expect(app.status).toBe('recognized')
  })

  it('a database seeded before these figures existed gets them in its first revision, with the documents’ values', async () => {
    const first = (await ctx.payload.find({ collection: 'policy-revisions', where: { and: [{ policySet: { equals: 'zj-consortium' } }, { label: { equals: FIRST_REVISION_LABEL.zh } }] }, overrideAccess: true, depth: 0 })).docs[0]!
    const older = (first.values ?? []).filter((r) => r.key !== 'selfReportMonth' && r.key !== 'selfReportDay')
    await ctx.payload.db.updateOne({ collection: 'policy-revisions', id: first.id, data: { values: older } })
    await seedPolicyRevisions(ctx.payload)
    const after = await ctx.payload.findByID({ collection: 'policy-revisions', id: first.id, overrideAccess: true, depth: 0 })
    const values = Object.fromEntries((after.values ?? []).map((r) => [r.key, r.value]))
    expect(values).toMatchObject({ selfReportMonth: 1, selfReportDay: 31, minMembers: 5 })
    expect((after.values ?? []).find((r) => r.key === 'selfReportMonth')?.article).toBe('四（五）')
  })
})
