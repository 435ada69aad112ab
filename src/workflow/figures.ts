// The figures a bureau reports with — carriers by kind/status/district/year, funds committed against caps per carrier
// and per programme, evaluation grades by year — read with the user's own access. The dashboard draws them
// (ECharts); GET /api/applications/figures/xlsx downloads the same numbers.
import ExcelJS from 'exceljs'
import type { Endpoint, Payload, PayloadRequest } from 'payload'

import { idOf } from '../access/roles'
import { chinaDay } from '../email/format'
import { todayInChina } from '../jobs/calendar'
import { effectivePayments, remainingCap, ruleFor, STATE_LABELS, type PolicySetId, type RuleId, type State } from '../policies'

type User = NonNullable<PayloadRequest['user']>
const KIND_ZH: Record<string, string> = { consortium: '创新联合体', tic: '技术创新中心', complex: '产业创新服务综合体' }
const GRADE_ZH: Record<string, string> = { excellent: '优秀', good: '良好', fair: '合格（一般）', fail: '不合格（较差）' }
const RECOGNISED = new Set(['recognized', 'approved', 'filed', 'in-construction', 'under-evaluation'])

export interface Figures {
  year: number
  byKindStatus: { kind: string; status: string; count: number }[]
  byDistrict: { district: string; count: number }[]
  byYear: { year: number; kind: string; count: number }[]
  fundsByCarrier: { carrier: string; rule: string; cap: number; committed: number }[]
  fundsByProgramme: { programme: string; rule: string; cap: number; committed: number }[]
  gradesByYear: { year: number; grade: string; count: number }[]
}

const tally = <K extends string>(rows: Record<K, string | number>[], keys: K[]) => {
  const map = new Map<string, { row: Record<K, string | number>; count: number }>()
  for (const r of rows) {
    const key = keys.map((k) => r[k]).join('|')
    const entry = map.get(key) ?? { row: Object.fromEntries(keys.map((k) => [k, r[k]])) as Record<K, string | number>, count: 0 }
    entry.count += 1
    map.set(key, entry)
  }
  return [...map.values()].map((e) => ({ ...e.row, count: e.count }))
}

export async function figuresFor(payload: Payload, user: User, today = todayInChina()): Promise<Figures> {
  const year = Number(today.slice(0, 4))
  const all = { depth: 0, pagination: false, overrideAccess: false, user } as const
  const apps = await payload.find({ collection: 'applications', select: { title: true, officialName: true, status: true, carrierKind: true, policySet: true, district: true, program: true, recognizedOn: true, capabilityInvestments: true, complex: true }, ...all })
  const districts = await payload.find({ collection: 'districts', select: { name: true }, depth: 0, pagination: false, overrideAccess: true })
  const districtName = new Map(districts.docs.map((d) => [String(d.id), d.name]))
  const programmes = await payload.find({ collection: 'programs', select: { title: true }, depth: 0, pagination: false, overrideAccess: true })
  const programmeName = new Map(programmes.docs.map((p) => [String(p.id), p.title]))
  const kind = (k?: string | null) => KIND_ZH[k ?? ''] ?? '未分类'
  const recognised = apps.docs.filter((a) => RECOGNISED.has(a.status))

  const byKindStatus = tally(apps.docs.map((a) => ({ kind: kind(a.carrierKind), status: STATE_LABELS[a.status as State]?.zh ?? a.status })), ['kind', 'status']) as Figures['byKindStatus']
  const byDistrict = (tally(recognised.map((a) => ({ district: districtName.get(String(idOf(a.district))) ?? '未填' })), ['district']) as Figures['byDistrict']).sort((a, b) => b.count - a.count)
  const byYear = (tally(recognised.filter((a) => a.recognizedOn).map((a) => ({ year: Number(chinaDay(a.recognizedOn)!.slice(0, 4)), kind: kind(a.carrierKind) })), ['year', 'kind']) as Figures['byYear']).sort((a, b) => a.year - b.year)

  // Funds committed (the payments that stand, reversals netted) against each cap of the carrier's policy set.
  const funded = apps.docs.filter((a) => (a.policySet === 'nb-tic-2022' || a.policySet === 'cx-complex') && a.recognizedOn)
  const fundsByCarrier: Figures['fundsByCarrier'] = []
  const perProgramme = new Map<string, { programme: string; rule: string; cap: number; committed: number }>()
  if (funded.length > 0) {
    const paid = await payload.find({ collection: 'disbursements', where: { application: { in: funded.map((a) => a.id) } }, select: { application: true, amount: true, year: true, basis: true, installment: true, reverses: true }, ...all })
    for (const a of funded) {
      const prior = effectivePayments(
        paid.docs
          .filter((d) => String(idOf(d.application)) === String(a.id))
          .map((d) => ({ id: String(d.id), amount: d.amount, year: d.year, basis: d.basis, installment: d.installment ?? undefined, reverses: d.reverses ? String(idOf(d.reverses)) : null })),
      )
      const caps = remainingCap({
        policySet: a.policySet as PolicySetId,
        basis: a.policySet === 'nb-tic-2022' ? 'capability-investment' : 'complex-subsidy',
        year,
        approvedOn: chinaDay(a.recognizedOn) ?? undefined,
        capabilityInvestmentThisYear: a.capabilityInvestments?.find((c) => c.year === year)?.amount,
        complex: a.complex?.level && a.complex?.class ? { level: a.complex.level, class: a.complex.class } : undefined,
        prior,
      })
      for (const c of caps) {
        const rule = ruleFor(c.ruleId as RuleId, a.policySet as PolicySetId)?.title.zh ?? c.ruleId
        fundsByCarrier.push({ carrier: a.officialName ?? a.title, rule, cap: c.limit, committed: c.used })
        const programme = programmeName.get(String(idOf(a.program))) ?? '—'
        const key = `${programme}|${rule}`
        const entry = perProgramme.get(key) ?? { programme, rule, cap: 0, committed: 0 }
        entry.cap += c.limit
        entry.committed += c.used
        perProgramme.set(key, entry)
      }
    }
  }

  const evaluations = await payload.find({ collection: 'evaluations', where: { grade: { exists: true } }, select: { year: true, grade: true }, ...all })
  const gradesByYear = (tally(evaluations.docs.map((e) => ({ year: e.year, grade: GRADE_ZH[e.grade ?? ''] ?? String(e.grade) })), ['year', 'grade']) as Figures['gradesByYear']).sort((a, b) => a.year - b.year)
  return { year, byKindStatus, byDistrict, byYear, fundsByCarrier, fundsByProgramme: [...perProgramme.values()], gradesByYear }
}

const SHEETS: { key: Exclude<keyof Figures, 'year'>; title: string; columns: [string, string][] }[] = [
  { key: 'byKindStatus', title: '按类型和状态', columns: [['kind', '载体类型'], ['status', '状态'], ['count', '数量']] },
  { key: 'byDistrict', title: '按区县', columns: [['district', '区县'], ['count', '已认定（备案）数量']] },
  { key: 'byYear', title: '按认定年度', columns: [['year', '认定年度'], ['kind', '载体类型'], ['count', '数量']] },
  { key: 'fundsByCarrier', title: '经费与上限（载体）', columns: [['carrier', '载体'], ['rule', '条款'], ['cap', '上限（元）'], ['committed', '已拨付（元）']] },
  { key: 'fundsByProgramme', title: '经费与上限（批次）', columns: [['programme', '申报批次'], ['rule', '条款'], ['cap', '上限合计（元）'], ['committed', '已拨付合计（元）']] },
  { key: 'gradesByYear', title: '评价结果', columns: [['year', '评价年度'], ['grade', '评价结果'], ['count', '数量']] },
]

export const figuresXlsxEndpoint: Endpoint = {
  path: '/figures/xlsx',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ errors: [{ message: '请先登录 / please log in' }] }, { status: 401 })
    const figures = await figuresFor(req.payload, req.user)
    const workbook = new ExcelJS.Workbook()
    workbook.creator = '创新载体管理平台'
    for (const s of SHEETS) {
      const sheet = workbook.addWorksheet(s.title)
      sheet.columns = s.columns.map(([key, header]) => ({ key, header, width: Math.max(12, header.length * 2 + 4), style: /cap|committed|count/.test(key) ? { numFmt: '#,##0' } : {} }))
      sheet.getRow(1).font = { bold: true }
      for (const row of figures[s.key] as Record<string, unknown>[]) sheet.addRow(row)
    }
    const buffer = await workbook.xlsx.writeBuffer()
    return new Response(buffer as ArrayBuffer, {
      headers: {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="figures.xlsx"; filename*=UTF-8''${encodeURIComponent(`统计图表数据（${figures.year}年）.xlsx`)}`,
      },
    })
  },
}
