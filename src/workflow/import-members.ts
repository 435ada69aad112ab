// POST /api/members/import?application=ID (multipart, the .xlsx in `file`): member units from a spreadsheet.
// All rows or none: one transaction, and every bad row is named in the error.
import ExcelJS from 'exceljs'
import type { Endpoint, PayloadRequest } from 'payload'
import { addDataAndFileToRequest, commitTransaction, initTransaction, killTransaction } from 'payload'

import { creditCodeExplanation } from '../lib/credit-code'
import { describeError, errorResponse, platform, platformError } from '../lib/errors'

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
    rows.push({ row: number, name, creditCode, role, tasks: cell(at.tasks) || undefined, taskSharePermille: share, headName: cell(at.head) || undefined })
  })
  if (rows.length === 0 && problems.length === 0) problems.push('表中没有成员单位 / the sheet lists no member unit')
  return { rows, problems }
}

async function importRows(req: PayloadRequest, application: number | string, rows: MemberRow[]): Promise<number> {
  // The units already known, in one query rather than one per row.
  const known = await req.payload.find({
    collection: 'organizations',
    where: { creditCode: { in: rows.map((r) => r.creditCode) } },
    select: { creditCode: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const byCode = new Map(known.docs.map((d) => [String(d.creditCode), d.id]))
  let created = 0
  for (const r of rows) {
    const organization =
      byCode.get(r.creditCode) ??
      (
        await req.payload.create({
          collection: 'organizations',
          data: { name: r.name, creditCode: r.creditCode, kind: (KIND_BY_ROLE[r.role] ?? 'enterprise') as 'enterprise' },
          overrideAccess: false,
          user: req.user,
          req,
        })
      ).id
    byCode.set(r.creditCode, organization)
    await req.payload.create({
      collection: 'members',
      data: { application: Number(application), organization, role: r.role as 'enterprise', tasks: r.tasks, taskSharePermille: r.taskSharePermille, headName: r.headName },
      overrideAccess: false,
      user: req.user,
      req,
    })
    created++
  }
  return created
}

/** A consortium has tens of members: the limits keep one import short, so it never holds the writer for long. */
export const IMPORT_MAX_ROWS = 200
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024

const importRefusal = (status: number, rule: string, zh: string, en: string) => errorResponse(status, [platform(rule, zh, en)])

/** An .xlsx is a zip archive: anything else (random bytes, an empty file, a CSV) is refused before parsing. */
const looksLikeXlsx = (data: Buffer): boolean => data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04

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
    const editable = await req.payload.find({ collection: 'applications', where: { id: { equals: application } }, limit: 1, depth: 0, overrideAccess: false, user: req.user, req, select: {} })
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
    if (problems.length > 0) {
      return errorResponse(400, problems.map((message) => {
        const i = message.indexOf(' / ')
        return platform('import.row-invalid', i > 0 ? message.slice(0, i) : message, i > 0 ? message.slice(i + 3) : message)
      }))
    }
    const shouldCommit = await initTransaction(req)
    try {
      const created = await importRows(req, application, rows)
      if (shouldCommit) await commitTransaction(req)
      return Response.json({ created, message: `已导入 ${created} 个成员单位 / imported ${created} member units` })
    } catch (error) {
      if (shouldCommit) await killTransaction(req)
      // The rule that refused, never the database's words.
      const { status, violations } = describeError(error)
      if (status >= 500) throw error
      return errorResponse(status, violations.map((v) => ({ ...v, message: { zh: `导入失败，未保存任何数据：${v.message.zh}`, en: `Import failed, nothing saved: ${v.message.en}` } })))
    }
  },
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
