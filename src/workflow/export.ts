// GET /api/<collection>/export/xlsx: what the admin list shows — its filters (`where`, `search`) and its visible
// columns (`columns`) — as an Excel workbook with Chinese headers and China's dates, streamed page by page so
// every selected row is written (no silent cut-off) without holding the sheet in memory.
import ExcelJS from 'exceljs'
import { mkdir, rename } from 'node:fs/promises'
import { PassThrough, Readable } from 'node:stream'
import type { CollectionSlug, Endpoint, FlattenedField, Payload, PayloadRequest, Where } from 'payload'
import { addDataAndFileToRequest } from 'payload'

import { formatDay } from '../email/format'
import { errorResponse, platform } from '../lib/errors'
import { EXPORT_ROW_LIMIT, neutraliseFormula, visibleColumns } from '../lib/spreadsheet-cells'
import { breathe, dayStamp, finishSpreadsheetJob, jobFile, jobFilesDir, requestAs, type SpreadsheetJobDoc, startSpreadsheetJob, updateSpreadsheetJob, withClaim } from './spreadsheet-jobs'

const PAGE = 1000
type Row = Record<string, unknown>
type Id = number | string

interface Column {
  key: string
  header: string
  width: number
  field?: FlattenedField
}

/** What each collection exports when the list URL names no columns. */
const DEFAULT_COLUMNS: Partial<Record<CollectionSlug, string[]>> = {
  applications: ['id', 'title', 'officialName', 'carrierKind', 'policySet', 'lead', 'district', 'status', 'submittedOn', 'recognizedOn', 'disbursedTotal'],
  disbursements: ['id', 'application', 'lead', 'district', 'reference', 'basis', 'installment', 'year', 'amount', 'paidOn', 'reverses', 'note'],
  evaluations: ['id', 'application', 'lead', 'district', 'year', 'kind', 'dueOn', 'submittedOn', 'overdue', 'grade', 'consequence'],
  'fund-uses': ['id', 'application', 'lead', 'district', 'year', 'source', 'category', 'amount', 'description', 'spentOn'],
}
const EXPORTABLE = new Set(['text', 'textarea', 'email', 'code', 'select', 'radio', 'date', 'number', 'checkbox', 'relationship', 'upload'])

const zhOf = (label: unknown, fallback: string): string => {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object' && 'zh' in label) return String((label as { zh: unknown }).zh)
  return fallback
}

const badRequest = (zh: string, en: string, status = 400) => errorResponse(status, [platform(status === 401 ? 'auth.required' : 'request.export', zh, en)])

function columnsOf(payload: Payload, slug: CollectionSlug, requested: string[] | null): Column[] {
  const fields = payload.collections[slug].config.flattenedFields
  const byName = new Map(fields.map((f) => [f.name, f]))
  const keys = requested ?? DEFAULT_COLUMNS[slug] ?? ['id', ...fields.filter((f) => EXPORTABLE.has(f.type)).map((f) => f.name)]
  const columns: Column[] = []
  for (const key of keys.includes('id') ? keys : ['id', ...keys]) {
    if (key === 'id') {
      columns.push({ key, header: '编号', width: 8 })
      continue
    }
    const field = byName.get(key)
    // Rich text, JSON, arrays and groups have no single cell; hidden fields are not the person's to see.
    if (!field || !EXPORTABLE.has(field.type) || (field as { hidden?: boolean }).hidden || (field.admin as { hidden?: boolean } | undefined)?.hidden) continue
    if ((field.type === 'relationship' || field.type === 'upload') && Array.isArray((field as { relationTo?: unknown }).relationTo)) continue
    const header = zhOf(field.label, key)
    columns.push({ key, header, width: Math.min(40, Math.max(10, header.length * 2 + 4, field.type === 'relationship' || field.type === 'text' ? 24 : 12)), field })
  }
  return columns
}

/** The list's own filters: `where` as the URL carries it, and the search box over the searchable fields. */
function selectionOf(payload: Payload, slug: CollectionSlug, query: Record<string, unknown>): Where {
  const parts: Where[] = []
  if (query.where && typeof query.where === 'object' && !Array.isArray(query.where)) parts.push(query.where as Where)
  const search = typeof query.search === 'string' ? query.search.trim() : ''
  if (search) {
    const config = payload.collections[slug].config
    const fields = config.admin.listSearchableFields?.length ? config.admin.listSearchableFields : [config.admin.useAsTitle ?? 'id']
    parts.push({ or: fields.map((f) => ({ [f]: { like: search } })) })
  }
  return parts.length === 0 ? {} : parts.length === 1 ? parts[0]! : { and: parts }
}

const idOf = (v: unknown): Id | null => (v && typeof v === 'object' ? ((v as { id?: Id }).id ?? null) : (v as Id | null) ?? null)

/** Titles of the related records of one page, one query per related collection. */
async function relatedTitles(payload: Payload, columns: Column[], docs: Row[]): Promise<Map<string, Map<string, string>>> {
  const titles = new Map<string, Map<string, string>>()
  const wanted = new Map<string, Set<Id>>()
  for (const c of columns) {
    if (c.field?.type !== 'relationship' && c.field?.type !== 'upload') continue
    const target = (c.field as { relationTo: string }).relationTo
    const ids = wanted.get(target) ?? new Set<Id>()
    for (const d of docs) for (const v of ([] as unknown[]).concat(d[c.key] ?? [])) if (idOf(v) !== null) ids.add(idOf(v)!)
    wanted.set(target, ids)
  }
  for (const [target, ids] of wanted) {
    const map = new Map<string, string>()
    titles.set(target, map)
    if (ids.size === 0) continue
    const config = payload.collections[target as CollectionSlug]?.config
    const titleField = config?.admin.useAsTitle ?? 'id'
    // Only the names of records the exported rows point at (rows the user may read): the same names the list shows.
    const found = await payload.find({ collection: target as CollectionSlug, where: { id: { in: [...ids] } }, select: { [titleField]: true } as never, depth: 0, limit: ids.size, pagination: false, overrideAccess: true })
    for (const doc of found.docs as Row[]) map.set(String(doc.id), String(doc[titleField] ?? `#${doc.id}`))
  }
  return titles
}

function cellOf(column: Column, doc: Row, titles: Map<string, Map<string, string>>): string | number | null {
  const value = doc[column.key]
  if (column.key === 'id') return typeof value === 'number' ? value : String(value)
  const field = column.field!
  if (value === null || value === undefined || value === '') return null
  const text = (s: string) => neutraliseFormula(s)
  switch (field.type) {
    case 'number':
      return Array.isArray(value) ? value.join('、') : Number(value)
    case 'checkbox':
      return value ? '是' : '否'
    case 'date':
      return formatDay(value as string, 'zh')
    case 'select':
    case 'radio': {
      const options = (field as { options: (string | { value: string; label: unknown })[] }).options
      const label = (v: unknown) => {
        const o = options.find((x) => (typeof x === 'string' ? x : x.value) === v)
        return o === undefined ? String(v) : typeof o === 'string' ? o : zhOf(o.label, o.value)
      }
      return text(([] as unknown[]).concat(value).map(label).join('、'))
    }
    case 'relationship':
    case 'upload': {
      const map = titles.get((field as { relationTo: string }).relationTo)
      return text(([] as unknown[]).concat(value).map((v) => map?.get(String(idOf(v))) ?? `#${String(idOf(v))}`).join('、'))
    }
    default:
      return text(String(value))
  }
}

const fileName = (payload: Payload, slug: CollectionSlug) => zhOf(payload.collections[slug].config.labels?.plural, slug)

/** Computed (virtual) columns read other fields: then the whole row is read. */
const selectOf = (columns: Column[]) =>
  columns.some((c) => (c.field as { virtual?: unknown } | undefined)?.virtual) ? undefined : Object.fromEntries(columns.filter((c) => c.key !== 'id').map((c) => [c.key, true]))

/**
 * Writes every selected row the user may read, in keyset pages by id: every row once, whatever is written
 * meanwhile, with no deep offsets. `afterPage` hears the running count (a job's progress).
 */
async function writeRows(payload: Payload, slug: CollectionSlug, user: PayloadRequest['user'], columns: Column[], where: Where, sheet: ExcelJS.Worksheet, afterPage?: (written: number) => Promise<void>, page = PAGE): Promise<number> {
  const select = selectOf(columns)
  let last: Id | undefined
  let written = 0
  for (;;) {
    const found = await payload.find({
      collection: slug,
      where: last === undefined ? where : { and: [where, { id: { greater_than: last } }] },
      sort: 'id',
      limit: page,
      pagination: false,
      depth: 0,
      select: select as never,
      overrideAccess: false,
      user,
    })
    const docs = found.docs as Row[]
    if (docs.length === 0) break
    const titles = await relatedTitles(payload, columns, docs)
    for (const doc of docs) sheet.addRow(columns.map((c) => cellOf(c, doc, titles))).commit()
    written += docs.length
    last = docs[docs.length - 1]!.id as Id
    if (afterPage) await afterPage(written)
    if (docs.length < page) break
  }
  return written
}

function sheetFor(payload: Payload, slug: CollectionSlug, workbook: ExcelJS.stream.xlsx.WorkbookWriter, columns: Column[]): ExcelJS.Worksheet {
  workbook.creator = '创新载体管理平台'
  const sheet = workbook.addWorksheet(fileName(payload, slug))
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width, style: c.field?.type === 'number' ? { numFmt: '#,##0' } : {} }))
  sheet.getRow(1).font = { bold: true }
  return sheet
}

/**
 * Up to this many rows stream straight from the request; a larger selection is exported by a job (POST), so no
 * request reads for long (on SQLite every statement runs on the server's one thread). EXPORT_INLINE_ROWS overrides.
 */
export const exportInlineRows = (): number => {
  const n = Number(process.env.EXPORT_INLINE_ROWS)
  return Number.isInteger(n) && n >= 0 ? n : 500
}

interface Selection {
  columns: Column[]
  where: Where
  total: number
}

/** The list's columns and filters, checked (the filter is run once as a count, with the user's access). */
async function selectionFor(req: PayloadRequest, slug: CollectionSlug, query: Record<string, unknown>): Promise<Selection | Response> {
  const { payload, user } = req
  const columns = columnsOf(payload, slug, visibleColumns(query.columns))
  const where = selectionOf(payload, slug, query)
  let total: number
  try {
    // The user's own row access, and the filter checked before a byte is sent (a bad filter is a 400, not a broken file).
    total = (await payload.count({ collection: slug, where, overrideAccess: false, user })).totalDocs
  } catch {
    return badRequest('筛选条件无效，请在列表中重新设置筛选', 'the filter is not valid; set it again in the list')
  }
  if (total > EXPORT_ROW_LIMIT) {
    return badRequest(
      `所选记录共 ${total} 条，超过单次导出上限 ${EXPORT_ROW_LIMIT} 条；请按年度、区县或状态筛选后分批导出`,
      `${total} records selected, above the limit of ${EXPORT_ROW_LIMIT} per export; filter by year, district or status and export in parts`,
    )
  }
  return { columns, where, total }
}

export function exportEndpointFor(slug: CollectionSlug): Endpoint {
  return {
    path: '/export/xlsx',
    method: 'get',
    handler: async (req: PayloadRequest) => {
      if (!req.user) return badRequest('请先登录', 'please log in', 401)
      const { payload, user } = req
      const query = (req.query ?? {}) as Record<string, unknown>
      const selection = await selectionFor(req, slug, query)
      if (selection instanceof Response) return selection
      const { columns, where, total } = selection
      if (total > exportInlineRows()) {
        // Too many rows for one request: back to the list with the same filters, where the export button starts a
        // job (a GET never starts one: a link someone else sent must not make work in the user's name).
        const search = new URL(req.url ?? 'http://localhost/', 'http://localhost').search
        const params = new URLSearchParams(search)
        params.set('export', 'background')
        return new Response(null, { status: 303, headers: { Location: `/admin/collections/${slug}?${params.toString()}`, 'X-Export-Rows': String(total), 'Cache-Control': 'no-store' } })
      }
      const out = new PassThrough()
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false })
      const sheet = sheetFor(payload, slug, workbook, columns)
      const write = async () => {
        await writeRows(payload, slug, user, columns, where, sheet)
        sheet.commit()
        await workbook.commit()
      }
      write().catch((error: unknown) => {
        payload.logger.error({ err: error, msg: `export of ${slug} failed` })
        out.destroy(error as Error)
      })
      const name = fileName(payload, slug)
      return new Response(Readable.toWeb(out) as unknown as ReadableStream, {
        headers: {
          'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'Content-Disposition': `attachment; filename="${slug}.xlsx"; filename*=UTF-8''${encodeURIComponent(`${name}.xlsx`)}`,
          'X-Export-Rows': String(total),
          'Cache-Control': 'no-store',
        },
      })
    },
  }
}

/** POST /api/<collection>/export/xlsx {where, search, columns}: the same export as a job; 202 with its record. */
export function exportJobEndpointFor(slug: CollectionSlug): Endpoint {
  return {
    path: '/export/xlsx',
    method: 'post',
    handler: async (req: PayloadRequest) => {
      if (!req.user) return badRequest('请先登录', 'please log in', 401)
      await addDataAndFileToRequest(req)
      const body = (req.data ?? {}) as Record<string, unknown>
      const query = { where: body.where, search: body.search, columns: body.columns }
      const selection = await selectionFor(req, slug, query)
      if (selection instanceof Response) return selection
      const name = fileName(req.payload, slug)
      const job = await startSpreadsheetJob(req.payload, {
        kind: 'export',
        owner: req.user.id,
        title: `导出${name}（${selection.total} 条）`,
        target: slug,
        total: selection.total,
        params: JSON.parse(JSON.stringify(query)) as Record<string, unknown>,
      })
      return Response.json({ job: { id: job.id, status: job.status, total: selection.total }, message: `已开始在后台导出 ${selection.total} 条 / exporting ${selection.total} rows in the background` }, { status: 202 })
    },
  }
}

/** The job's side of an export: the file under DATA_DIR/spreadsheet-jobs, with progress after every page. */
export async function runExportJob(payload: Payload, job: SpreadsheetJobDoc): Promise<void> {
  await withClaim(payload, job.id, () => exportToFile(payload, job))
}

async function exportToFile(payload: Payload, job: SpreadsheetJobDoc): Promise<void> {
  const slug = job.target as CollectionSlug
  if (!payload.collections[slug]) {
    await finishSpreadsheetJob(payload, job.id, { status: 'failed', message: '无法导出该数据集 / this collection cannot be exported' })
    return
  }
  const req = await requestAs(payload, job)
  const query = (job.params ?? {}) as Record<string, unknown>
  const selection = await selectionFor(req, slug, query)
  if (selection instanceof Response) {
    const json = (await selection.json()) as { errors?: { message?: string }[] }
    await finishSpreadsheetJob(payload, job.id, { status: 'failed', message: json.errors?.[0]?.message ?? '导出失败 / the export failed' })
    return
  }
  const { columns, where, total } = selection
  await updateSpreadsheetJob(payload, job.id, { total, processed: 0 })
  await mkdir(jobFilesDir(), { recursive: true })
  const resultFile = `${job.id}-export.xlsx`
  const partial = jobFile(`${resultFile}.part`)
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: partial, useStyles: true, useSharedStrings: false })
  const sheet = sheetFor(payload, slug, workbook, columns)
  // Smaller pages than the request's: the job shares the thread with the requests (SQLite).
  const written = await writeRows(payload, slug, req.user, columns, where, sheet, async (n) => {
    await updateSpreadsheetJob(payload, job.id, { processed: n })
    await breathe(5)
  }, 500)
  sheet.commit()
  await workbook.commit()
  await rename(partial, jobFile(resultFile))
  const name = fileName(payload, slug)
  await finishSpreadsheetJob(payload, job.id, {
    status: 'done',
    total: Math.max(total, written),
    processed: written,
    resultFile,
    resultName: `${name}-${dayStamp()}.xlsx`,
    message: `已导出 ${written} 条 / exported ${written} rows`,
  })
}

export const exportEndpoint = exportEndpointFor('applications')
export const exportJobEndpoint = exportJobEndpointFor('applications')

/** Both export endpoints of a collection: GET streams a small selection, POST starts a job. */
export const exportEndpointsFor = (slug: CollectionSlug): Endpoint[] => [exportEndpointFor(slug), exportJobEndpointFor(slug)]

/** The list view's "导出 Excel" button for a collection (a larger selection becomes a job). */
export const exportListButton = (slug: CollectionSlug) => ({ path: '/src/components/ExportButton#ExportButton', clientProps: { slug, inlineLimit: exportInlineRows() } })
