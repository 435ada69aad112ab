// The workbench browser test's data, written into the running server's database: three TIC plans submitted five
// days ago (in the city bureau's review queue) that the officer returns in bulk.
//   DATABASE_URL=… NODE_ENV=production node --conditions=production --import tsx test/helpers/seed-workbench-e2e.ts
import type { Payload } from 'payload'

import { withCheckChar } from '../../src/lib/credit-code'
import { noticeEndsOn } from '../../src/policies'

export const BULK_TITLES = ['批量退回甲', '批量退回乙', '批量退回丙']
export const FILING_TITLE = '海洋装备'
export const COLLEAGUE = 'district-yz2@example.org'
export const OTHER_DISTRICT = 'district-other@example.org'
export const FILING_APPLICANT = 'wh-applicant@example.org'
export const WEIHAI_NUMBERS = {
  issuingOffice: '威海市科学技术局',
  noticeDocumentNumber: '威科公示〔2026〕3号',
  recognitionDocumentNumber: '威科发〔2026〕12号',
  // In sequence: the next notice takes 3 and the next decision 12 (of the year they are issued).
  noticeNumberPattern: '威科公示〔{year}〕{n}号',
  noticeNextNumber: 3,
  decisionNumberPattern: '威科发〔{year}〕{n}号',
  decisionNextNumber: 12,
}
/** The 文号 the next decision (or notice) of the Weihai programme takes this year. */
export const weihaiNumber = (kind: 'notice' | 'decision', n = kind === 'notice' ? 3 : 12): string =>
  (kind === 'notice' ? WEIHAI_NUMBERS.noticeNumberPattern : WEIHAI_NUMBERS.decisionNumberPattern).replace('{year}', chinaDay().slice(0, 4)).replace('{n}', String(n))

const chinaDay = (offsetDays = 0): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + offsetDays * 86_400_000))

/**
 * A Weihai consortium whose notice started three weeks ago and ended without objection, with the members and the
 * signed formation agreement its filing checks: the city officer can file it. `serial` keeps credit codes apart.
 */
export async function seedFilingReady(payload: Payload, title: string, serial: string) {
  const program = (await payload.find({ collection: 'programs', where: { policySet: { equals: 'wh-consortium-2022' } }, sort: 'id', limit: 1, depth: 0, overrideAccess: true })).docs[0]!
  await payload.update({ collection: 'programs', id: program.id, data: { publicNotice: { ...WEIHAI_NUMBERS, objection: { department: '威海市科学技术局成果转化科', phone: '0631-5287000' } } } as never, overrideAccess: true, context: { seed: true } })
  const district = (await payload.find({ collection: 'districts', where: { code: { equals: '371002' } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]!
  const org = async (name: string, code: string, kind: string) =>
    (await payload.create({ collection: 'organizations', data: { name, creditCode: withCheckChar(code), kind, district: district.id, registeredCity: '威海' } as never, overrideAccess: true })).id
  const lead = await org(`威海${title}科技有限公司`, `91371000MA${serial}01`, 'enterprise')
  const university = await org(`威海${title}职业学院`, `12371000MA${serial}02`, 'university')
  const started = chinaDay(-21)
  const app = await payload.create({
    collection: 'applications',
    data: {
      title,
      program: program.id,
      lead,
      governance: { hasCouncil: true, chairIsLeadHead: true, memberUnitHeadsIncluded: true, operationsTeam: true },
      status: 'public-notice',
      isPublic: true,
      field: title,
      noticeStartsOn: `${started}T00:00:00.000Z`,
      noticeEndsOn: `${noticeEndsOn(started, 5)}T00:00:00.000Z`,
    } as never,
    overrideAccess: true,
    context: { seed: true },
  })
  for (const [organization, role] of [[lead, 'lead'], [university, 'university']] as const) {
    await payload.create({ collection: 'members', data: { application: app.id, organization, role } as never, overrideAccess: true, context: { seed: true } })
  }
  await payload.create({
    collection: 'agreements',
    data: { application: app.id, title: `${title}创新联合体组建协议`, kind: 'formation-agreement', signedOn: `${started}T00:00:00.000Z`, signatories: [lead, university].map((organization) => ({ organization, signatory: '（签章）', signedOn: `${started}T00:00:00.000Z` })) } as never,
    overrideAccess: true,
    context: { seed: true },
  })
  return { id: app.id, lead: `威海${title}科技有限公司` }
}

export async function seedWorkbenchE2e(payload: Payload) {
  const program = (await payload.find({ collection: 'programs', where: { policySet: { equals: 'nb-tic-2022' } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]!
  const ticHost = (await payload.find({ collection: 'organizations', where: { name: { equals: '宁波智能制造技术研究院有限公司' } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]!
  const submittedOn = new Date(Date.now() - 5 * 86_400_000).toISOString()
  const ids: (number | string)[] = []
  for (const title of BULK_TITLES) {
    const doc = await payload.create({ collection: 'applications', data: { title, program: program.id, lead: ticHost.id, status: 'submitted', submittedOn } as never, overrideAccess: true, context: { seed: true } })
    ids.push(doc.id)
  }
  const filing = await seedFilingReady(payload, FILING_TITLE, '3WB00')
  // Officers for the saved filters: a colleague of the Yinzhou officer, and an officer of another district.
  const yinzhou = (await payload.find({ collection: 'users', where: { email: { equals: 'district@example.org' } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]!.district as number
  const other = (await payload.find({ collection: 'districts', where: { id: { not_equals: yinzhou } }, sort: 'id', limit: 1, depth: 0, overrideAccess: true })).docs[0]!
  const password = process.env.SEED_PASSWORD
  if (password) {
    for (const [email, name, district] of [[COLLEAGUE, '周科员（鄞州区科技局）', yinzhou], [OTHER_DISTRICT, `吴科员（${other.name}科技局）`, other.id]] as const) {
      await payload.create({ collection: 'users', data: { email, name, password, role: 'district-officer', district } as never, overrideAccess: true })
    }
  }
  // The applicant of the filed carrier, who downloads its decision.
  const lead = (await payload.findByID({ collection: 'applications', id: filing.id, depth: 0, overrideAccess: true })).lead as number
  if (password) await payload.create({ collection: 'users', data: { email: FILING_APPLICANT, name: '孙经理（海洋装备）', password, role: 'applicant', organization: lead } as never, overrideAccess: true })
  return { ids, filing: filing.id }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.env.PAYLOAD_SECRET ??= 'e2e-seed-secret-not-for-production-0123456789'
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config: await config })
  console.log(`SEEDED ${JSON.stringify(await seedWorkbenchE2e(payload))}`)
  await payload.destroy()
  process.exit(0)
}
