// Each policy set's whole path on real Payload, role by role, including the steps that refuse.
import type { Payload } from 'payload'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../src/payload-types'
import { CONSORTIUM_REVIEW_FORM } from '../../src/policies'
import { seedDemo } from '../../src/seed/demo'
import { applyTransition } from '../../src/workflow/transition'
import { startPayload, type TestContext } from '../helpers/payload'

const PASSWORD = 'Demo-password-1'
let ctx: TestContext
let payload: Payload
const users: Record<string, User> = {}

const find = async (collection: 'organizations' | 'programs' | 'districts' | 'users', field: string, value: string) =>
  (await payload.find({ collection, where: { [field]: { equals: value } }, overrideAccess: true, depth: 0 })).docs[0]!.id as number

async function act(who: string, applicationId: number, name: string, options: { today?: string; reason?: string } = {}) {
  const req = await createLocalReq({ user: { ...users[who]!, collection: 'users' } }, payload)
  return applyTransition(req, { applicationId, name, ...options })
}
const statusOf = async (id: number) => (await payload.findByID({ collection: 'applications', id, overrideAccess: true })).status

async function makeUser(key: string, data: Partial<User> & { role: User['role'] }) {
  const email = `${key}@example.org`
  const existing = await payload.find({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true })
  users[key] = (existing.docs[0] ?? (await payload.create({ collection: 'users', data: { email, password: PASSWORD, name: key, ...data }, overrideAccess: true }))) as User
}

/** Members of an application, and a formation agreement signed by every one of them. */
async function membersWithAgreement(application: number, orgs: { id: number; role: string }[], signedOn = '2026-03-01') {
  for (const o of orgs) await payload.create({ collection: 'members', data: { application, organization: o.id, role: o.role as 'enterprise' }, overrideAccess: true })
  await payload.create({
    collection: 'agreements',
    data: { application, title: '组建协议', kind: 'formation-agreement', signatories: orgs.map((o) => ({ organization: o.id, signatory: '负责人', signedOn })) },
    overrideAccess: true,
  })
}

const formScores = (points: number) => Object.fromEntries(CONSORTIUM_REVIEW_FORM.map((c) => [c.id, Math.floor((c.maxPoints * points) / 100)]))

async function panel(application: number, experts: string[], points: number) {
  await payload.update({ collection: 'applications', id: application, data: { assignedExperts: experts.map((e) => users[e]!.id) }, overrideAccess: true })
  for (const e of experts) {
    await payload.create({ collection: 'reviews', data: { application, expert: users[e]!.id, stage: 'expert-review', scores: formScores(points), recommend: true, submitted: true }, user: users[e], overrideAccess: false })
  }
}

async function org(name: string, data: Record<string, unknown>) {
  const { withCheckChar } = await import('../../src/lib/credit-code')
  const n = (await payload.count({ collection: 'organizations', overrideAccess: true })).totalDocs + 100
  return (await payload.create({ collection: 'organizations', data: { name, creditCode: withCheckChar(`91330200MA3K${String(n).padStart(5, '0')}`), kind: 'enterprise', ...data }, overrideAccess: true })).id as number
}

beforeAll(async () => {
  ctx = await startPayload()
  payload = ctx.payload
  await seedDemo(payload, PASSWORD)
  for (const key of ['city', 'district', 'applicant', 'expert1', 'expert2', 'expert3']) {
    users[key] = (await payload.findByID({ collection: 'users', id: await find('users', 'email', `${key}@example.org`), overrideAccess: true })) as User
  }
  await makeUser('expert4', { role: 'expert', title: 'senior' })
}, 120_000)
afterAll(async () => ctx?.close())

describe('nb-consortium-2021: district recommends, city reviews, leading group approves', () => {
  it('walks from draft to recognised, refusing a conflicted expert on the way', async () => {
    const lead = await find('organizations', 'name', '宁波甬新材料科技集团有限公司')
    const app = await payload.create({
      collection: 'applications',
      data: { title: '高端新材料', program: await find('programs', 'policySet', 'nb-consortium-2021'), lead, status: 'draft' },
      user: users.applicant,
      overrideAccess: false,
    })
    await expect(act('applicant', app.id, 'submit', { today: '2026-11-22' })).rejects.toThrow(/agreement.signed-by-all-members/)
    await membersWithAgreement(app.id, [
      { id: await find('organizations', 'name', '宁波大学'), role: 'university' },
      { id: await find('organizations', 'name', '中国科学院宁波材料技术与工程研究所'), role: 'institute' },
    ])
    await act('applicant', app.id, 'submit', { today: '2026-11-22' })
    expect(await statusOf(app.id)).toBe('district-review')
    await act('district', app.id, 'recommend', { today: '2026-11-23' })
    await act('city', app.id, 'open-expert-review', { today: '2026-11-24' })
    // expert3 belongs to 宁波大学, a member unit: refused at assignment, so the expert never reads the file.
    await expect(payload.update({ collection: 'applications', id: app.id, data: { assignedExperts: [users.expert3!.id] }, overrideAccess: true })).rejects.toThrow(/利益冲突.*guard.conflict-of-interest/s)
    expect((await payload.findByID({ collection: 'applications', id: app.id, depth: 0, overrideAccess: true })).assignedExperts ?? []).toEqual([])
    await expect(
      payload.create({ collection: 'reviews', data: { application: app.id, expert: users.expert3!.id, stage: 'expert-review', scores: formScores(90), submitted: true }, user: users.expert3, overrideAccess: false }),
    ).rejects.toThrow()
    await panel(app.id, ['expert1', 'expert2', 'expert4'], 80)
    await act('city', app.id, 'conclude-review', { today: '2026-11-25' })
    await act('city', app.id, 'refer-for-approval', { today: '2026-11-26' })
    const done = await act('city', app.id, 'approve', { today: '2026-11-27' })
    expect(done.status).toBe('recognized')
    expect(done.panel?.recommend).toBe(true)
    expect(done.recognizedOn?.slice(0, 10)).toBe('2026-11-27')
    expect(done.officialName).toContain('高端新材料')
  })
})

describe('wh-consortium-2022: district peer review, formal check, expert evaluation, notice, filing', () => {
  it('needs three associate-senior peer experts before the district recommends, and files after the notice', async () => {
    const huancui = await find('districts', 'code', '371002')
    await makeUser('wh-district', { role: 'district-officer', district: huancui })
    const lead = await find('organizations', 'name', '威海海洋生物科技有限公司')
    await makeUser('wh-applicant', { role: 'applicant', organization: lead })
    // Submitted within the set's period (it accepts nothing after 2025-06-28).
    const app = await payload.create({
      collection: 'applications',
      data: {
        title: '海洋装备',
        program: await find('programs', 'policySet', 'wh-consortium-2022'),
        lead,
        status: 'draft',
        governance: { hasCouncil: true, chairIsLeadHead: true, operationsTeam: true },
      },
      overrideAccess: true,
      context: { seed: true },
    })
    await membersWithAgreement(app.id, [{ id: await org('威海船舶研究所', { kind: 'institute', registeredCity: '威海', district: huancui }), role: 'institute' }], '2024-09-01')
    await act('wh-applicant', app.id, 'submit', { today: '2024-09-02' })
    expect(await statusOf(app.id)).toBe('district-review')

    const peers = [
      { name: '周教授', title: 'senior', disciplineMatch: 'same' },
      { name: '吴研究员', title: 'associate-senior', disciplineMatch: 'near' },
      { name: '郑工程师', title: 'intermediate', disciplineMatch: 'same' },
    ] as const
    await payload.update({ collection: 'applications', id: app.id, data: { peerExperts: [...peers] }, user: users['wh-district'], overrideAccess: false })
    await expect(act('wh-district', app.id, 'recommend', { today: '2024-09-10' })).rejects.toThrow(/wh.review.peer-experts-min-3/)
    await payload.update({
      collection: 'applications',
      id: app.id,
      data: { peerExperts: [...peers.slice(0, 2), { name: '郑研究员', title: 'associate-senior', disciplineMatch: 'same' }] },
      user: users['wh-district'],
      overrideAccess: false,
    })
    await act('wh-district', app.id, 'recommend', { today: '2024-09-10' })
    expect(await statusOf(app.id)).toBe('formal-check')
    await act('city', app.id, 'pass-formal-check', { today: '2024-09-12' })
    await panel(app.id, ['expert1', 'expert2', 'expert4'], 75)
    await act('city', app.id, 'conclude-review', { today: '2024-09-20' })
    await act('city', app.id, 'start-public-notice', { today: '2024-09-23' })
    await expect(act('city', app.id, 'file', { today: '2024-09-27' })).rejects.toThrow(/guard.notice-ended-without-objection/)
    const filed = await act('city', app.id, 'file', { today: '2024-09-30' })
    expect(filed.status).toBe('filed')
    expect(filed.isPublic).toBe(true)
  })

  it('a new-type R&D institution goes straight to the city with its peer opinions', async () => {
    const huancui = await find('districts', 'code', '371002')
    const lead = await org('威海先进技术研究院', { kind: 'new-type-rnd', registeredCity: '威海', district: huancui })
    await makeUser('wh-rnd', { role: 'applicant', organization: lead })
    const app = await payload.create({
      collection: 'applications',
      data: {
        title: '智能海工',
        program: await find('programs', 'policySet', 'wh-consortium-2022'),
        lead,
        status: 'draft',
        governance: { hasCouncil: true, chairIsLeadHead: true, operationsTeam: true },
        peerExperts: [
          { name: '甲', title: 'senior', disciplineMatch: 'same' },
          { name: '乙', title: 'senior', disciplineMatch: 'near' },
          { name: '丙', title: 'associate-senior', disciplineMatch: 'same' },
        ],
      },
      overrideAccess: true,
      context: { seed: true },
    })
    await membersWithAgreement(app.id, [{ id: await org('威海海工装备公司', { registeredCity: '威海', district: huancui }), role: 'enterprise' }], '2024-10-01')
    await act('wh-rnd', app.id, 'submit', { today: '2024-10-02' })
    expect(await statusOf(app.id)).toBe('formal-check')
  })

  it('accepts no new application after 2025-06-28', async () => {
    const lead = await find('organizations', 'name', '威海海洋生物科技有限公司')
    await expect(
      payload.create({
        collection: 'applications',
        data: { title: '过期申报', program: await find('programs', 'policySet', 'wh-consortium-2022'), lead, status: 'draft' },
        user: users['wh-applicant'],
        overrideAccess: false,
      }),
    ).rejects.toThrow(/2025-06-28/)
  })
})

describe('zj-consortium: targeted, expert consultation, listed with a pledge', () => {
  it('needs five members and a signed pledge; names the consortium 浙江省×××创新联合体', async () => {
    const lead = await find('organizations', 'name', '杭州数智光电科技股份有限公司')
    await makeUser('zj-applicant', { role: 'applicant', organization: lead })
    const app = await payload.create({
      collection: 'applications',
      data: {
        title: '智能感知',
        program: await find('programs', 'policySet', 'zj-consortium'),
        lead,
        status: 'draft',
        governance: { hasCouncil: true, chairIsLeadHead: true, memberUnitHeadsIncluded: true, operationsTeam: true },
      },
      user: users['zj-applicant'],
      overrideAccess: false,
    })
    // Targeted (揭榜挂帅) is the bureau's mark, not the applicant's: the city officer sets it.
    await payload.update({ collection: 'applications', id: app.id, data: { targeted: true }, user: { ...users.city!, collection: 'users' }, overrideAccess: false })
    const few = [{ id: lead, role: 'lead' }, { id: await org('浙江大学（示例）', { kind: 'university' }), role: 'university' }]
    await membersWithAgreement(app.id, few)
    await payload.create({
      collection: 'ip-contracts',
      data: { application: app.id, title: '知识产权共享协议', ownership: 'joint', benefitShares: [{ partyKind: 'carrier', shareBasisPoints: 7000 }, { partyKind: 'researchers', shareBasisPoints: 3000 }] },
      overrideAccess: true,
    })
    await expect(act('zj-applicant', app.id, 'submit', { today: '2026-11-22' })).rejects.toThrow(/zj.members.min-5/)

    const more = [
      { id: await org('杭州芯片设计有限公司', {}), role: 'enterprise' },
      { id: await org('浙江光学研究院', { kind: 'institute' }), role: 'institute' },
      { id: await org('杭州检测服务中心', { kind: 'service-body' }), role: 'service' },
    ]
    await payload.delete({ collection: 'agreements', where: { application: { equals: app.id } }, overrideAccess: true })
    for (const o of more) await payload.create({ collection: 'members', data: { application: app.id, organization: o.id, role: o.role as 'enterprise' }, overrideAccess: true })
    await payload.create({
      collection: 'agreements',
      data: { application: app.id, title: '组建协议', kind: 'formation-agreement', signatories: [...few, ...more].map((o) => ({ organization: o.id, signatory: '负责人', signedOn: '2026-03-01' })) },
      overrideAccess: true,
    })
    await act('zj-applicant', app.id, 'submit', { today: '2026-11-22' })
    // Targeted organisation goes straight to the province.
    expect(await statusOf(app.id)).toBe('submitted')
    await act('city', app.id, 'open-expert-review', { today: '2026-11-23' })
    await panel(app.id, ['expert1', 'expert2', 'expert4'], 85)
    await act('city', app.id, 'conclude-review', { today: '2026-11-24' })
    await expect(act('city', app.id, 'approve', { today: '2026-11-25' })).rejects.toThrow(/guard.pledge-signed/)
    await payload.update({ collection: 'applications', id: app.id, data: { pledge: { signedOn: '2026-11-25', signatory: '法定代表人 王某' } }, user: users.city, overrideAccess: false })
    const listed = await act('city', app.id, 'approve', { today: '2026-11-25' })
    expect(listed.status).toBe('recognized')
    expect(listed.officialName).toBe('浙江省智能感知创新联合体')
  })
})

describe('cx-complex: a town applies for a complex; a failed annual assessment delists it', () => {
  it('checks the cultivation conditions, recognises, then delists on a fail', async () => {
    const town = await find('organizations', 'name', '慈溪市周巷镇人民政府')
    await makeUser('cx-applicant', { role: 'applicant', organization: town })
    const app = await payload.create({
      collection: 'applications',
      data: {
        title: '周巷小家电',
        program: await find('programs', 'policySet', 'cx-complex'),
        lead: town,
        status: 'draft',
        complex: { level: 'town', class: 'cultivation', industryOutput: 1_900_000_000, jurisdictionOutput: 1_200_000_000, relyingUnitName: '慈溪市家电协会', industryRdRatioBp: 320, cityAverageRdRatioBp: 300 },
      },
      user: users['cx-applicant'],
      overrideAccess: false,
    })
    // 19亿 < 20亿: the cultivation class is not met.
    await expect(act('cx-applicant', app.id, 'submit', { today: '2026-11-22' })).rejects.toThrow(/cx.complex.cultivation/)
    await payload.update({ collection: 'applications', id: app.id, data: { complex: { industryOutput: 2_000_000_000 } }, user: users['cx-applicant'], overrideAccess: false })
    await act('cx-applicant', app.id, 'submit', { today: '2026-11-22' })
    await act('city', app.id, 'open-expert-review', { today: '2026-11-23' })
    await panel(app.id, ['expert1', 'expert2', 'expert4'], 72)
    await act('city', app.id, 'conclude-review', { today: '2026-11-24' })
    const recognised = await act('city', app.id, 'approve', { today: '2026-11-25' })
    expect(recognised.status).toBe('recognized')

    const evaluation = await payload.create({ collection: 'evaluations', data: { application: app.id, year: 2026, kind: 'annual', grade: 'fail' }, user: users.city, overrideAccess: false })
    expect(evaluation.consequence).toMatch(/^delist/)
    expect(await statusOf(app.id)).toBe('delisted')
  })
})
