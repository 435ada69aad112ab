// The public site's browser test data, written into a running server's database before any public page is
// rendered: 45 generated carriers, the privacy check's carrier, and two Weihai consortia for the notice's
// life: one reviewed (the city officer starts its notice in the test) and one whose notice started three weeks
// ago (its period is over: 期满; the officer files it in the test).
//   DATABASE_URL=… NODE_ENV=production node --conditions=production --import tsx test/helpers/seed-public-e2e.ts
import type { Payload } from 'payload'

import { seedScale } from '../../bench/seed-scale'
import { withCheckChar } from '../../src/lib/credit-code'
import { noticeEndsOn } from '../../src/policies'
import { seedPrivateData } from './private-data'

export const E2E_CARRIERS = 45

const chinaDay = (offsetDays = 0): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + offsetDays * 86_400_000))

export async function seedPublicE2e(payload: Payload) {
  const scale = await seedScale(payload, { carriers: E2E_CARRIERS, private: 3, members: 2, seed: 11 })
  const privateCarrier = await seedPrivateData(payload)
  const program = (await payload.find({ collection: 'programs', where: { policySet: { equals: 'wh-consortium-2022' } }, sort: 'id', limit: 1, depth: 0, overrideAccess: true })).docs[0]!
  const district = (await payload.find({ collection: 'districts', where: { code: { equals: '371002' } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]!
  const lead = async (name: string, serial: string) =>
    (await payload.create({ collection: 'organizations', data: { name, creditCode: withCheckChar(`91371000MA${serial}`), kind: 'enterprise', district: district.id, registeredCity: '威海' }, overrideAccess: true })).id
  const toOpen = await payload.create({
    collection: 'applications',
    data: { title: '远洋装备', program: program.id, lead: await lead('威海远洋装备制造有限公司', '3E2E001'), status: 'reviewed', field: '远洋渔业装备', publicSummary: '面向远洋渔业装备的协同创新。' } as never,
    overrideAccess: true,
    context: { seed: true },
  })
  const started = chinaDay(-21)
  const endedLead = await lead('威海海洋牧场科技有限公司', '3E2E002')
  const university = (await payload.create({ collection: 'organizations', data: { name: '威海海洋职业学院（校验）', creditCode: withCheckChar('12371000MA3E2E003'), kind: 'university', district: district.id }, overrideAccess: true })).id
  const ended = await payload.create({
    collection: 'applications',
    data: {
      title: '海洋牧场',
      program: program.id,
      lead: endedLead,
      governance: { hasCouncil: true, chairIsLeadHead: true, memberUnitHeadsIncluded: true, operationsTeam: true },
      status: 'public-notice',
      isPublic: true,
      field: '海洋牧场',
      noticeStartsOn: `${started}T00:00:00.000Z`,
      noticeEndsOn: `${noticeEndsOn(started, 5)}T00:00:00.000Z`,
      publicSummary: '围绕海洋牧场建设开展协同攻关。',
    } as never,
    overrideAccess: true,
    context: { seed: true },
  })
  // What Weihai's filing checks: the members and their signed formation agreement (the checklist must pass).
  for (const [organization, role] of [[endedLead, 'lead'], [university, 'university']] as const) {
    await payload.create({ collection: 'members', data: { application: ended.id, organization, role } as never, overrideAccess: true, context: { seed: true } })
  }
  await payload.create({
    collection: 'agreements',
    data: {
      application: ended.id,
      title: '海洋牧场创新联合体组建协议',
      kind: 'formation-agreement',
      signedOn: `${started}T00:00:00.000Z`,
      signatories: [endedLead, university].map((organization) => ({ organization, signatory: '（签章）', signedOn: `${started}T00:00:00.000Z` })),
    } as never,
    overrideAccess: true,
    context: { seed: true },
  })
  return { carriers: scale.carriers, private: scale.private, privateCarrier, toOpen: toOpen.id, ended: ended.id, endedOn: noticeEndsOn(started, 5) }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.env.PAYLOAD_SECRET ??= 'e2e-seed-secret-not-for-production-0123456789'
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config: await config })
  const result = await seedPublicE2e(payload)
  console.log(`SEEDED ${JSON.stringify(result)}`)
  await payload.destroy()
  process.exit(0)
}
