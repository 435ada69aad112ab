/**
 * The documents a bureau issues, as text: the 公示 announcement, the 认定/备案 decision and the certificate. Pure:
 * the workflow layer gathers the facts, src/lib/pdf.ts lays the text out.
 */
import { POLICY_SETS } from './registry'
import type { PolicySetId } from './types'

export type DocumentKind = 'notice' | 'decision' | 'certificate'

export const DOCUMENT_LABELS: Record<DocumentKind, { zh: string; en: string }> = {
  notice: { zh: '公示公告', en: 'Public notice' },
  decision: { zh: '认定（备案）通知', en: 'Recognition (filing) decision' },
  certificate: { zh: '证书', en: 'Certificate' },
}

export interface OfficialText {
  kind: DocumentKind
  title: string
  /** 文号, when the programme gives one */
  number?: string
  /** the addressee line (主送) */
  to?: string
  paragraphs: string[]
  /** a table of carriers (the notice) */
  table?: { head: string[]; rows: string[][] }
  issuer: string
  /** 2026年11月22日 */
  issuedOn: string
}

/** 2026年11月22日 from 2026-11-22. */
export function chineseDate(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!m) throw new RangeError(`not a YYYY-MM-DD day: ${day}`)
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`
}

const KIND_ZH: Record<string, string> = { consortium: '创新联合体', tic: '技术创新中心', complex: '产业创新服务综合体' }
const isFiling = (policySet: PolicySetId) => policySet === 'wh-consortium-2022'

export interface NoticeFacts {
  policySet: PolicySetId
  carrierKind?: string | null
  issuer: string
  number?: string | null
  startsOn: string
  endsOn: string
  carriers: { name: string; lead: string; district?: string | null }[]
  objection: { department?: string | null; phone?: string | null; email?: string | null; address?: string | null; instructions?: string | null }
}

export function noticeText(f: NoticeFacts): OfficialText {
  const kind = KIND_ZH[f.carrierKind ?? ''] ?? '创新载体'
  const verb = isFiling(f.policySet) ? '备案' : '认定'
  const how = [
    f.objection.department ? `受理部门：${f.objection.department}` : null,
    f.objection.phone ? `联系电话：${f.objection.phone}` : null,
    f.objection.email ? `电子邮箱：${f.objection.email}` : null,
    f.objection.address ? `通讯地址：${f.objection.address}` : null,
  ].filter(Boolean)
  return {
    kind: 'notice',
    title: `关于拟${verb}${kind}名单的公示`,
    number: f.number ?? undefined,
    paragraphs: [
      `根据《${POLICY_SETS[f.policySet].title.zh}》，经形式审查、专家论证等程序，现将拟${verb}的${kind}名单予以公示（见下表）。`,
      `公示期：${chineseDate(f.startsOn)}至${chineseDate(f.endsOn)}。`,
      `公示期内，任何单位或个人对公示名单有异议的，可向我局书面提出。${f.objection.instructions ?? '单位提出异议须加盖公章，个人提出异议须署真实姓名并提供联系方式；逾期或匿名的异议不予受理。'}`,
      ...(how.length ? [how.join('；') + '。'] : []),
    ],
    table: { head: ['序号', '载体名称', '牵头单位', '所在地'], rows: f.carriers.map((c, i) => [String(i + 1), c.name, c.lead, c.district ?? '']) },
    issuer: f.issuer,
    issuedOn: chineseDate(f.startsOn),
  }
}

export interface DecisionFacts {
  policySet: PolicySetId
  carrierKind?: string | null
  issuer: string
  number?: string | null
  officialName: string
  lead: string
  recognizedOn: string
  noticeStartsOn?: string | null
  noticeEndsOn?: string | null
}

export function decisionText(f: DecisionFacts): OfficialText {
  const kind = KIND_ZH[f.carrierKind ?? ''] ?? '创新载体'
  const verb = isFiling(f.policySet) ? '备案' : '认定'
  const notice = f.noticeStartsOn && f.noticeEndsOn ? `并经${chineseDate(f.noticeStartsOn)}至${chineseDate(f.noticeEndsOn)}公示无异议，` : ''
  return {
    kind: 'decision',
    title: `${f.issuer}关于${verb}${f.officialName}的通知`,
    number: f.number ?? undefined,
    to: `${f.lead}：`,
    paragraphs: [
      `根据《${POLICY_SETS[f.policySet].title.zh}》，经审核、专家论证，${notice}决定${verb}“${f.officialName}”为${kind}，牵头单位为${f.lead}。`,
      `请你单位按照建设方案，健全运行机制，落实建设投入，按要求报送年度进展和自评报告，接受年度评价和绩效考核。`,
      '特此通知。',
    ],
    issuer: f.issuer,
    issuedOn: chineseDate(f.recognizedOn),
  }
}

export function certificateText(f: DecisionFacts & { serial: string }): OfficialText {
  const verb = isFiling(f.policySet) ? '备案' : '认定'
  return {
    kind: 'certificate',
    title: '证书',
    number: `证书编号：${f.serial}`,
    paragraphs: [f.officialName, `牵头单位：${f.lead}`, `经${f.issuer}${verb}${f.number ? `（${f.number}）` : ''}，特发此证。`],
    issuer: f.issuer,
    issuedOn: chineseDate(f.recognizedOn),
  }
}

/** The certificate's serial: policy set, year and the application's id, e.g. NB-TIC-2026-000012. */
export function certificateSerial(policySet: PolicySetId, recognizedOn: string, id: number | string): string {
  const prefix = policySet.replace(/-\d{4}$/, '').toUpperCase()
  return `${prefix}-${recognizedOn.slice(0, 4)}-${String(id).padStart(6, '0')}`
}
