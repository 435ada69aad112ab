// A data generator at a city's or a province's scale, through the real collections (payload.create with their
// hooks, as the demo seed writes workflow fields: context.seed). Deterministic for a given seed number.
//
//   as a library:  await seedScale(payload, { carriers: 10_000 })
//   from a shell:  DATABASE_URL=… node --import tsx bench/seed-scale.ts --carriers 10000 [--notices 20]
//                  [--private 1000] [--members 2] [--seed 1]
//   (NODE_ENV=production runs the migrations first, as `npm start` does; otherwise the schema is pushed.)
//
// What it makes: districts, one programme per policy set (with its public notice fields), a lead unit per
// carrier and a shared pool of member units, `carriers` public carriers (recognised, filed, in construction…,
// recognised over 2021–2026), `notices` carriers under public notice (some running, some 期满), and `private`
// applications in the non-public states (draft, submitted, expert review…) for the admin lists' benches.
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import { withCheckChar } from '../src/lib/credit-code'
import { noticeEndsOn, officialName, POLICY_SETS, type PolicySetId } from '../src/policies'

type Id = number | string

export interface ScaleOptions {
  /** Public carriers on the register. */
  carriers: number
  /** Carriers under public notice (half running, half with their period over). */
  notices?: number
  /** Applications in non-public states. */
  private?: number
  /** Member units per carrier besides the lead. */
  members?: number
  /** PRNG seed: the same options and seed give the same data. */
  seed?: number
  /** China's date the notices are relative to (YYYY-MM-DD); today by default. */
  today?: string
  /** Rows per transaction. */
  batch?: number
  log?: (line: string) => void
}

export interface ScaleResult {
  carriers: Id[]
  notices: Id[]
  private: Id[]
  districts: Id[]
  programs: Record<PolicySetId, Id>
  elapsedMs: number
}

const DISTRICTS = [
  ['海曙区', '宁波市', '330203'], ['江北区', '宁波市', '330205'], ['北仑区', '宁波市', '330206'], ['镇海区', '宁波市', '330211'],
  ['鄞州区', '宁波市', '330212'], ['奉化区', '宁波市', '330213'], ['余姚市', '宁波市', '330281'], ['慈溪市', '宁波市', '330282'],
  ['环翠区', '威海市', '371002'], ['文登区', '威海市', '371003'], ['滨江区', '杭州市', '330108'], ['余杭区', '杭州市', '330110'],
] as const

const PREFIXES = ['甬江', '三江', '东海', '明州', '四明', '天一', '月湖', '姚江', '象山', '梅山', '杭湾', '前湾', '北仑', '镇海', '奉化', '宁海', '慈航', '余姚', '金峨', '东钱', '西湖', '钱塘', '之江', '富春', '环翠', '刘公', '文登', '成山', '海岳', '威远']
const TECH = ['先进高分子材料', '智能装备', '集成电路', '生物医药', '新能源汽车', '工业互联网', '海洋工程', '光电芯片', '稀土永磁', '氢能储能', '智能家电', '精密模具', '数字医疗', '绿色石化', '工业机器人', '航空材料', '柔性电子', '人工智能', '北斗导航', '功能膜材料']
const ORG_SUFFIX = ['科技股份有限公司', '科技有限公司', '集团有限公司', '智能制造有限公司', '新材料有限公司']
const MEMBER_KINDS = [
  { kind: 'university', role: 'university', names: ['宁波大学', '浙江大学宁波理工学院', '宁波工程学院', '哈尔滨工业大学（威海）', '山东大学（威海）', '浙江工业大学', '杭州电子科技大学'] },
  { kind: 'institute', role: 'institute', names: ['中国科学院宁波材料技术与工程研究所', '宁波工业技术研究院', '威海海洋科学研究院', '浙江省机电设计研究院', '宁波检验检疫科学技术研究院'] },
] as const

/** For the programmes: which carrier kind each policy set recognises here, and its recognised states. */
const SETS: { id: PolicySetId; kind: 'consortium' | 'tic' | 'complex'; states: string[] }[] = [
  { id: 'nb-consortium-2021', kind: 'consortium', states: ['recognized', 'recognized', 'under-evaluation'] },
  { id: 'nb-tic-2022', kind: 'tic', states: ['in-construction', 'in-construction', 'under-evaluation', 'recognized'] },
  { id: 'wh-consortium-2022', kind: 'consortium', states: ['filed'] },
  { id: 'zj-consortium', kind: 'consortium', states: ['recognized', 'under-evaluation'] },
  { id: 'cx-complex', kind: 'complex', states: ['recognized', 'recognized', 'under-evaluation'] },
]
const PRIVATE_STATES: Record<PolicySetId, string[]> = {
  'nb-consortium-2021': ['draft', 'district-review', 'recommended', 'expert-review', 'returned'],
  'nb-tic-2022': ['draft', 'submitted', 'expert-review', 'reviewed', 'government-decision'],
  'wh-consortium-2022': ['draft', 'district-review', 'formal-check', 'expert-review'],
  'zj-consortium': ['draft', 'submitted', 'district-review', 'expert-review'],
  'cx-complex': ['draft', 'submitted', 'expert-review', 'reviewed'],
}

/** mulberry32: small, fast, good enough to spread test data. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const chinaToday = (): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date())
const addDays = (day: string, n: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10)
const stamp = (day: string): string => `${day}T00:00:00.000Z`

/** Runs `work` over `items` in transactions of `size` rows: one commit per batch, not per row. */
async function inBatches<T>(payload: Payload, items: T[], size: number, work: (item: T, req: PayloadRequest) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) {
    const req = await createLocalReq({ context: { seed: true } }, payload)
    const own = await initTransaction(req)
    try {
      for (const item of items.slice(i, i + size)) await work(item, req)
      if (own) await commitTransaction(req)
    } catch (error) {
      if (own) await killTransaction(req)
      throw error
    }
  }
}

async function findOrCreate(payload: Payload, collection: 'districts' | 'programs', where: Record<string, unknown>, data: Record<string, unknown>): Promise<Id> {
  const found = await payload.find({ collection, where: where as never, limit: 1, depth: 0, overrideAccess: true, trash: true })
  if (found.docs[0]) return found.docs[0].id
  return (await payload.create({ collection, data: data as never, overrideAccess: true, context: { seed: true } })).id
}

export async function seedScale(payload: Payload, options: ScaleOptions): Promise<ScaleResult> {
  const started = Date.now()
  const random = prng(options.seed ?? 1)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
  const log = options.log ?? (() => undefined)
  const batch = options.batch ?? 200
  const today = options.today ?? chinaToday()
  const membersPer = options.members ?? 2
  // Credit codes and names continue after what is there, so the generator can run twice on one database.
  const offset = (await payload.count({ collection: 'organizations', overrideAccess: true, trash: true })).totalDocs + 1

  const districts: Id[] = []
  for (const [name, city, code] of DISTRICTS) districts.push(await findOrCreate(payload, 'districts', { code: { equals: code } }, { name, city, code }))

  const programs = {} as Record<PolicySetId, Id>
  for (const set of SETS) {
    const meta = POLICY_SETS[set.id]
    const year = set.id === 'wh-consortium-2022' ? 2024 : 2026
    programs[set.id] = await findOrCreate(payload, 'programs', { title: { equals: `规模数据 ${meta.title.zh}` } }, {
      title: `规模数据 ${meta.title.zh}`,
      year,
      policySet: set.id,
      carrierKind: set.kind,
      opensOn: `${year}-01-01T00:00:00.000Z`,
      closesOn: `${year}-12-31T00:00:00.000Z`,
      noticeWorkingDays: 5,
      publicNotice: {
        issuingOffice: meta.issuer.zh,
        noticeDocumentNumber: `公示〔${year}〕${10 + SETS.indexOf(set)}号`,
        recognitionDocumentNumber: `认定〔${year}〕${20 + SETS.indexOf(set)}号`,
        objection: { department: `${meta.issuer.zh}`, phone: '0574-00000000', address: '（规模数据）' },
      },
    })
  }

  // A shared pool of universities and institutes, then one lead enterprise per carrier.
  const pool: { id: Id; role: string }[] = []
  let serial = offset
  const code = () => withCheckChar(`91330200MA${String(serial++).padStart(7, '0')}`)
  await inBatches(payload, MEMBER_KINDS.flatMap((k) => k.names.map((name) => ({ ...k, name }))), batch, async (spec, req) => {
    const found = await payload.find({ collection: 'organizations', where: { name: { equals: spec.name } }, limit: 1, depth: 0, overrideAccess: true, req })
    const id = found.docs[0]?.id ?? (await payload.create({ collection: 'organizations', data: { name: spec.name, creditCode: code(), kind: spec.kind, district: pick(districts) as number }, overrideAccess: true, req, context: { seed: true } })).id
    pool.push({ id, role: spec.role })
  })

  const total = options.carriers + (options.notices ?? 0) + (options.private ?? 0)
  log(`organizations: ${total} leads…`)
  const leads: Id[] = []
  await inBatches(payload, Array.from({ length: total }, (_, i) => i), batch, async (i, req) => {
    const n = offset + i
    const doc = await payload.create({
      collection: 'organizations',
      data: {
        name: `${PREFIXES[n % PREFIXES.length]}${TECH[Math.floor(n / PREFIXES.length) % TECH.length]}${pick(ORG_SUFFIX)}（${n}）`,
        creditCode: code(),
        kind: 'enterprise',
        district: districts[n % districts.length] as number,
        registeredCity: '宁波',
        rdYearsInField: 5 + (n % 10),
      },
      overrideAccess: true,
      req,
      context: { seed: true },
    })
    leads.push(doc.id)
  })

  const application = async (i: number, req: PayloadRequest, status: string, extra: Record<string, unknown>): Promise<Id> => {
    const set = SETS[i % SETS.length]!
    const n = offset + i
    const title = `${PREFIXES[n % PREFIXES.length]}${TECH[(n * 7) % TECH.length]}${n >= PREFIXES.length * TECH.length ? String(Math.floor(n / (PREFIXES.length * TECH.length)) + 1) : ''}`
    const doc = await payload.create({
      collection: 'applications',
      data: { title, program: programs[set.id] as number, lead: leads[i] as number, status, field: TECH[(n * 7) % TECH.length], ...extra } as never,
      overrideAccess: true,
      req,
      context: { seed: true },
    })
    const leadId = leads[i] as number
    await payload.create({ collection: 'members', data: { application: doc.id, organization: leadId, role: 'lead' } as never, overrideAccess: true, req, context: { seed: true } })
    const chosen = new Set<Id>()
    for (let m = 0; m < membersPer && chosen.size < pool.length; m++) {
      const member = pick(pool)
      if (chosen.has(member.id)) continue
      chosen.add(member.id)
      await payload.create({ collection: 'members', data: { application: doc.id, organization: member.id, role: member.role } as never, overrideAccess: true, req, context: { seed: true } })
    }
    return doc.id
  }

  const recognised = (set: PolicySetId, title: string, day: string) => ({
    officialName: officialName(set, title, 'zh'),
    officialNameEn: officialName(set, title, 'en'),
    recognizedOn: stamp(day),
    isPublic: true,
    publicSummary: `围绕${title.slice(2)}领域关键核心技术，联合高校院所和产业链上下游企业开展协同攻关。`,
  })

  log(`applications: ${options.carriers} public carriers…`)
  const carriers: Id[] = []
  await inBatches(payload, Array.from({ length: options.carriers }, (_, i) => i), batch, async (i, req) => {
    const set = SETS[i % SETS.length]!
    const year = set.id === 'wh-consortium-2022' ? 2022 + (i % 3) : 2021 + (i % 6)
    const monthDay = `${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`
    // Recognised in the past: a date later this year moves to last year.
    const day = `${year}-${monthDay}` <= today ? `${year}-${monthDay}` : `${year - 1}-${monthDay}`
    const n = offset + i
    const title = `${PREFIXES[n % PREFIXES.length]}${TECH[(n * 7) % TECH.length]}`
    carriers.push(await application(i, req, pick(set.states), recognised(set.id, title, day)))
  })

  const noticeCount = options.notices ?? 0
  log(`applications: ${noticeCount} under notice…`)
  const notices: Id[] = []
  await inBatches(payload, Array.from({ length: noticeCount }, (_, i) => i), batch, async (i, req) => {
    const index = options.carriers + i
    // Half started today (running), half started three weeks ago (the period is over: 期满).
    const start = i % 2 === 0 ? today : addDays(today, -21)
    notices.push(await application(index, req, 'public-notice', { noticeStartsOn: stamp(start), noticeEndsOn: stamp(noticeEndsOn(start, 5)), isPublic: true }))
  })

  const privateCount = options.private ?? 0
  log(`applications: ${privateCount} in non-public states…`)
  const privateIds: Id[] = []
  await inBatches(payload, Array.from({ length: privateCount }, (_, i) => i), batch, async (i, req) => {
    const index = options.carriers + noticeCount + i
    const set = SETS[index % SETS.length]!
    privateIds.push(await application(index, req, pick(PRIVATE_STATES[set.id]), { submittedOn: stamp(addDays(today, -(i % 300))) }))
  })

  return { carriers, notices, private: privateIds, districts, programs, elapsedMs: Date.now() - started }
}

// ------------------------------------------------------------------ command line

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`)
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} needs a whole number`)
  return value
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.env.PAYLOAD_SECRET ??= 'seed-scale-secret-not-for-production-0123456789'
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config: await config })
  const result = await seedScale(payload, {
    carriers: flag('carriers', 100),
    notices: flag('notices', 0),
    private: flag('private', 0),
    members: flag('members', 2),
    seed: flag('seed', 1),
    log: (line) => console.log(`• ${line}`),
  })
  console.log(JSON.stringify({ carriers: result.carriers.length, notices: result.notices.length, private: result.private.length, elapsedMs: result.elapsedMs, firstCarrier: result.carriers[0] ?? null, firstNotice: result.notices[0] ?? null }))
  await payload.destroy()
  process.exit(0)
}
