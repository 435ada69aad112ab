// What the public pages may show, and nothing else: recognised carriers, notices and their public fields.
// Every query here selects its fields explicitly (no amounts, scores, contacts or people), runs with
// overrideAccess because the public has no user, and is shaped to match an index (see Applications' indexes).
import type { Payload, Where } from 'payload'

import type { CarrierKind, PolicySetId, State } from '../policies'
import { POLICY_SETS } from '../policies'
import { noticeEnded } from '../policies/workflows'
import { validNumberPattern } from '../workflow/document-numbers'
import { chinaDayOf, chinaToday, daysBetween, isoDayRange } from './labels'

type Id = number | string
type Row = Record<string, any>

/** Carriers in the register: recognised (filed, approved) and still standing. */
export const REGISTER_STATES = ['recognized', 'approved', 'filed', 'in-construction', 'under-evaluation'] as const satisfies readonly State[]
/** A notice that is running (or paused by an objection). */
export const NOTICE_STATES = ['public-notice', 'objection'] as const satisfies readonly State[]
/** Carriers that were recognised and are no longer: their page stays, saying so and since when. */
export const ENDED_STATES = ['delisted', 'cancelled'] as const satisfies readonly State[]
/** Kept for callers that only need "shown on the register". */
export const PUBLIC_STATES = REGISTER_STATES

export const PAGE_SIZE = 20
const MAX_PAGE = 10_000

export const KIND_LABELS: Record<CarrierKind, string> = {
  consortium: '创新联合体',
  tic: '技术创新中心',
  complex: '产业创新服务综合体',
}

/** Where each policy set applies, for the register's filter ("policy set / region"). */
export const POLICY_SET_REGION: Record<PolicySetId, string> = {
  'nb-consortium-2021': '宁波市',
  'nb-tic-2022': '宁波市',
  'wh-consortium-2022': '威海市',
  'zj-consortium': '浙江省',
  'cx-complex': '慈溪市',
}

export const policySetLabel = (id: string | null | undefined): string => {
  const meta = id ? POLICY_SETS[id as PolicySetId] : undefined
  return meta ? `${POLICY_SET_REGION[meta.id]} · ${meta.title.zh}` : '—'
}

/** How the policy set names its decision: Weihai files (备案), the TIC guideline approves construction, others recognise. */
export const recognitionVerb = (id: string | null | undefined): string =>
  id === 'wh-consortium-2022' ? '备案' : id === 'nb-tic-2022' ? '批复建设' : '认定'

export const policySetDocument = (id: string | null | undefined): string | null => {
  const meta = id ? POLICY_SETS[id as PolicySetId] : undefined
  return meta ? meta.document : null
}

// ------------------------------------------------------------------ register query (search, filters, sort, page)

export const SORTS = { newest: '最新认定在前', oldest: '最早认定在前', name: '按名称' } as const
export type SortKey = keyof typeof SORTS

export interface RegisterQuery {
  q?: string
  kind?: CarrierKind
  policySet?: PolicySetId
  district?: string
  year?: number
  sort: SortKey
  page: number
}

const first = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value)?.trim() || undefined

/**
 * Reads the register's URL parameters. A value that makes no sense is dropped rather than refused: a member of
 * the public with an old or hand-edited link still gets the register.
 */
export function parseRegisterQuery(params: Record<string, string | string[] | undefined>): RegisterQuery {
  const q = first(params.q)?.slice(0, 50)
  const kind = first(params.kind)
  const policySet = first(params.policySet)
  const district = first(params.district)
  const year = Number(first(params.year))
  const sort = first(params.sort)
  const page = Number(first(params.page))
  return {
    q: q || undefined,
    kind: kind && kind in KIND_LABELS ? (kind as CarrierKind) : undefined,
    policySet: policySet && policySet in POLICY_SETS ? (policySet as PolicySetId) : undefined,
    district: district && /^[A-Za-z0-9-]{1,36}$/.test(district) ? district : undefined,
    year: Number.isInteger(year) && year >= 1990 && year <= 2100 ? year : undefined,
    sort: sort && sort in SORTS ? (sort as SortKey) : 'newest',
    page: Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
  }
}

/** The URL of a register view: only the parameters that differ from the default, so `/` is the first page. */
export function registerHref(query: Partial<RegisterQuery>, base = '/'): string {
  const params = new URLSearchParams()
  if (query.q) params.set('q', query.q)
  if (query.kind) params.set('kind', query.kind)
  if (query.policySet) params.set('policySet', query.policySet)
  if (query.district) params.set('district', String(query.district))
  if (query.year) params.set('year', String(query.year))
  if (query.sort && query.sort !== 'newest') params.set('sort', query.sort)
  if (query.page && query.page > 1) params.set('page', String(query.page))
  const search = params.toString()
  return search ? `${base}?${search}` : base
}

export const isDefaultRegisterQuery = (query: RegisterQuery): boolean => registerHref(query) === '/'

const inRegister: Where = { and: [{ isPublic: { equals: true } }, { status: { in: [...REGISTER_STATES] } }] }

/** A carrier whose page is public: on the register, under notice, or recognised once and ended since. */
const hasPublicPage: Where = {
  or: [
    { and: [{ isPublic: { equals: true } }, { status: { in: [...REGISTER_STATES, ...NOTICE_STATES] } }] },
    { and: [{ status: { in: [...ENDED_STATES] } }, { recognizedOn: { exists: true } }] },
  ],
}

function registerWhere(query: RegisterQuery): Where {
  const and: Where[] = [inRegister]
  if (query.kind) and.push({ carrierKind: { equals: query.kind } })
  if (query.policySet) and.push({ policySet: { equals: query.policySet } })
  if (query.district) and.push({ district: { equals: query.district } })
  if (query.year) {
    const { from, to } = isoDayRange(`${query.year}-01-01`, `${query.year}-12-31`)
    and.push({ recognizedOn: { greater_than_equal: from } }, { recognizedOn: { less_than: to } })
  }
  if (query.q) {
    and.push({ or: [{ officialName: { like: query.q } }, { title: { like: query.q } }, { field: { like: query.q } }, { 'lead.name': { like: query.q } }] })
  }
  return { and }
}

const SORT_FIELDS: Record<SortKey, string[]> = {
  newest: ['-recognizedOn', '-id'],
  oldest: ['recognizedOn', 'id'],
  name: ['officialName', 'id'],
}

// ------------------------------------------------------------------ shapes the pages receive

export interface PublicCarrierRow {
  id: Id
  name: string
  kind: string
  kindId: CarrierKind | null
  lead: string | null
  field: string | null
  district: string | null
  policySet: string
  recognizedOn: string | null
  status: string
}

export interface PublicNoticeRow extends PublicCarrierRow {
  noticeStartsOn: string | null
  noticeEndsOn: string | null
}

export interface Page<T> {
  docs: T[]
  totalDocs: number
  page: number
  totalPages: number
  pageSize: number
}

const LIST_SELECT = {
  title: true, officialName: true, carrierKind: true, policySet: true, lead: true, district: true, field: true,
  recognizedOn: true, status: true, noticeStartsOn: true, noticeEndsOn: true, program: true,
} as const

/** Names of the units and districts a public row shows, keyed by the field that holds their id. */
type NamedCollection = 'organizations' | 'districts'
const NAME_SELECT = { organizations: { name: true }, districts: { name: true, city: true } } as const
const APPLICATION_NAMES: Record<string, NamedCollection> = { lead: 'organizations', district: 'districts' }
const MEMBER_NAMES: Record<string, NamedCollection> = { organization: 'organizations' }

/**
 * Puts `{ id, name[, city] }` in place of the ids in `fields`, from one narrow read per collection. Payload's
 * depth-1 population runs the related collection's whole read pipeline per document (on PostgreSQL 30+ ms for a
 * carrier page); the public pages need two columns.
 */
async function withNames<T extends Row>(payload: Payload, docs: T[], fields: Record<string, NamedCollection>): Promise<T[]> {
  const wanted = new Map<NamedCollection, Map<string, Id>>()
  for (const doc of docs) {
    for (const [field, collection] of Object.entries(fields)) {
      const id = idOfValue(doc[field])
      if (id === null) continue
      const ids = wanted.get(collection) ?? new Map<string, Id>()
      ids.set(String(id), id)
      wanted.set(collection, ids)
    }
  }
  const found = new Map<string, Row>()
  for (const [collection, ids] of wanted) {
    const all = [...ids.values()]
    // In chunks: an IN list of every id would pass PostgreSQL's and SQLite's parameter limits at a province's scale.
    for (let i = 0; i < all.length; i += CHUNK) {
      const result = await payload.db.find<Row>({
        collection,
        where: payload.collections[collection].config.trash
          ? { and: [{ id: { in: all.slice(i, i + CHUNK) } }, { deletedAt: { exists: false } }] }
          : { id: { in: all.slice(i, i + CHUNK) } },
        select: NAME_SELECT[collection],
        pagination: false,
        limit: 0,
      })
      for (const doc of result.docs) found.set(`${collection}:${doc.id}`, doc)
    }
  }
  for (const doc of docs) {
    for (const [field, collection] of Object.entries(fields)) {
      const id = idOfValue(doc[field])
      if (id !== null) (doc as Row)[field] = found.get(`${collection}:${id}`) ?? id
    }
  }
  return docs
}

// The official English name is generated from the Chinese title (src/workflow/transition.ts): shown only when it
// is English throughout.
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/
const englishName = (value: unknown): string | null => (typeof value === 'string' && value && !CJK.test(value) ? value : null)

const nameOf = (value: unknown): string | null => (value && typeof value === 'object' ? ((value as { name?: string }).name ?? null) : null)
const idOfValue = (value: unknown): Id | null =>
  value === null || value === undefined ? null : typeof value === 'object' ? ((value as { id?: Id }).id ?? null) : (value as Id)

export const STATUS_LABELS: Partial<Record<State, string>> = {
  recognized: '已认定',
  approved: '已批复',
  filed: '已备案',
  'in-construction': '建设中',
  'under-evaluation': '年度评价中',
  'public-notice': '公示中',
  objection: '异议处理中',
  delisted: '已摘牌',
  cancelled: '已取消（中止）',
}

function toRow(doc: Row): PublicCarrierRow {
  const district = doc.district && typeof doc.district === 'object' ? (doc.district as { name?: string; city?: string }) : null
  return {
    id: doc.id,
    name: String(doc.officialName || doc.title || ''),
    kind: KIND_LABELS[doc.carrierKind as CarrierKind] ?? '—',
    kindId: (doc.carrierKind as CarrierKind) ?? null,
    lead: nameOf(doc.lead),
    field: doc.field || null,
    district: district ? [district.city, district.name].filter(Boolean).join(' ') : null,
    policySet: policySetLabel(doc.policySet),
    recognizedOn: chinaDayOf(doc.recognizedOn),
    status: STATUS_LABELS[doc.status as State] ?? '—',
  }
}

function toNoticeRow(doc: Row): PublicNoticeRow {
  return { ...toRow(doc), noticeStartsOn: chinaDayOf(doc.noticeStartsOn), noticeEndsOn: chinaDayOf(doc.noticeEndsOn) }
}

function pageOf<T>(result: { docs: unknown[]; totalDocs: number; page?: number; totalPages: number }, map: (doc: Row) => T, pageSize: number): Page<T> {
  return { docs: result.docs.map((doc) => map(doc as Row)), totalDocs: result.totalDocs, page: result.page ?? 1, totalPages: Math.max(1, result.totalPages), pageSize }
}

// ------------------------------------------------------------------ register

/** One page of the register, with the true total (a COUNT over the same filter, not the rows fetched). */
/** Whether a string can be an id of this database (a number on SQL, an ObjectId on MongoDB): anything else would be a query error. */
export const isIdFor = (payload: Payload, value: string | number): boolean =>
  payload.db.defaultIDType === 'number' ? /^\d{1,15}$/.test(String(value)) : /^[a-f0-9]{24}$/i.test(String(value))

export async function listRegister(payload: Payload, query: RegisterQuery): Promise<Page<PublicCarrierRow>> {
  if (query.district && !isIdFor(payload, query.district)) return { docs: [], totalDocs: 0, page: 1, totalPages: 1, pageSize: PAGE_SIZE }
  const result = await payload.find({
    collection: 'applications',
    where: registerWhere(query),
    select: LIST_SELECT,
    depth: 0,
    limit: PAGE_SIZE,
    page: query.page,
    sort: SORT_FIELDS[query.sort],
    overrideAccess: true,
  })
  await withNames(payload, result.docs as Row[], APPLICATION_NAMES)
  return pageOf(result, toRow, PAGE_SIZE)
}

export interface Option {
  value: string
  label: string
}

export interface RegisterFacets {
  kinds: Option[]
  policySets: Option[]
  districts: Option[]
  years: number[]
}

/** The choices of the register's filters: only values that some public carrier has. */
export async function registerFacets(payload: Payload): Promise<RegisterFacets> {
  const rows = await publicRegisterRows(payload)
  const districtIds = new Set(rows.map((r) => r.districtId).filter((d): d is Id => d !== null).map(String))
  const districts = districtIds.size
    ? (await payload.find({ collection: 'districts', where: { id: { in: [...districtIds] } }, select: { name: true, city: true }, depth: 0, pagination: false, sort: 'code', overrideAccess: true })).docs
    : []
  const kinds = new Set(rows.map((r) => r.kind))
  const sets = new Set(rows.map((r) => r.policySet))
  return {
    kinds: (Object.keys(KIND_LABELS) as CarrierKind[]).filter((k) => kinds.has(k)).map((k) => ({ value: k, label: KIND_LABELS[k] })),
    policySets: (Object.keys(POLICY_SETS) as PolicySetId[]).filter((s) => sets.has(s)).map((s) => ({ value: s, label: policySetLabel(s) })),
    districts: districts.map((d) => ({ value: String(d.id), label: `${d.city} ${d.name}` })),
    years: [...new Set(rows.map((r) => r.year).filter((y): y is number => y !== null))].sort((a, b) => b - a),
  }
}

interface RegisterFacts {
  id: Id
  kind: CarrierKind | null
  policySet: PolicySetId | null
  districtId: Id | null
  year: number | null
}

/** The few columns that the statistics and filters count, for every carrier on the register. */
async function publicRegisterRows(payload: Payload): Promise<RegisterFacts[]> {
  const result = await payload.find({
    collection: 'applications',
    where: inRegister,
    select: { carrierKind: true, policySet: true, district: true, recognizedOn: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return result.docs.map((doc) => {
    const row = doc as Row
    const day = chinaDayOf(row.recognizedOn)
    return { id: row.id, kind: row.carrierKind ?? null, policySet: row.policySet ?? null, districtId: idOfValue(row.district), year: day ? Number(day.slice(0, 4)) : null }
  })
}

// ------------------------------------------------------------------ one carrier

export interface ProgramNoticeInfo {
  id: Id
  title: string
  issuingOffice: string | null
  /** The programme's fixed 文号 (one for every notice, one for every decision) as entered on the programme. */
  noticeDocumentNumber: string | null
  recognitionDocumentNumber: string | null
  /** Whether the programme numbers each notice / decision in sequence (then its fixed 文号 is no carrier's). */
  numbersInSequence: { notice: boolean; decision: boolean }
  objection: {
    department: string | null
    phone: string | null
    email: string | null
    address: string | null
    instructions: string | null
  }
}

export interface PublicEvent {
  on: string
  text: string
}

export interface PublicCarrierDetail extends PublicNoticeRow {
  state: State
  /** 认定, 备案 or 批复建设, as the policy set says it. */
  verb: string
  officialNameEn: string | null
  summary: string | null
  policySetDocument: string | null
  members: { name: string; role: string }[]
  programId: Id | null
  /** The day the carrier was delisted or cancelled, when it was. */
  endedOn: string | null
  /** The 文号 of the notice and of the decision issued for this carrier (its own documents), when issued. */
  issuedNumbers: IssuedNumbers
  /** Notices and decisions, oldest first. */
  history: PublicEvent[]
}

const MEMBER_ROLE_LABELS: Record<string, string> = {
  lead: '牵头单位',
  enterprise: '企业',
  university: '高校',
  institute: '科研院所',
  service: '服务机构',
  financial: '金融机构',
}

/** What the public record says for each step of the workflow (the rest of the trail is internal). */
function eventText(transition: string, from: string, to: string): string | null {
  // A step that keeps the state (a correction of the record) is not an event of the notice.
  if (from === to) return null
  if (to === 'public-notice') return from === 'objection' ? '异议处理完毕，恢复公示' : '发布公示'
  if (to === 'objection') return '收到异议，进入异议处理'
  if (from === 'public-notice' && (to === 'recognized' || to === 'filed' || to === 'approved' || to === 'in-construction')) {
    return to === 'filed' ? '公示期满无异议，予以备案' : to === 'in-construction' ? '公示期满无异议，启动建设' : '公示期满无异议，予以认定'
  }
  if (to === 'recognized' || to === 'filed' || to === 'approved' || to === 'in-construction') {
    if (from === 'under-evaluation') return to === 'recognized' && transition === 'complete-construction' ? '建设期满验收通过' : null
    return to === 'filed' ? '予以备案' : to === 'in-construction' ? '批复启动建设' : '予以认定'
  }
  if (to === 'delisted') return '摘牌'
  if (to === 'cancelled') return '取消（中止）'
  return null
}

export async function findPublicCarrier(payload: Payload, id: Id): Promise<PublicCarrierDetail | null> {
  if (!isIdFor(payload, id)) return null
  const found = await payload.find({
    collection: 'applications',
    where: { and: [{ id: { equals: id } }, hasPublicPage] },
    select: { ...LIST_SELECT, ...DOCUMENT_NUMBER_SELECT, officialNameEn: true, publicSummary: true, noticeClosedOn: true },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
  })
  const doc = found.docs[0] as Row | undefined
  if (!doc) return null
  await withNames(payload, [doc], APPLICATION_NAMES)
  const [members, trail] = await Promise.all([
    payload.find({
      collection: 'members',
      where: { application: { equals: doc.id } },
      select: { organization: true, role: true, leftOn: true },
      depth: 0,
      pagination: false,
      sort: 'id',
      overrideAccess: true,
    }).then(async (result) => ({ ...result, docs: await withNames(payload, result.docs as Row[], MEMBER_NAMES) })),
    payload.find({
      collection: 'audit-log',
      where: { and: [{ application: { equals: doc.id } }, { action: { equals: 'transition' } }] },
      select: { at: true, transition: true, from: true, to: true },
      depth: 0,
      pagination: false,
      sort: 'at',
      overrideAccess: true,
    }),
  ])
  const leadId = idOfValue(doc.lead)
  const history: PublicEvent[] = []
  let endedOn: string | null = null
  for (const entry of trail.docs as Row[]) {
    const on = chinaDayOf(entry.at)
    const text = eventText(String(entry.transition ?? ''), String(entry.from ?? ''), String(entry.to ?? ''))
    if (on && text) history.push({ on, text })
    if (on && (entry.to === 'delisted' || entry.to === 'cancelled')) endedOn = on
  }
  const closedOn = chinaDayOf(doc.noticeClosedOn)
  if (closedOn) history.push({ on: closedOn, text: '公示期满，无异议' })
  history.sort((a, b) => a.on.localeCompare(b.on))
  const row = toNoticeRow(doc)
  return {
    ...row,
    state: doc.status as State,
    verb: recognitionVerb(doc.policySet),
    officialNameEn: englishName(doc.officialNameEn),
    summary: doc.publicSummary || null,
    policySetDocument: policySetDocument(doc.policySet),
    members: (members.docs as Row[])
      .filter((m) => !m.leftOn && idOfValue(m.organization) !== leadId)
      .map((m) => ({ name: nameOf(m.organization) ?? '—', role: MEMBER_ROLE_LABELS[m.role as string] ?? '成员单位' })),
    programId: idOfValue(doc.program),
    endedOn: doc.status === 'delisted' || doc.status === 'cancelled' ? endedOn : null,
    issuedNumbers: issuedNumbers(doc),
    history,
  }
}

const PROGRAM_SELECT = { title: true, publicNotice: true } as const

// ------------------------------------------------------------------ 文号

export interface IssuedNumbers {
  notice: string | null
  decision: string | null
}

/** The issued documents' kind and number only (their files and dates stay internal). */
const DOCUMENT_NUMBER_SELECT = { documents: { kind: true, number: true } } as const

/** The 文号 of the carrier's own documents: the latest issued of each kind (a reissued decision takes a new number). */
export function issuedNumbers(doc: Row): IssuedNumbers {
  const found: IssuedNumbers = { notice: null, decision: null }
  for (const d of (Array.isArray(doc.documents) ? doc.documents : []) as Row[]) {
    if ((d.kind === 'notice' || d.kind === 'decision') && typeof d.number === 'string' && d.number.trim()) found[d.kind as keyof IssuedNumbers] = d.number.trim()
  }
  return found
}

/**
 * The 文号 shown for a carrier's notice or decision: the one issued with it; without one (recorded before documents
 * were issued), the programme's fixed 文号 — only when the programme has one number for all, as a programme that
 * numbers in sequence never gave its fixed number to any carrier.
 */
export function carrierDocumentNumber(kind: 'notice' | 'decision', own: IssuedNumbers, program: ProgramNoticeInfo | null | undefined): string | null {
  if (own[kind]) return own[kind]
  if (!program || program.numbersInSequence[kind]) return null
  return (kind === 'notice' ? program.noticeDocumentNumber : program.recognitionDocumentNumber) ?? null
}

function toProgramInfo(doc: Row): ProgramNoticeInfo {
  const n = (doc.publicNotice ?? {}) as Row
  const o = (n.objection ?? {}) as Row
  return {
    id: doc.id,
    title: String(doc.title ?? ''),
    issuingOffice: n.issuingOffice || null,
    noticeDocumentNumber: n.noticeDocumentNumber || null,
    recognitionDocumentNumber: n.recognitionDocumentNumber || null,
    numbersInSequence: { notice: validNumberPattern(n.noticeNumberPattern), decision: validNumberPattern(n.decisionNumberPattern) },
    objection: { department: o.department || null, phone: o.phone || null, email: o.email || null, address: o.address || null, instructions: o.instructions || null },
  }
}

/** The public parts of a programme: who issues its notices, their numbers, and where objections go. */
export async function programNoticeInfo(payload: Payload, id: Id): Promise<ProgramNoticeInfo | null> {
  if (!isIdFor(payload, id)) return null
  const found = await payload.find({ collection: 'programs', where: { id: { equals: id } }, select: PROGRAM_SELECT, depth: 0, limit: 1, pagination: false, overrideAccess: true })
  const doc = found.docs[0] as Row | undefined
  return doc ? toProgramInfo(doc) : null
}

// ------------------------------------------------------------------ notices

export type NoticePhase = 'open' | 'objection' | 'ended'

/** A running notice is open until its last day (China's date), then 期满 until the bureau decides. */
export function noticePhase(status: string, endsOn: string | null, today: string): NoticePhase {
  if (status === 'objection') return 'objection'
  return noticeEnded(endsOn, today) ? 'ended' : 'open'
}

/** Calendar days from today to the notice's last day (0 on the last day); null once it has passed. */
export function noticeDaysLeft(endsOn: string | null, today: string): number | null {
  if (!endsOn || noticeEnded(endsOn, today)) return null
  return daysBetween(today, endsOn)
}

export interface NoticeGroup {
  program: ProgramNoticeInfo
  notices: PublicNoticeRow[]
}

/** The notice board: the notices running now (open, in objection, or ended and awaiting the decision), by programme. */
export async function listNoticeBoard(payload: Payload): Promise<NoticeGroup[]> {
  const result = await payload.find({
    collection: 'applications',
    where: { and: [{ isPublic: { equals: true } }, { status: { in: [...NOTICE_STATES] } }] },
    select: LIST_SELECT,
    depth: 0,
    pagination: false,
    sort: ['noticeEndsOn', 'id'],
    overrideAccess: true,
  })
  await withNames(payload, result.docs as Row[], APPLICATION_NAMES)
  const byProgram = new Map<string, PublicNoticeRow[]>()
  for (const doc of result.docs as Row[]) {
    const key = String(idOfValue(doc.program))
    byProgram.set(key, [...(byProgram.get(key) ?? []), { ...toNoticeRow(doc), status: String(doc.status) }])
  }
  if (byProgram.size === 0) return []
  const programs = await payload.find({ collection: 'programs', where: { id: { in: [...byProgram.keys()] } }, select: PROGRAM_SELECT, depth: 0, pagination: false, overrideAccess: true, trash: true })
  const info = new Map((programs.docs as Row[]).map((p) => [String(p.id), toProgramInfo(p)]))
  return [...byProgram.entries()].map(([id, notices]) => ({
    program: info.get(id) ?? toProgramInfo({ id, title: '' }),
    notices,
  }))
}

/** The running notices as one list, each marked 期满 (`noticeEnded`) once its period is over on China's `today`. */
export async function listOpenNotices(payload: Payload, today: string = chinaToday()): Promise<(PublicNoticeRow & { noticeEnded: boolean })[]> {
  return (await listNoticeBoard(payload)).flatMap((g) => g.notices).map((n) => ({ ...n, noticeEnded: noticeEnded(n.noticeEndsOn, today) }))
}

export interface ArchivedNotice extends PublicNoticeRow {
  outcome: string
  noticeDocumentNumber: string | null
}

/** Notices whose period is over and decided: the carrier's current state says how. */
export async function listNoticeArchive(payload: Payload, page: number): Promise<Page<ArchivedNotice>> {
  const result = await payload.find({
    collection: 'applications',
    where: { and: [{ noticeStartsOn: { exists: true } }, { status: { not_in: [...NOTICE_STATES] } }, hasPublicPage] },
    select: { ...LIST_SELECT, ...DOCUMENT_NUMBER_SELECT },
    depth: 0,
    limit: PAGE_SIZE,
    page: Math.min(Math.max(1, page), MAX_PAGE),
    sort: ['-noticeStartsOn', '-id'],
    overrideAccess: true,
  })
  await withNames(payload, result.docs as Row[], APPLICATION_NAMES)
  const programIds = [...new Set((result.docs as Row[]).map((d) => String(idOfValue(d.program))))]
  const programs = programIds.length
    ? (await payload.find({ collection: 'programs', where: { id: { in: programIds } }, select: PROGRAM_SELECT, depth: 0, pagination: false, overrideAccess: true, trash: true })).docs
    : []
  const info = new Map((programs as Row[]).map((p) => [String(p.id), toProgramInfo(p)]))
  return pageOf(
    result,
    (doc) => ({ ...toNoticeRow(doc), outcome: STATUS_LABELS[doc.status as State] ?? '—', noticeDocumentNumber: carrierDocumentNumber('notice', issuedNumbers(doc), info.get(String(idOfValue(doc.program)))) }),
    PAGE_SIZE,
  )
}

// ------------------------------------------------------------------ statistics

export interface Count {
  label: string
  count: number
}

export interface PublicStatistics {
  total: number
  openNotices: number
  ended: number
  byKind: Count[]
  byDistrict: Count[]
  byYear: Count[]
  byPolicySet: Count[]
}

const tally = (values: string[]): Count[] => {
  const counts = new Map<string, number>()
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  return [...counts.entries()].map(([label, count]) => ({ label, count }))
}

export async function publicStatistics(payload: Payload): Promise<PublicStatistics> {
  const [rows, openNotices, ended, districts] = await Promise.all([
    publicRegisterRows(payload),
    payload.count({ collection: 'applications', where: { and: [{ isPublic: { equals: true } }, { status: { in: [...NOTICE_STATES] } }] }, overrideAccess: true }),
    payload.count({ collection: 'applications', where: { and: [{ status: { in: [...ENDED_STATES] } }, { recognizedOn: { exists: true } }] }, overrideAccess: true }),
    payload.find({ collection: 'districts', select: { name: true, city: true }, depth: 0, pagination: false, overrideAccess: true }),
  ])
  const districtName = new Map((districts.docs as Row[]).map((d) => [String(d.id), `${d.city} ${d.name}`]))
  const byCount = (a: Count, b: Count) => b.count - a.count || a.label.localeCompare(b.label, 'zh-CN')
  return {
    total: rows.length,
    openNotices: openNotices.totalDocs,
    ended: ended.totalDocs,
    byKind: (Object.keys(KIND_LABELS) as CarrierKind[]).map((k) => ({ label: KIND_LABELS[k], count: rows.filter((r) => r.kind === k).length })).filter((c) => c.count > 0),
    byDistrict: tally(rows.map((r) => (r.districtId !== null ? (districtName.get(String(r.districtId)) ?? '其他') : '未注明'))).sort(byCount),
    byYear: tally(rows.map((r) => (r.year !== null ? `${r.year}年` : '未注明'))).sort((a, b) => a.label.localeCompare(b.label)),
    byPolicySet: tally(rows.map((r) => policySetLabel(r.policySet))).sort(byCount),
  }
}

// ------------------------------------------------------------------ open data

export interface OpenDataRow {
  id: string
  name: string
  nameEn: string
  kind: string
  lead: string
  members: string[]
  field: string
  district: string
  policySet: string
  recognizedOn: string
  recognitionDocumentNumber: string
  status: string
  url: string
}

const CHUNK = 500

/** The register as open data: one row per carrier, public fields only, members by name. */
export async function openDataRows(payload: Payload, baseUrl: string): Promise<OpenDataRow[]> {
  const result = await payload.find({
    collection: 'applications',
    where: inRegister,
    select: { ...LIST_SELECT, ...DOCUMENT_NUMBER_SELECT, officialNameEn: true },
    depth: 0,
    pagination: false,
    sort: ['-recognizedOn', '-id'],
    overrideAccess: true,
  })
  const docs = await withNames(payload, result.docs as Row[], APPLICATION_NAMES)
  const members = new Map<string, string[]>()
  // In chunks: an IN list of every id would pass PostgreSQL's and SQLite's parameter limits at a province's scale.
  for (let i = 0; i < docs.length; i += CHUNK) {
    const ids = docs.slice(i, i + CHUNK).map((d) => d.id)
    const found = await payload.find({
      collection: 'members',
      where: { application: { in: ids } },
      select: { application: true, organization: true, leftOn: true },
      depth: 0,
      pagination: false,
      sort: 'id',
      overrideAccess: true,
    })
    for (const m of await withNames(payload, found.docs as Row[], MEMBER_NAMES)) {
      if (m.leftOn) continue
      const key = String(idOfValue(m.application))
      const name = nameOf(m.organization)
      if (name) members.set(key, [...(members.get(key) ?? []), name])
    }
  }
  const programIds = [...new Set(docs.map((d) => String(idOfValue(d.program))))]
  const programs = new Map<string, ProgramNoticeInfo>()
  for (let i = 0; i < programIds.length; i += CHUNK) {
    const found = await payload.find({ collection: 'programs', where: { id: { in: programIds.slice(i, i + CHUNK) } }, select: PROGRAM_SELECT, depth: 0, pagination: false, overrideAccess: true, trash: true })
    for (const p of found.docs as Row[]) programs.set(String(p.id), toProgramInfo(p))
  }
  return docs.map((doc) => {
    const row = toRow(doc)
    const lead = row.lead
    return {
      id: String(doc.id),
      name: row.name,
      nameEn: englishName(doc.officialNameEn) ?? '',
      kind: row.kind,
      lead: lead ?? '',
      members: (members.get(String(doc.id)) ?? []).filter((name) => name !== lead),
      field: row.field ?? '',
      district: row.district ?? '',
      policySet: row.policySet,
      recognizedOn: row.recognizedOn ?? '',
      // The carrier's own decision's 文号 (each carrier of a programme has its own).
      recognitionDocumentNumber: carrierDocumentNumber('decision', issuedNumbers(doc), programs.get(String(idOfValue(doc.program)))) ?? '',
      status: row.status,
      url: `${baseUrl}/carriers/${doc.id}`,
    }
  })
}

// ------------------------------------------------------------------ sitemap and feed

/** Every carrier page that is public, with its last change. */
export async function publicCarrierPages(payload: Payload): Promise<{ id: Id; updatedAt: string | null }[]> {
  const result = await payload.find({
    collection: 'applications',
    where: hasPublicPage,
    select: { updatedAt: true },
    depth: 0,
    pagination: false,
    sort: 'id',
    overrideAccess: true,
  })
  return (result.docs as Row[]).map((d) => ({ id: d.id, updatedAt: d.updatedAt ?? null }))
}

/** The latest notices, running or archived, newest first (for the feed). */
export async function recentNotices(payload: Payload, limit = 50): Promise<PublicNoticeRow[]> {
  const result = await payload.find({
    collection: 'applications',
    where: { and: [{ noticeStartsOn: { exists: true } }, hasPublicPage] },
    select: LIST_SELECT,
    depth: 0,
    limit,
    sort: ['-noticeStartsOn', '-id'],
    overrideAccess: true,
  })
  return (await withNames(payload, result.docs as Row[], APPLICATION_NAMES)).map(toNoticeRow)
}

// ------------------------------------------------------------------ site settings

export interface SiteSettings {
  siteTitle: string
  bureauName: string
  address: string | null
  postcode: string | null
  phone: string | null
  email: string | null
  icpNumber: string | null
  psbNumber: string | null
  hasLogo: boolean
}

export const DEFAULT_SITE_SETTINGS: SiteSettings = {
  siteTitle: '创新载体公开信息',
  bureauName: '科学技术局',
  address: null,
  postcode: null,
  phone: null,
  email: null,
  icpNumber: null,
  psbNumber: null,
  hasLogo: false,
}

export async function siteSettings(payload: Payload): Promise<SiteSettings> {
  const doc = (await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })) as Row
  return {
    siteTitle: doc.siteTitle || DEFAULT_SITE_SETTINGS.siteTitle,
    bureauName: doc.bureauName || DEFAULT_SITE_SETTINGS.bureauName,
    address: doc.address || null,
    postcode: doc.postcode || null,
    phone: doc.phone || null,
    email: doc.email || null,
    icpNumber: doc.icpNumber || null,
    psbNumber: doc.psbNumber || null,
    hasLogo: Boolean(doc.logo),
  }
}

/** The logo upload as stored: the public route streams only an image from the uploads folder. */
export async function siteLogo(payload: Payload): Promise<{ filename: string; mimeType: string } | null> {
  const doc = (await payload.findGlobal({ slug: 'site-settings', depth: 1, overrideAccess: true })) as Row
  const logo = doc.logo as Row | null
  if (!logo || typeof logo !== 'object' || !logo.filename || !logo.mimeType) return null
  return { filename: String(logo.filename), mimeType: String(logo.mimeType) }
}
