/**
 * Cross-cutting rules that several documents state, each in its own article (digest: "Agreements and
 * intellectual property"). The digest gives them no id; these ids are ours.
 */
import type { Bilingual, PolicySetId, RuleId, RuleKind, Severity } from '../types'

export interface CrossCuttingRule {
  id: RuleId
  kind: RuleKind
  title: Bilingual
  /** The policy set whose article is the primary citation (RULES[id]). */
  primary: PolicySetId
  variants: Partial<Record<PolicySetId, { article: string; severity: Severity; quote: string }>>
}

export const CROSS_CUTTING_RULES: CrossCuttingRule[] = [
  {
    id: 'agreement.signed-by-all-members',
    kind: 'governance',
    title: {
      zh: '全体成员单位签订组建协议（意向书），明确任务分工、权利和义务',
      en: 'Every member unit signs the formation agreement (letter of intent) stating tasks, rights and obligations',
    },
    primary: 'nb-consortium-2021',
    variants: {
      'nb-consortium-2021': { article: '三', severity: 'block', quote: '联合体成员按照协议、章程等形式明确权利和义务' },
      // 三 opens with "一般应满足以下条件": overridable in Weihai.
      'wh-consortium-2022': { article: '三.3', severity: 'overridable', quote: '创新联合体各参与单位共同签订组建协议，明确拟攻关的重大课题和各方任务分工、权利义务等' },
      'zj-consortium': { article: '三（二）', severity: 'block', quote: '创新联合体参与各方要签订组建意向书，明确各方任务分工、权利和义务' },
    },
  },
  {
    id: 'ip.benefit-shares-100pct',
    kind: 'governance',
    title: {
      zh: '知识产权共享协议约定归属、使用和利益分配，各方分配比例合计100%',
      en: 'IP sharing contracts state ownership, use and division of benefits; the shares of one contract add up to 100%',
    },
    primary: 'nb-tic-2022',
    variants: {
      'nb-tic-2022': { article: '四（二）5', severity: 'block', quote: '通过合同约定、签订知识产权管理协议等方式，明确……知识产权的归属、使用和利益分配' },
      'zj-consortium': { article: '三（四）', severity: 'block', quote: '通过合同约定、签订知识产权管理协议等方式，建立“共建共享”的知识产权管理制度' },
    },
  },
]
