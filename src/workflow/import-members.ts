// POST /api/members/import?application=ID (multipart, the .xlsx in `file`): member units from a spreadsheet.
// Every row is checked first: a sheet with any bad row imports nothing and every bad row is named (400). A valid
// sheet of up to IMPORT_INLINE_ROWS rows is imported in the request, all or none, in one transaction (200); a
// larger one becomes a job (202) that writes in short chunks, so no request waits long for the writer; see
// runMemberImportJob for what happens to a row refused at write time.
import ExcelJS from 'exceljs'
import type { Endpoint, PayloadRequest } from 'payload'
import { mkdir } from 'node:fs/promises'
import type { Payload } from 'payload'
import { addDataAndFileToRequest, commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { creditCodeExplanation } from '../lib/credit-code'
import { describeError, errorResponse, platform, platformError, refuse } from '../lib/errors'
import { neutraliseFormula } from '../lib/spreadsheet-cells'
import {
  applicationOf,
  breathe,
  finishSpreadsheetJob,
  jobFile,
  jobFilesDir,
  readJobInput,
  requestAs,
  type RowFailure,
  type SpreadsheetJobDoc,
  startSpreadsheetJob,
  stillClaimed,
  updateSpreadsheetJob,
  withClaim,
} from './spreadsheet-jobs'

const ROLE_BY_LABEL: Record<string, string> = {
  牵头单位: 'lead',
  企业: 'enterprise',
  高校: 'university',
  科研院所: 'institute',
  服务机构: 'service',
  金融机构: 'financial',
}
const KIND_BY_ROLE: Record<string, string> = { lead: 'enterprise', enterprise: 'enterprise', university: 'university', institute: 'institute', service: 'service-body', financial: 'service-body' }

/** The header row, in Chinese as the template says; English headers are accepted too. */
const COLUMNS = {
  name: ['单位名称', 'name'],
  creditCode: ['统一社会信用代码', 'credit code'],
  role: ['角色', 'role'],
  tasks: ['承担任务', 'tasks'],
  share: ['任务分工占比（‰）', 'task share'],
  head: ['单位负责人', 'head'],
} as const

export interface MemberRow {
  row: number
  name: string
  creditCode: string
  role: string
  tasks?: string
  taskSharePermille?: number
  headName?: string
}

export async function readMemberSheet(buffer: ArrayBuffer | Buffer): Promise<{ rows: MemberRow[]; problems: string[] }> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(buffer as ArrayBuffer)
  const sheet = workbook.worksheets[0]
  if (!sheet) return { rows: [], problems: ['工作簿为空 / the workbook has no sheet'] }
  // ExcelJS rows are sparse arrays (cell 1 at index 1): Array.from fills the holes.
  const header = Array.from(sheet.getRow(1).values as unknown[], (v) => String(v ?? '').trim())
  const col = (names: readonly string[]) => header.findIndex((h) => names.some((n) => h.toLowerCase() === n.toLowerCase()))
  const at = Object.fromEntries(Object.entries(COLUMNS).map(([k, names]) => [k, col(names)])) as Record<keyof typeof COLUMNS, number>
  const problems: string[] = []
  if (at.name < 0 || at.creditCode < 0 || at.role < 0) {
    return { rows: [], problems: ['表头须包含：单位名称、统一社会信用代码、角色 / the header needs: 单位名称, 统一社会信用代码, 角色'] }
  }
  const rows: MemberRow[] = []
  const seen = new Map<string, number>()
  sheet.eachRow((row, number) => {
    if (number === 1) return
    const cell = (i: number) => (i < 0 ? '' : String(row.getCell(i).text ?? '').trim())
    // A cell that a spreadsheet would run as a formula (=, +, -, @, TAB, CR) is refused: it would be stored and
    // later exported to someone else's Excel.
    for (const [, value] of Object.entries(at)) {
      if (value < 0) continue
      const c = row.getCell(value)
      const raw = String(c.text ?? '')
      if (c.type === ExcelJS.ValueType.Formula || /^[=+\-@\t\r]/.test(raw)) {
        problems.push(`第${number}行：单元格“${raw.slice(0, 20)}”以公式符号开头，不能导入 / row ${number}: a cell starts with a formula character and cannot be imported`)
        return
      }
    }
    const name = cell(at.name)
    const creditCode = cell(at.creditCode).toUpperCase()
    const roleLabel = cell(at.role)
    if (!name && !creditCode) return
    const role = ROLE_BY_LABEL[roleLabel] ?? (Object.values(ROLE_BY_LABEL).includes(roleLabel) ? roleLabel : '')
    const problem = creditCodeExplanation(creditCode)
    if (!name) problems.push(`第${number}行：缺少单位名称 / row ${number}: no name`)
    if (problem) problems.push(`第${number}行：${problem.zh}（${creditCode}） / row ${number}: ${problem.en} (${creditCode})`)
    if (!role) problems.push(`第${number}行：角色“${roleLabel}”无效，应为 ${Object.keys(ROLE_BY_LABEL).join('、')} / row ${number}: unknown role "${roleLabel}"`)
    const shareText = cell(at.share)
    const share = shareText === '' ? undefined : Number(shareText)
    if (share !== undefined && (!Number.isInteger(share) || share < 0 || share > 1000)) {
      problems.push(`第${number}行：任务分工占比应为 0–1000 的整数（‰） / row ${number}: task share must be an integer 0–1000 (‰)`)
    }
    const first = seen.get(creditCode)
    if (creditCode && first !== undefined) problems.push(`第${number}行：统一社会信用代码 ${creditCode} 与第${first}行重复 / row ${number}: credit code ${creditCode} repeats row ${first}`)
    else seen.set(creditCode, number)
    rows.push({ row: number, name, creditCode, role, tasks: cell(at.tasks) || undefined, taskSharePermille: share, headName: cell(at.head) || undefined })
  })
  if (rows.length === 0 && problems.length === 0) problems.push('表中没有成员单位 / the sheet lists no member unit')
  return { rows, problems }
}

type Id = number | string
type Outcome = 'created' | 'skipped'

/**
 * One row: its unit (found by credit code, else registered with the importer's access) and its membership. A unit
 * that is already a member of the application is skipped, so uploading a corrected sheet again is safe.
 */
async function importOne(req: PayloadRequest, application: Id, r: MemberRow, units: Map<string, Id>, members: Set<string>): Promise<Outcome> {
  let organization = units.get(r.creditCode)
  if (organization === undefined) {
    organization = (
      await req.payload.create({
        collection: 'organizations',
        data: { name: r.name, creditCode: r.creditCode, kind: (KIND_BY_ROLE[r.role] ?? 'enterprise') as 'enterprise' },
        // Only the id is used: no relationships populated in the answer (the config's default depth is 2).
        depth: 0,
        overrideAccess: false,
        user: req.user,
        req,
      })
    ).id
    units.set(r.creditCode, organization)
  }
  if (typeof organization === 'string' && organization.startsWith('trashed:')) {
    refuse(400, 'import.unit-deleted', `统一社会信用代码 ${r.creditCode} 对应的单位“${organization.slice(8)}”已被删除（在回收站），请联系市科技局恢复后再导入`, `the unit with credit code ${r.creditCode} ("${organization.slice(8)}") was deleted (it is in the recycle bin); ask the city bureau to restore it, then import again`)
  }
  if (members.has(String(organization))) return 'skipped'
  await req.payload.create({
    collection: 'members',
    data: { application: Number(application), organization: organization as number, role: r.role as 'enterprise', tasks: r.tasks, taskSharePermille: r.taskSharePermille, headName: r.headName },
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  members.add(String(organization))
  return 'created'
}

/**
 * The units these rows name that exist already, in one query (inside the caller's transaction). A unit in the
 * recycle bin keeps its code (unique): its rows are refused by name rather than failing on the database.
 */
async function knownUnits(req: PayloadRequest, rows: MemberRow[]): Promise<Map<string, Id>> {
  if (rows.length === 0) return new Map()
  const known = await req.payload.find({
    collection: 'organizations',
    where: { creditCode: { in: rows.map((r) => r.creditCode) } },
    select: { creditCode: true, name: true, deletedAt: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    trash: true,
    req,
  })
  const units = new Map<string, Id>()
  for (const d of known.docs as { id: Id; creditCode?: string; name?: string; deletedAt?: string | null }[]) {
    units.set(String(d.creditCode), d.deletedAt ? `trashed:${d.name ?? d.id}` : d.id)
  }
  return units
}

/** The units already members of the application (so a second upload skips them). */
async function currentMembers(req: PayloadRequest, application: Id): Promise<Set<string>> {
  const found = await req.payload.find({ collection: 'members', where: { application: { equals: application } }, select: { organization: true }, pagination: false, depth: 0, overrideAccess: true, req })
  return new Set(found.docs.map((d) => String(typeof d.organization === 'object' && d.organization ? d.organization.id : d.organization)))
}

async function importRows(req: PayloadRequest, application: Id, rows: MemberRow[]): Promise<{ created: number; skipped: number }> {
  const units = await knownUnits(req, rows)
  const members = await currentMembers(req, application)
  let created = 0
  let skipped = 0
  for (const r of rows) {
    if ((await importOne(req, application, r, units, members)) === 'created') created++
    else skipped++
  }
  return { created, skipped }
}

/**
 * Up to this many rows are imported in the request, all or none, in one transaction (≈ 8 ms a row on SQLite: well
 * under a second of the writer). A consortium has tens of members, so this is the usual case.
 */
export const IMPORT_INLINE_ROWS = 100
/** Larger sheets go to a job that writes in chunks; this is the most one import takes. */
export const IMPORT_MAX_ROWS = 20_000
export const IMPORT_MAX_BYTES = 8 * 1024 * 1024
/** A chunk of a job's import ends after this many rows or this long, whichever comes first: the writer is free again. */
export const IMPORT_CHUNK_ROWS = 100
export const IMPORT_CHUNK_MS = 300
/** This many rows refused one after another means the application itself refuses (e.g. it was submitted): stop. */
export const IMPORT_STOP_AFTER_FAILURES = 20

const importRefusal = (status: number, rule: string, zh: string, en: string) => errorResponse(status, [platform(rule, zh, en)])

/** An .xlsx is a zip archive: anything else (random bytes, an empty file, a CSV) is refused before parsing. */
const looksLikeXlsx = (data: Buffer): boolean => data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04

const bilingual = (message: string) => {
  const i = message.indexOf(' / ')
  return { zh: i > 0 ? message.slice(0, i) : message, en: i > 0 ? message.slice(i + 3) : message }
}

export const importMembersEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return errorResponse(401, [platformError(401)])
    await addDataAndFileToRequest(req)
    // Multipart: the file in `file`, the application in Payload's `_payload` JSON field or in ?application=.
    const application = (req.data as { application?: string | number } | undefined)?.application ?? req.searchParams.get('application') ?? undefined
    if (!req.file || !application) {
      return importRefusal(400, 'import.file-missing', '请上传 .xlsx 文件并指定申报', 'Upload an .xlsx file and name the application.')
    }
    if (!/^[1-9]\d{0,15}$/.test(String(application))) return errorResponse(404, [platformError(404)])
    if (req.file.size > IMPORT_MAX_BYTES || req.file.data.length > IMPORT_MAX_BYTES) {
      return importRefusal(413, 'request.too-large', `导入文件不能超过 ${IMPORT_MAX_BYTES / 1024 / 1024} MB`, `The import file may be at most ${IMPORT_MAX_BYTES / 1024 / 1024} MB.`)
    }
    if (!looksLikeXlsx(req.file.data)) {
      return importRefusal(400, 'import.not-xlsx', '导入文件不是 Excel（.xlsx）工作簿', 'The import file is not an Excel (.xlsx) workbook.')
    }
    // The application must be one the user may edit (row access), before anything is read from the file.
    const editable = await req.payload.find({ collection: 'applications', where: { id: { equals: application } }, limit: 1, depth: 0, overrideAccess: false, user: req.user, req, select: { title: true } })
    if (editable.docs.length === 0) return errorResponse(404, [platformError(404)])
    let sheet: Awaited<ReturnType<typeof readMemberSheet>>
    try {
      sheet = await readMemberSheet(req.file.data)
    } catch {
      return importRefusal(400, 'import.not-xlsx', '无法读取该 Excel 工作簿', 'The Excel workbook cannot be read.')
    }
    const { rows, problems } = sheet
    if (rows.length > IMPORT_MAX_ROWS) {
      return importRefusal(413, 'import.too-many-rows', `一次最多导入 ${IMPORT_MAX_ROWS} 个成员单位（本表 ${rows.length} 行）`, `At most ${IMPORT_MAX_ROWS} member units per import (this sheet has ${rows.length}).`)
    }
    // Every row is checked before anything is written, whatever the sheet's size: a sheet with mistakes imports
    // nothing, and the answer names every row to correct.
    if (problems.length > 0) {
      return errorResponse(400, problems.map((message) => platform('import.row-invalid', bilingual(message).zh, bilingual(message).en)))
    }
    if (rows.length > IMPORT_INLINE_ROWS) {
      const title = String((editable.docs[0] as { title?: string }).title ?? application)
      const job = await startSpreadsheetJob(req.payload, {
        kind: 'import-members',
        owner: req.user.id,
        title: `导入成员单位：${title}（${rows.length} 行）`,
        application: Number(application),
        total: rows.length,
        input: rows,
      })
      return Response.json(
        { job: { id: job.id, status: job.status, total: rows.length }, message: `已开始在后台导入 ${rows.length} 行 / importing ${rows.length} rows in the background` },
        { status: 202 },
      )
    }
    const shouldCommit = await initTransaction(req)
    try {
      const { created, skipped } = await importRows(req, application, rows)
      if (shouldCommit) await commitTransaction(req)
      const also = skipped ? `，${skipped} 个已是成员（跳过）` : ''
      return Response.json({ created, skipped, message: `已导入 ${created} 个成员单位${also} / imported ${created} member units${skipped ? `, ${skipped} already members (skipped)` : ''}` })
    } catch (error) {
      if (shouldCommit) await killTransaction(req)
      // The rule that refused, never the database's words.
      const { status, violations } = describeError(error)
      if (status >= 500) throw error
      return errorResponse(status, violations.map((v) => ({ ...v, message: { zh: `导入失败，未保存任何数据：${v.message.zh}`, en: `Import failed, nothing saved: ${v.message.en}` } })))
    }
  },
}

/**
 * The job's side of a large import. The sheet was validated in the request; here the rows are written in chunks of
 * at most IMPORT_CHUNK_ROWS rows / IMPORT_CHUNK_MS, each chunk one transaction that also advances the record's
 * progress (so a run that dies resumes after the last committed chunk, never importing a row twice). A row that a
 * rule refuses at write time (the data changed since the upload) rolls its chunk back; the rows before it are
 * written again without it, and it is reported with its reason; the other rows are imported.
 */
export async function runMemberImportJob(payload: Payload, job: SpreadsheetJobDoc): Promise<void> {
  await withClaim(payload, job.id, (token) => importInChunks(payload, job, token))
}

async function importInChunks(payload: Payload, job: SpreadsheetJobDoc, token: string): Promise<void> {
  const application = applicationOf(job)!
  const rows = await readJobInput<MemberRow[]>(job.id)
  let i = job.processed ?? 0
  let created = job.created ?? 0
  let skipped = job.skipped ?? 0
  const failures: RowFailure[] = [...(job.failures ?? [])]
  let maxHoldMs = job.maxHoldMs ?? 0
  let refusedAt: number | null = null
  let refusal = ''
  let inARow = 0
  let stopped: string | null = null
  const base = await requestAs(payload, job)
  const members = await currentMembers(base, application)
  await updateSpreadsheetJob(payload, job.id, { total: rows.length })

  while (i < rows.length && !stopped) {
    const req = await createLocalReq({ user: base.user! }, payload)
    await initTransaction(req)
    const began = performance.now()
    try {
      if (!(await stillClaimed(payload, job.id, token, req))) {
        await killTransaction(req)
        return
      }
      if (refusedAt === i) {
        // The refused row alone: recorded as not imported, with the rule's words.
        const r = rows[i]!
        failures.push({ row: r.row, name: r.name, creditCode: r.creditCode, reason: refusal })
        i++
        refusedAt = null
        if (++inARow >= IMPORT_STOP_AFTER_FAILURES) stopped = refusal
        await updateSpreadsheetJob(payload, job.id, { processed: i, failed: failures.length, failures }, req)
        await commitTransaction(req)
        continue
      }
      const until = Math.min(refusedAt ?? rows.length, i + IMPORT_CHUNK_ROWS)
      const slice = rows.slice(i, until)
      const units = await knownUnits(req, slice)
      const added = new Set(members)
      let j: number = i
      let c = 0
      let s = 0
      let refusedHere = false
      // A row is started only if it should end within the budget, judged by the slowest row of this chunk so far.
      let slowest = 0
      for (; j < until && performance.now() - began + slowest < IMPORT_CHUNK_MS; j++) {
        const rowStart = performance.now()
        try {
          if ((await importOne(req, application, rows[j]!, units, added)) === 'created') c++
          else s++
          slowest = Math.max(slowest, performance.now() - rowStart)
        } catch (error) {
          const { status, violations } = describeError(error)
          if (status >= 500) throw error
          refusedAt = j
          refusedHere = true
          refusal = violations.map((v) => `${v.message.zh} / ${v.message.en}`).join('；')
          break
        }
      }
      if (refusedHere) {
        // Roll the chunk back (on PostgreSQL the transaction is unusable after the error); the rows before it are
        // written again in the next turn, without it.
        await killTransaction(req)
        await breathe()
        continue
      }
      await updateSpreadsheetJob(payload, job.id, { processed: j, created: created + c, skipped: skipped + s, maxHoldMs: Math.max(maxHoldMs, Math.round(performance.now() - began)) }, req)
      await commitTransaction(req)
      maxHoldMs = Math.max(maxHoldMs, Math.round(performance.now() - began))
      for (const m of added) members.add(m)
      created += c
      skipped += s
      if (c + s > 0) inARow = 0
      i = j
    } catch (error) {
      await killTransaction(req)
      throw error
    }
    await breathe()
  }

  const report = await writeImportReport(job.id, rows, failures, stopped ? i : rows.length, { created, skipped })
  const summary = stopped
    ? `导入中止：连续 ${IMPORT_STOP_AFTER_FAILURES} 行未能导入（${stopped}）。已导入 ${created} 行，${skipped} 行已是成员，${failures.length} 行未导入，第 ${rows[i]?.row ?? i + 2} 行起未处理 / stopped after ${IMPORT_STOP_AFTER_FAILURES} refused rows in a row; ${created} imported, ${skipped} already members, ${failures.length} refused, rows from ${rows[i]?.row ?? i + 2} not processed`
    : `已导入 ${created} 行，${skipped} 行已是成员（跳过），${failures.length} 行未导入 / ${created} imported, ${skipped} already members (skipped), ${failures.length} not imported`
  await finishSpreadsheetJob(payload, job.id, {
    status: stopped ? 'failed' : 'done',
    processed: i,
    created,
    skipped,
    failed: failures.length,
    failures,
    maxHoldMs,
    message: summary,
    resultFile: report,
    resultName: `成员单位导入结果-${job.id}.xlsx`,
  })
}

/** The per-row report: every row not imported, with its reason; a summary sheet first. */
async function writeImportReport(id: number | string, rows: MemberRow[], failures: RowFailure[], processedUpTo: number, counts: { created: number; skipped: number }): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = '创新载体管理平台'
  const summary = workbook.addWorksheet('汇总')
  summary.columns = [{ header: '项目', width: 24 }, { header: '行数', width: 12 }]
  summary.getRow(1).font = { bold: true }
  summary.addRow(['表中行数', rows.length])
  summary.addRow(['已导入', counts.created])
  summary.addRow(['已是成员（跳过）', counts.skipped])
  summary.addRow(['未导入（见“未导入的行”）', failures.length])
  summary.addRow(['未处理（导入中止）', rows.length - processedUpTo])
  const sheet = workbook.addWorksheet('未导入的行')
  sheet.columns = [
    { header: '行号', width: 8 },
    { header: COLUMNS.name[0], width: 36 },
    { header: COLUMNS.creditCode[0], width: 24 },
    { header: '原因', width: 80 },
  ]
  sheet.getRow(1).font = { bold: true }
  for (const f of failures) sheet.addRow([f.row, neutraliseFormula(f.name ?? ''), neutraliseFormula(f.creditCode ?? ''), neutraliseFormula(f.reason)])
  for (const r of rows.slice(processedUpTo)) sheet.addRow([r.row, neutraliseFormula(r.name), neutraliseFormula(r.creditCode), '未处理：导入已中止 / not processed: the import stopped'])
  await mkdir(jobFilesDir(), { recursive: true })
  const name = `${id}-import-report.xlsx`
  await workbook.xlsx.writeFile(jobFile(name))
  return name
}

/** GET /api/members/import-template: the sheet to fill in, with its Chinese headers and one example row. */
export const importTemplateEndpoint: Endpoint = {
  path: '/import-template',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ errors: [{ message: '请先登录 / please log in' }] }, { status: 401 })
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('成员单位')
    sheet.columns = [
      { header: COLUMNS.name[0], width: 36 },
      { header: COLUMNS.creditCode[0], width: 24 },
      { header: COLUMNS.role[0], width: 12 },
      { header: COLUMNS.tasks[0], width: 40 },
      { header: COLUMNS.share[0], width: 18 },
      { header: COLUMNS.head[0], width: 14 },
    ]
    sheet.getRow(1).font = { bold: true }
    sheet.addRow(['（示例，请删除本行）宁波某某科技有限公司', '91330200MA2H00001W', '企业', '关键材料中试', 200, '张三'])
    const roles = Object.keys(ROLE_BY_LABEL).join(',')
    for (let r = 2; r <= 500; r++) sheet.getCell(r, 3).dataValidation = { type: 'list', allowBlank: false, formulae: [`"${roles}"`] }
    const buffer = await workbook.xlsx.writeBuffer()
    return new Response(buffer as ArrayBuffer, {
      headers: {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="members-template.xlsx"; filename*=UTF-8''${encodeURIComponent('成员单位导入模板.xlsx')}`,
      },
    })
  },
}
