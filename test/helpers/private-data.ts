// Private facts with unmistakable values, on a carrier that IS public: the privacy tests look for each value on
// every public page, download and feed, and must find none of them (while finding the carrier itself).
//   from a shell (e2e, against a running server's database):
//     DATABASE_URL=… NODE_ENV=production node --conditions=production --import tsx test/helpers/private-data.ts
import type { Payload } from 'payload'

import { withCheckChar } from '../../src/lib/credit-code'

type Id = number | string

export const PRIVATE_CARRIER_TITLE = '隐私校验'

/** Every value below is stored in a private field; the strings are how it could leak (raw, grouped, in 万元). */
export const PRIVATE_MARKERS = {
  investment: ['17654321', '17,654,321', '1765.4321'],
  revenue: ['987654321', '987,654,321', '98765.4321'],
  disbursement: ['4321987', '4,321,987', '432.1987'],
  score: ['91.37'],
  share: ['373'],
  email: ['canary.applicant@privacy.example'],
  phone: ['13912345678', '139-1234-5678'],
  person: ['隐私法人甲', '隐私负责人乙', '隐私专家丁', '隐私用户辛'],
  text: ['隐私任务丙', '隐私豁免理由戊', '隐私备注己', '隐私拨付文号庚', '隐私评议意见壬'],
} as const

export const ALL_PRIVATE_MARKERS: string[] = Object.values(PRIVATE_MARKERS).flat()

export interface PrivateCarrier {
  id: Id
  officialName: string
  lead: string
}

export async function seedPrivateData(payload: Payload): Promise<PrivateCarrier> {
  const program = (await payload.find({ collection: 'programs', where: { policySet: { equals: 'nb-tic-2022' } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  if (!program) throw new Error('no nb-tic-2022 programme: seed the demo first')
  const district = (await payload.find({ collection: 'districts', limit: 1, depth: 0, overrideAccess: true })).docs[0]
  const leadName = '宁波隐私校验科技有限公司'
  const lead = await payload.create({
    collection: 'organizations',
    data: {
      name: leadName,
      creditCode: withCheckChar('91330200MA9P77701'),
      kind: 'enterprise',
      district: district?.id as number,
      legalRepresentative: '隐私法人甲',
      figures: [{ year: 2025, revenue: 987_654_321, netAssets: 987_654_321, rdSpend: 987_654_321, rdStaff: 373, equipmentValue: 987_654_321 }],
    },
    overrideAccess: true,
  })
  const member = await payload.create({
    collection: 'organizations',
    data: { name: '隐私校验成员大学', creditCode: withCheckChar('12330200MA9P77702'), kind: 'university', district: district?.id as number, legalRepresentative: '隐私法人甲' },
    overrideAccess: true,
  })
  const officialName = `宁波市${PRIVATE_CARRIER_TITLE}技术创新中心`
  const application = await payload.create({
    collection: 'applications',
    data: {
      title: PRIVATE_CARRIER_TITLE,
      program: program.id,
      lead: lead.id,
      status: 'in-construction',
      isPublic: true,
      officialName,
      recognizedOn: '2026-01-15T00:00:00.000Z',
      field: '隐私校验技术',
      publicSummary: '用于验证公开页面不泄露任何非公开信息。',
      capabilityInvestments: [{ year: 2026, amount: 17_654_321 }],
      panel: { reviewCount: 5, averageScore: 91.37, recommend: true },
      peerExperts: [{ name: '隐私专家丁', title: 'senior', disciplineMatch: 'same', opinion: '隐私评议意见壬' }],
      overrides: [{ ruleId: 'tic.target.investment', reason: '隐私豁免理由戊，用于验证不公开' }],
      pledge: { signedOn: '2026-01-10T00:00:00.000Z', signatory: '隐私法人甲' },
    } as never,
    overrideAccess: true,
    context: { seed: true },
  })
  for (const [organization, role] of [[lead.id, 'lead'], [member.id, 'university']] as const) {
    await payload.create({
      collection: 'members',
      data: { application: application.id, organization, role, headName: '隐私负责人乙', tasks: '隐私任务丙', taskSharePermille: 373 } as never,
      overrideAccess: true,
      context: { seed: true },
    })
  }
  await payload.create({
    collection: 'disbursements',
    data: { application: application.id, basis: 'capability-investment', installment: 'annual', year: 2026, amount: 4_321_987, note: '隐私备注己', reference: '隐私拨付文号庚' } as never,
    overrideAccess: true,
  })
  await payload.create({
    collection: 'users',
    data: { email: 'canary.applicant@privacy.example', password: 'Private-canary-1', name: '隐私用户辛', role: 'applicant', organization: lead.id, phone: '13912345678' } as never,
    overrideAccess: true,
  })
  return { id: application.id, officialName, lead: leadName }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.env.PAYLOAD_SECRET ??= 'private-data-secret-not-for-production-0123456789'
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config: await config })
  console.log(JSON.stringify(await seedPrivateData(payload)))
  await payload.destroy()
  process.exit(0)
}
