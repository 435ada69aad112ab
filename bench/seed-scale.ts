// A data generator at a city's or a province's scale, in the real collections' tables: a template row of each kind
// is made through the Local API (with the collections' hooks, as the demo seed writes workflow fields:
// context.seed), then copied with multi-row INSERTs in batched transactions (100,000 applications in minutes,
// memory bounded by the batch). Deterministic for a given seed number.
//
//   as a library:  await seedScale(payload, { carriers: 10_000 })
//   from a shell:  DATABASE_URL=… node --conditions=production --import tsx bench/seed-scale.ts --carriers 10000 [--notices 20]
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
  const batch = options.batch ?? 1_000
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
  const pool: { id: Id; role: string; name: string }[] = []
  let serial = offset
  const code = () => withCheckChar(`91330200MA${String(serial++).padStart(7, '0')}`)
  await inBatches(payload, MEMBER_KINDS.flatMap((k) => k.names.map((name) => ({ ...k, name }))), batch, async (spec, req) => {
    const found = await payload.find({ collection: 'organizations', where: { name: { equals: spec.name } }, limit: 1, depth: 0, overrideAccess: true, req })
    const id = found.docs[0]?.id ?? (await payload.create({ collection: 'organizations', data: { name: spec.name, creditCode: code(), kind: spec.kind, district: pick(districts) as number }, overrideAccess: true, req, context: { seed: true } })).id
    pool.push({ id, role: spec.role, name: spec.name })
  })

  const total = options.carriers + (options.notices ?? 0) + (options.private ?? 0)
  const noticeCount = options.notices ?? 0
  const privateCount = options.private ?? 0

  // Templates: one lead unit, one application per policy set and its members, made through the Local API with the
  // collections' hooks (so every derived column is as Payload writes it). Every other row is a copy of its
  // template's stored row with the varying columns replaced, inserted in multi-row INSERTs, one transaction per
  // batch. Not copied: versions (the history tab of a generated row is empty) and audit entries.
  const db = payload.db as unknown as BulkAdapter
  const tables = { organizations: db.tables.organizations!, applications: db.tables.applications!, members: db.tables.members! }
  const leadName = (n: number) => `${PREFIXES[n % PREFIXES.length]}${TECH[Math.floor(n / PREFIXES.length) % TECH.length]}${ORG_SUFFIX[n % ORG_SUFFIX.length]}（${n}）`
  const titleOf = (n: number) => `${PREFIXES[n % PREFIXES.length]}${TECH[(n * 7) % TECH.length]}${n >= PREFIXES.length * TECH.length ? String(Math.floor(n / (PREFIXES.length * TECH.length)) + 1) : ''}`

  const templateReq = await createLocalReq({ context: { seed: true } }, payload)
  const templateLead = await payload.create({
    collection: 'organizations',
    data: { name: leadName(offset - 1 + 1_000_000), creditCode: code(), kind: 'enterprise', district: districts[0] as number, registeredCity: '宁波', rdYearsInField: 5 },
    overrideAccess: true,
    req: templateReq,
    context: { seed: true },
  })
  const templates = {} as Record<PolicySetId, { app: Row; lead: Row; member: Row }>
  for (const set of SETS) {
    const app = await payload.create({
      collection: 'applications',
      data: { title: `模板 ${set.id}`, program: programs[set.id] as number, lead: templateLead.id, status: 'draft', field: TECH[0] } as never,
      overrideAccess: true,
      context: { seed: true },
    })
    const member = await payload.create({ collection: 'members', data: { application: app.id, organization: templateLead.id, role: 'lead' } as never, overrideAccess: true, context: { seed: true } })
    templates[set.id] = {
      app: withoutId(await rowOf(db, tables.applications, app.id)),
      lead: withoutId(await rowOf(db, tables.organizations, templateLead.id)),
      member: withoutId(await rowOf(db, tables.members, member.id)),
    }
    // The template itself stays out of the lists and the register: in the trash (a draft, never public).
    await payload.db.updateOne({ collection: 'applications', id: app.id, data: { deletedAt: new Date().toISOString() }, returning: false })
  }

  const kinds = [
    ...Array.from({ length: options.carriers }, () => 'carrier' as const),
    ...Array.from({ length: noticeCount }, () => 'notice' as const),
    ...Array.from({ length: privateCount }, () => 'private' as const),
  ]
  const carriers: Id[] = []
  const notices: Id[] = []
  const privateIds: Id[] = []
  const startedOn = Date.parse(`${today}T00:00:00Z`)
  log(`${total} applications with their lead units and ${membersPer} more members each, in batches of ${batch}…`)
  for (let from = 0; from < total; from += batch) {
    const indexes = Array.from({ length: Math.min(batch, total - from) }, (_, k) => from + k)
    await db.drizzle.transaction(async (tx) => {
      // Lead units
      const leadRows = indexes.map((i) => {
        const n = offset + i
        const set = SETS[i % SETS.length]!
        const stamped = stampAt(startedOn, i, total)
        return { ...templates[set.id].lead, name: leadName(n), creditCode: code(), district: districts[n % districts.length], rdYearsInField: 5 + (n % 10), createdAt: stamped, updatedAt: stamped }
      })
      const leadIds = await insertReturningIds(tx, tables.organizations, leadRows, 400)

      // Applications
      const appRows = indexes.map((i, k) => {
        const set = SETS[i % SETS.length]!
        const n = offset + i
        const kind = kinds[i]!
        const title = titleOf(n)
        const lead = leadRows[k]!
        const stamped = stampAt(startedOn, i, total)
        const base: Row = {
          ...templates[set.id].app,
          title, program: programs[set.id], lead: leadIds[k], district: lead.district, field: TECH[(n * 7) % TECH.length],
          officialName: null, officialNameEn: null, recognizedOn: null, isPublic: false, publicSummary: null,
          noticeStartsOn: null, noticeEndsOn: null, submittedOn: null, disbursedTotal: null, deletedAt: null,
          createdAt: stamped, updatedAt: stamped,
        }
        if (kind === 'carrier') {
          const year = set.id === 'wh-consortium-2022' ? 2022 + (i % 3) : 2021 + (i % 6)
          const monthDay = `${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`
          // Recognised in the past: a date later this year moves to last year.
          const day = `${year}-${monthDay}` <= today ? `${year}-${monthDay}` : `${year - 1}-${monthDay}`
          const plain = `${PREFIXES[n % PREFIXES.length]}${TECH[(n * 7) % TECH.length]}`
          Object.assign(base, {
            status: pick(set.states),
            officialName: officialName(set.id, plain, 'zh'),
            officialNameEn: officialName(set.id, plain, 'en'),
            recognizedOn: stamp(day),
            isPublic: true,
            publicSummary: `围绕${plain.slice(2)}领域关键核心技术，联合高校院所和产业链上下游企业开展协同攻关。`,
          })
        } else if (kind === 'notice') {
          // Half started today (running), half started three weeks ago (the period is over: 期满).
          const start = (i - options.carriers) % 2 === 0 ? today : addDays(today, -21)
          Object.assign(base, { status: 'public-notice', noticeStartsOn: stamp(start), noticeEndsOn: stamp(noticeEndsOn(start, 5)), isPublic: true })
        } else {
          Object.assign(base, { status: pick(PRIVATE_STATES[set.id]), submittedOn: stamp(addDays(today, -((i - options.carriers - noticeCount) % 300))) })
        }
        // As hooks/applications/searchText keeps it: names and the lead's credit code.
        base.searchText = [base.title, base.officialName, lead.name, lead.creditCode].filter(Boolean).join(' ')
        return base
      })
      const appIds = await insertReturningIds(tx, tables.applications, appRows, 150)

      // Members: the lead, then members from the shared pool.
      const memberRows: Row[] = []
      appRows.forEach((app, k) => {
        const set = SETS[indexes[k]! % SETS.length]!
        const member = (organization: Id, role: string, displayName: string) => ({
          ...templates[set.id].member, application: appIds[k], organization, role, displayName, lead: leadIds[k], district: app.district, createdAt: app.createdAt, updatedAt: app.createdAt,
        })
        memberRows.push(member(leadIds[k]!, 'lead', String(leadRows[k]!.name)))
        const chosen = new Set<Id>()
        for (let m = 0; m < membersPer && chosen.size < pool.length; m++) {
          const other = pick(pool)
          if (chosen.has(other.id)) continue
          chosen.add(other.id)
          memberRows.push(member(other.id, other.role, other.name))
        }
      })
      await insertReturningIds(tx, tables.members, memberRows, 400, false)

      indexes.forEach((i, k) => {
        const kind = kinds[i]!
        ;(kind === 'carrier' ? carriers : kind === 'notice' ? notices : privateIds).push(appIds[k]!)
      })
    }, db.name === 'sqlite' ? { behavior: 'immediate' } : undefined)
    if ((from / batch) % 10 === 9) log(`  ${from + indexes.length} / ${total}`)
  }

  // Fresh statistics for the planner, as after any bulk load.
  await payload.db.execute({ drizzle: db.drizzle, raw: 'ANALYZE' } as never)

  return { carriers, notices, private: privateIds, districts, programs, elapsedMs: Date.now() - started }
}

type Row = Record<string, unknown>
type Tx = {
  insert: (table: unknown) => { values: (rows: Row[]) => { returning: (fields: Record<string, unknown>) => Promise<{ id: Id }[]>; execute?: () => Promise<unknown>; run?: () => Promise<unknown>; then: PromiseLike<unknown>['then'] } }
  select: () => { from: (table: unknown) => { where: (cond: unknown) => Promise<Row[]> } }
}
interface BulkAdapter {
  name: string
  tables: Record<string, Record<string, unknown> & { id: unknown }>
  drizzle: Tx & { transaction: <T>(fn: (tx: Tx) => Promise<T>, config?: unknown) => Promise<T> }
}

const withoutId = (row: Row): Row => {
  const { id: _id, ...rest } = row
  return rest
}

/** The stored row, as the adapter's drizzle schema names its columns. */
async function rowOf(db: BulkAdapter, table: BulkAdapter['tables'][string], id: Id): Promise<Row> {
  const { sql } = db.name === 'postgres' ? await import('@payloadcms/db-postgres') : await import('@payloadcms/db-sqlite')
  const [row] = await db.drizzle.select().from(table).where(sql`${table.id} = ${id}`)
  if (!row) throw new Error(`template row ${id} not found`)
  return row
}

/** Multi-row INSERTs of `size` rows (below both databases' limits on bound parameters); ids in row order. */
async function insertReturningIds(tx: Tx, table: BulkAdapter['tables'][string], rows: Row[], size: number, returning = true): Promise<Id[]> {
  const ids: Id[] = []
  for (let i = 0; i < rows.length; i += size) {
    const query = tx.insert(table).values(rows.slice(i, i + size))
    if (returning) ids.push(...(await query.returning({ id: table.id })).map((r) => r.id))
    else await query
  }
  return ids
}

/** createdAt/updatedAt spread over the last two years, newest last (as rows arrive). */
function stampAt(now: number, i: number, total: number): string {
  const span = 2 * 365 * 86_400_000
  return new Date(now - span + Math.floor((span * (i + 1)) / Math.max(total, 1))).toISOString()
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
