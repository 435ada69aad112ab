// The demo: a programme for each policy set, organisations with yearly figures, applications in
// different states, a user of each role. Idempotent: every record is found by a natural key first.
import { seedPolicyRevisions } from './policy-revisions'
import type { Payload, RequiredDataFromCollectionSlug, CollectionSlug, Where } from 'payload'

import { ROLE_LABELS, type Role } from '../access/roles'
import { todayInChina } from '../jobs/calendar'
import { withCheckChar } from '../lib/credit-code'

type Id = number | string

async function upsert<S extends CollectionSlug>(
  payload: Payload,
  collection: S,
  where: Where,
  data: RequiredDataFromCollectionSlug<S>,
): Promise<{ id: Id; created: boolean }> {
  const found = await payload.find({ collection, where, limit: 1, depth: 0, overrideAccess: true, trash: true })
  const existing = found.docs[0] as { id: Id } | undefined
  if (existing) return { id: existing.id, created: false }
  // The seed writes workflow fields (status, recognition) directly: it stands in for a history of transitions.
  const doc = (await payload.create({ collection, data, overrideAccess: true, context: { seed: true } })) as { id: Id }
  return { id: doc.id, created: true }
}

const code = (n: number, prefix = '91330200MA2H') => withCheckChar(`${prefix}${String(n).padStart(5, '0')}`)

const yuan = (wan: number) => wan * 10_000

function figures(revenueWan: number, netAssetsWan: number, rdWan: number, staff: number, equipmentWan: number) {
  return [2023, 2024, 2025].map((year, i) => ({
    year,
    revenue: yuan(Math.round(revenueWan * (0.9 + i * 0.05))),
    netAssets: yuan(netAssetsWan),
    rdSpend: yuan(Math.round(rdWan * (0.95 + i * 0.05))),
    rdStaff: staff + i * 5,
    equipmentValue: yuan(equipmentWan),
  }))
}

// What each demo programme's notices say publicly (issuer, numbers, where to object). Demo values.
const DEMO_NOTICE_INFO: Record<string, RequiredDataFromCollectionSlug<'programs'>['publicNotice']> = {
  'nb-consortium-2021': { issuingOffice: '宁波市科学技术局', noticeDocumentNumber: '甬科公示〔2026〕3号', recognitionDocumentNumber: '甬科高〔2026〕15号', noticeNumberPattern: '甬科公示〔{year}〕{n}号', noticeNextNumber: 3, decisionNumberPattern: '甬科高〔{year}〕{n}号', decisionNextNumber: 15, objection: { department: '宁波市科学技术局高新技术处', phone: '0574-89180001', address: '宁波市鄞州区宁穿路2001号', instructions: '单位提出异议须加盖公章，个人须署真实姓名并提供联系方式；匿名异议不予受理。' } },
  'nb-tic-2022': { issuingOffice: '宁波市科学技术局', noticeDocumentNumber: '甬科公示〔2026〕5号', recognitionDocumentNumber: '甬政发〔2026〕21号', noticeNumberPattern: '甬科公示〔{year}〕{n}号', noticeNextNumber: 5, decisionNumberPattern: '甬政发〔{year}〕{n}号', decisionNextNumber: 21, objection: { department: '宁波市科学技术局平台基地处', phone: '0574-89180002', address: '宁波市鄞州区宁穿路2001号', instructions: '单位提出异议须加盖公章，个人须署真实姓名并提供联系方式。' } },
  'wh-consortium-2022': { issuingOffice: '威海市科学技术局', noticeDocumentNumber: '威科公示〔2024〕2号', recognitionDocumentNumber: '威科字〔2024〕31号', noticeNumberPattern: '威科公示〔{year}〕{n}号', noticeNextNumber: 2, decisionNumberPattern: '威科字〔{year}〕{n}号', decisionNextNumber: 31, objection: { department: '威海市科学技术局成果转化科', phone: '0631-5230000', address: '威海市环翠区统一路31号', instructions: '公示期内，对公示内容有异议的，请以书面形式实名反映，并提供必要的证明材料。' } },
  'zj-consortium': { issuingOffice: '浙江省科学技术厅', noticeDocumentNumber: '浙科公示〔2026〕8号', recognitionDocumentNumber: '浙科发高〔2026〕30号', noticeNumberPattern: '浙科公示〔{year}〕{n}号', noticeNextNumber: 8, decisionNumberPattern: '浙科发高〔{year}〕{n}号', decisionNextNumber: 30, objection: { department: '浙江省科学技术厅高新技术处', phone: '0571-87050000', address: '杭州市西湖区文三路90号' } },
  'cx-complex': { issuingOffice: '慈溪市科学技术局', noticeDocumentNumber: '慈科公示〔2026〕1号', recognitionDocumentNumber: '慈科〔2026〕9号', noticeNumberPattern: '慈科公示〔{year}〕{n}号', noticeNextNumber: 1, decisionNumberPattern: '慈科〔{year}〕{n}号', decisionNextNumber: 9, objection: { department: '慈溪市科学技术局', phone: '0574-63810000', address: '慈溪市白沙路街道新城大道北路' } },
}

export interface DemoUser {
  email: string
  role: Role
  roleLabel: string
}

export async function seedDemo(payload: Payload, password: string): Promise<{ users: DemoUser[]; created: boolean }> {
  let created = false
  const track = <T extends { created: boolean }>(r: T) => {
    created ||= r.created
    return r
  }

  // The first revision of each policy set's figures (the documents' own), as the migration loads them.
  if ((await seedPolicyRevisions(payload)) > 0) created = true

  const districts: Record<string, Id> = {}
  for (const [key, name, city, divisionCode, nameEn] of [
    ['yinzhou', '鄞州区', '宁波市', '330212', 'Yinzhou District'],
    ['beilun', '北仑区', '宁波市', '330206', 'Beilun District'],
    ['zhenhai', '镇海区', '宁波市', '330211', 'Zhenhai District'],
    ['cixi', '慈溪市', '宁波市', '330282', 'Cixi'],
    ['huancui', '环翠区', '威海市', '371002', 'Huancui District'],
    ['hangzhou-binjiang', '滨江区', '杭州市', '330108', 'Binjiang District'],
  ] as const) {
    districts[key] = track(await upsert(payload, 'districts', { code: { equals: divisionCode } }, { name, nameEn, city, code: divisionCode })).id
  }

  const orgs: Record<string, Id> = {}
  const orgSpecs = [
    { key: 'nbLead', name: '宁波甬新材料科技集团有限公司', kind: 'enterprise', district: 'yinzhou', city: '宁波', platforms: ['provincial-tech-centre'], rdYears: 12, figures: figures(152_000, 48_000, 6_800, 320, 3_500), techLeader: 'leading' },
    { key: 'nbu', name: '宁波大学', kind: 'university', district: 'yinzhou', city: '宁波', platforms: ['key-lab'] },
    { key: 'nimte', name: '中国科学院宁波材料技术与工程研究所', kind: 'institute', district: 'zhenhai', city: '宁波', platforms: ['key-lab'] },
    { key: 'bl1', name: '宁波北仑精密模具有限公司', kind: 'enterprise', district: 'beilun', city: '宁波', figures: figures(38_000, 12_000, 1_500, 80, 900) },
    { key: 'bl2', name: '宁波港城智能装备股份有限公司', kind: 'enterprise', district: 'beilun', city: '宁波', figures: figures(56_000, 20_000, 2_600, 140, 1_600) },
    { key: 'ticHost', name: '宁波智能制造技术研究院有限公司', kind: 'new-type-rnd', district: 'zhenhai', city: '宁波', platforms: ['provincial-key-research-institute'], figures: figures(25_000, 30_000, 5_200, 260, 8_000) },
    { key: 'cxLead', name: '慈溪家电智造股份有限公司', kind: 'enterprise', district: 'cixi', city: '宁波', platforms: ['provincial-rd-institution'], ningbo: true, figures: figures(46_000, 15_000, 1_800, 120, 1_200) },
    { key: 'zhouxiang', name: '慈溪市周巷镇人民政府', kind: 'town', district: 'cixi', city: '宁波' },
    { key: 'whLead', name: '威海海洋生物科技有限公司', kind: 'enterprise', district: 'huancui', city: '威海', platforms: ['provincial-tech-centre'], figures: figures(62_000, 21_000, 2_900, 150, 2_100) },
    { key: 'zjLead', name: '杭州数智光电科技股份有限公司', kind: 'enterprise', district: 'hangzhou-binjiang', city: '杭州', platforms: ['provincial-key-research-institute'], techLeader: 'leading', figures: figures(210_000, 80_000, 14_000, 900, 12_000) },
  ] as const
  let n = 1
  for (const spec of orgSpecs) {
    const creditCode = code(n++)
    orgs[spec.key] = track(
      await upsert(payload, 'organizations', { creditCode: { equals: creditCode } }, {
        name: spec.name,
        creditCode,
        kind: spec.kind,
        district: districts[spec.district] as number,
        registeredCity: spec.city,
        platforms: 'platforms' in spec ? [...spec.platforms] : [],
        rdYearsInField: 'rdYears' in spec ? spec.rdYears : 6,
        techLeaderKind: 'techLeader' in spec ? spec.techLeader : undefined,
        hasNingboProject: 'ningbo' in spec ? spec.ningbo : spec.city === '宁波',
        figures: 'figures' in spec ? spec.figures : [],
      }),
    ).id
  }

  // This year's calls are open all year (China's date), so the demo and the tests can apply today; Weihai's
  // call of 2024 closed with its policy set.
  const thisYear = Number(todayInChina().slice(0, 4))
  const programs: Record<string, Id> = {}
  for (const [key, title, policySet, carrierKind, year] of [
    ['nbConsortium', `${thisYear}年宁波市企业创新联合体申报`, 'nb-consortium-2021', 'consortium', thisYear],
    ['nbTic', `${thisYear}年宁波市技术创新中心申报`, 'nb-tic-2022', 'tic', thisYear],
    ['whConsortium', '2024年威海市创新联合体备案', 'wh-consortium-2022', 'consortium', 2024],
    ['zjConsortium', `${thisYear}年浙江省创新联合体组建`, 'zj-consortium', 'consortium', thisYear],
    ['cxComplex', `${thisYear}年慈溪市产业创新服务综合体认定`, 'cx-complex', 'complex', thisYear],
  ] as const) {
    programs[key] = track(
      await upsert(payload, 'programs', { policySet: { equals: policySet } }, {
        title,
        policySet,
        carrierKind,
        year,
        opensOn: `${year}-01-01`,
        closesOn: `${year}-12-31`,
        publicNotice: DEMO_NOTICE_INFO[policySet],
      }),
    ).id
  }

  // The public site's publisher, once (a bureau's later edits are kept).
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
  if (!settings.bureauName) {
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { siteTitle: '创新载体公开信息', bureauName: '宁波市科学技术局（演示）', address: '宁波市鄞州区宁穿路2001号', postcode: '315066', phone: '0574-89180000', icpNumber: '浙ICP备00000000号（演示）' },
      overrideAccess: true,
    })
    created = true
  }

  const userSpecs: { email: string; name: string; role: Role; district?: Id; organization?: Id; title?: string; discipline?: string }[] = [
    { email: 'admin@example.org', name: '系统管理员', role: 'admin' },
    { email: 'city@example.org', name: '王科长（市科技局）', role: 'city-officer' },
    { email: 'district@example.org', name: '李主任（鄞州区科技局）', role: 'district-officer', district: districts.yinzhou },
    { email: 'expert1@example.org', name: '陈教授', role: 'expert', title: 'senior', discipline: '材料科学' },
    { email: 'expert2@example.org', name: '刘研究员', role: 'expert', title: 'associate-senior', discipline: '材料加工' },
    { email: 'expert3@example.org', name: '赵高工', role: 'expert', title: 'associate-senior', discipline: '智能制造', organization: orgs.nbu },
    { email: 'applicant@example.org', name: '张经理（甬新材料）', role: 'applicant', organization: orgs.nbLead },
  ]
  const users: DemoUser[] = []
  const userIds: Record<string, Id> = {}
  for (const spec of userSpecs) {
    const { id } = track(
      await upsert(payload, 'users', { email: { equals: spec.email } }, {
        ...spec,
        password,
        language: 'zh',
      } as RequiredDataFromCollectionSlug<'users'>),
    )
    userIds[spec.email] = id
    users.push({ email: spec.email, role: spec.role, roleLabel: ROLE_LABELS[spec.role].zh })
  }

  const experts = ['expert1@example.org', 'expert2@example.org'].map((e) => userIds[e] as Id)
  const applications: { title: string; program: Id; lead: Id; status: string; extra?: Record<string, unknown> }[] = [
    { title: '先进高分子材料', program: programs.nbConsortium as Id, lead: orgs.nbLead as Id, status: 'draft' },
    { title: '精密模具与成形', program: programs.nbConsortium as Id, lead: orgs.bl2 as Id, status: 'district-review' },
    { title: '智能制造装备', program: programs.nbTic as Id, lead: orgs.ticHost as Id, status: 'expert-review', extra: { assignedExperts: experts } },
    { title: '海洋生物医药', program: programs.whConsortium as Id, lead: orgs.whLead as Id, status: 'public-notice', extra: { noticeStartsOn: '2026-11-16T00:00:00.000Z', noticeEndsOn: '2026-11-20T00:00:00.000Z', isPublic: true, publicSummary: '围绕海洋生物医药关键技术，联合高校院所开展协同攻关。' } },
    { title: '光电芯片', program: programs.zjConsortium as Id, lead: orgs.zjLead as Id, status: 'recognized', extra: { officialName: '浙江省光电芯片创新联合体', recognizedOn: '2026-06-30T00:00:00.000Z', isPublic: true, publicSummary: '聚焦光电芯片设计与制造，组织产业链上下游协同创新。' } },
    { title: '周巷智能家电', program: programs.cxComplex as Id, lead: orgs.zhouxiang as Id, status: 'recognized', extra: { officialName: '慈溪市周巷智能家电产业创新服务综合体', recognizedOn: '2026-05-20T00:00:00.000Z', isPublic: true, complex: { level: 'town', class: 'cultivation' }, publicSummary: '服务周巷镇智能家电产业集群的研发、检测与成果转化。' } },
    // A centre in its second creation year: payments, uses of funds and annual figures (below).
    { title: '先进材料中试', program: programs.nbTic as Id, lead: orgs.nimte as Id, status: 'in-construction', extra: { officialName: '宁波市先进材料中试技术创新中心', officialNameEn: 'Ningbo Municipal Innovation Center of Advanced Materials Pilot-Scale Technology', recognizedOn: `${thisYear - 1}-03-02`, isPublic: true, capabilityInvestments: [{ year: thisYear - 1, amount: 20_000_000 }, { year: thisYear, amount: 15_000_000 }], publicSummary: '面向先进材料中试放大与工程化验证的共性技术平台。' } },
  ]
  for (const app of applications) {
    track(
      await upsert(payload, 'applications', { and: [{ title: { equals: app.title } }, { program: { equals: app.program } }] }, {
        title: app.title,
        program: app.program,
        lead: app.lead,
        status: app.status,
        ...app.extra,
      } as RequiredDataFromCollectionSlug<'applications'>),
    )
  }

  const app = async (title: string) => (await payload.find({ collection: 'applications', where: { title: { equals: title } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]!.id as Id
  const tic = await app('先进材料中试')
  const city = userIds['city@example.org'] as Id
  const cityUser = { ...(await payload.findByID({ collection: 'users', id: city, overrideAccess: true })), collection: 'users' as const }
  // The ledger goes through its hooks (caps, money follows status), as the city officer.
  for (const [reference, basis, year, amount] of [
    ['甬科拨〔首年〕1号', 'creation-grant', thisYear - 1, 5_000_000],
    ['甬科拨〔年度〕2号', 'capability-investment', thisYear, 3_000_000],
  ] as const) {
    const found = await payload.find({ collection: 'disbursements', where: { reference: { equals: reference } }, limit: 1, overrideAccess: true })
    if (found.docs.length === 0) {
      await payload.create({ collection: 'disbursements', data: { application: tic as number, reference, basis, installment: 'annual', year, amount, paidOn: `${year}-06-30` }, user: cityUser, overrideAccess: false })
      created = true
    }
  }
  for (const [description, year, category, amount] of [
    ['中试线关键工艺研发项目', thisYear - 1, 'research-projects', 2_000_000],
    ['高温流变仪购置', thisYear - 1, 'instruments-equipment', 1_500_000],
    ['引进材料工程化团队', thisYear, 'talent-teams', 800_000],
  ] as const) {
    track(await upsert(payload, 'fund-uses', { description: { equals: description } }, { application: tic as number, description, year, category, source: 'fiscal', amount, spentOn: `${year}-09-30` }))
  }
  for (const row of [
    { year: thisYear - 1, investment: 60_000_000, staff: 85, highLevelTeams: 1, industrialisationBases: 0, partnerFirms: 8, spinOffs: 1, firmsServed: 25 },
    { year: thisYear, investment: 45_000_000, staff: 130, highLevelTeams: 2, industrialisationBases: 1, partnerFirms: 12, spinOffs: 2, firmsServed: 40 },
  ]) {
    track(await upsert(payload, 'tic-figures', { and: [{ application: { equals: tic } }, { year: { equals: row.year } }] }, { application: tic as number, ...row }))
  }
  // An objection to the Weihai notice, heard and found unfounded.
  const notice = await app('海洋生物医药')
  track(
    await upsert(payload, 'objections', { application: { equals: notice } }, {
      application: notice as number,
      objector: '威海某海洋科技有限公司',
      content: '认为申报材料所列成员单位中有一家已于今年退出合作，要求核实。',
      receivedOn: '2026-11-17',
      status: 'resolved',
      finding: '经核查，该单位已重新签署组建协议，异议不成立。',
      resolvedOn: '2026-11-18',
      recordedBy: '王科长（市科技局）',
      resolvedBy: '王科长（市科技局）',
      summary: '成员单位退出合作的异议',
    }),
  )

  return { users, created }
}
