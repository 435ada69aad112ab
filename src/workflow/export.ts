// GET /api/applications/export/xlsx: the applications this user may see, as an Excel workbook with Chinese headers.
import ExcelJS from 'exceljs'
import type { Endpoint } from 'payload'

import { chinaDay } from '../email/format'
import { POLICY_SETS, STATE_LABELS, type PolicySetId, type State } from '../policies'

const KIND_ZH: Record<string, string> = { consortium: '创新联合体', tic: '技术创新中心', complex: '产业创新服务综合体' }

export const exportEndpoint: Endpoint = {
  path: '/export/xlsx',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ errors: [{ message: '请先登录 / please log in' }] }, { status: 401 })
    const result = await req.payload.find({
      collection: 'applications',
      depth: 1,
      limit: 5000,
      sort: '-updatedAt',
      overrideAccess: false,
      user: req.user,
      req,
    })
    const workbook = new ExcelJS.Workbook()
    workbook.creator = '创新载体管理平台'
    const sheet = workbook.addWorksheet('申报与载体')
    sheet.columns = [
      { header: '编号', key: 'id', width: 8 },
      { header: '载体名称', key: 'title', width: 24 },
      { header: '正式名称', key: 'officialName', width: 32 },
      { header: '载体类型', key: 'kind', width: 16 },
      { header: '适用政策', key: 'policySet', width: 36 },
      { header: '牵头单位', key: 'lead', width: 32 },
      { header: '区县', key: 'district', width: 12 },
      { header: '状态', key: 'status', width: 12 },
      { header: '提交日期', key: 'submittedOn', width: 12 },
      { header: '认定日期', key: 'recognizedOn', width: 12 },
      { header: '累计拨付（元）', key: 'disbursedTotal', width: 16, style: { numFmt: '#,##0' } },
    ]
    sheet.getRow(1).font = { bold: true }
    for (const doc of result.docs) {
      const lead = doc.lead as { name?: string } | number | null
      const district = doc.district as { name?: string } | number | null
      sheet.addRow({
        id: doc.id,
        title: doc.title,
        officialName: doc.officialName ?? '',
        kind: KIND_ZH[doc.carrierKind ?? ''] ?? '',
        policySet: doc.policySet ? POLICY_SETS[doc.policySet as PolicySetId].title.zh : '',
        lead: typeof lead === 'object' && lead ? (lead.name ?? '') : '',
        district: typeof district === 'object' && district ? (district.name ?? '') : '',
        status: STATE_LABELS[doc.status as State]?.zh ?? doc.status,
        // China's calendar day, as the emails and the admin show it.
        submittedOn: chinaDay(doc.submittedOn) ?? '',
        recognizedOn: chinaDay(doc.recognizedOn) ?? '',
        disbursedTotal: doc.disbursedTotal ?? 0,
      })
    }
    const buffer = await workbook.xlsx.writeBuffer()
    return new Response(buffer as ArrayBuffer, {
      headers: {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="applications.xlsx"; filename*=UTF-8''${encodeURIComponent('申报与载体.xlsx')}`,
      },
    })
  },
}
