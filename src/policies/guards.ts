/**
 * The procedural guards of the workflows and of the records (not policy rules of the digest), as data: a title
 * and, per policy set, the article they come from (none = a procedural safeguard of this system).
 */
import type { Bilingual, Citation, GuardId, PolicySetId, Violation } from './types'
import { getPolicySet } from './registry'
import { makeViolation } from './messages'


export interface GuardDef {
  id: GuardId
  title: Bilingual
  /** the article per policy set where the guard comes from; absent = a procedural safeguard of ours */
  articles: Partial<Record<PolicySetId, string>>
}

export const GUARDS: Record<GuardId, GuardDef> = {
  'guard.policy-in-force': { id: 'guard.policy-in-force', title: { zh: '政策在有效期内受理申报', en: 'The policy set accepts applications on the date' }, articles: { 'wh-consortium-2022': '六' } },
  'guard.reviews-complete': {
    id: 'guard.reviews-complete',
    title: { zh: '专家评审意见已齐备', en: 'Expert reviews complete' },
    articles: { 'nb-consortium-2021': '四（一）4', 'nb-tic-2022': '三（二）', 'wh-consortium-2022': '四.4', 'zj-consortium': '四（二）', 'cx-complex': '第八条、第十条' },
  },
  'guard.notice-ended-without-objection': {
    id: 'guard.notice-ended-without-objection',
    title: { zh: '公示期满无异议', en: 'Notice period ended without objection' },
    articles: { 'nb-tic-2022': '三（三）', 'wh-consortium-2022': '四.5' },
  },
  'guard.no-open-objections': { id: 'guard.no-open-objections', title: { zh: '异议均已处理', en: 'No open objection' }, articles: { 'nb-tic-2022': '三（三）', 'wh-consortium-2022': '四.5' } },
  'guard.checklist-passes': { id: 'guard.checklist-passes', title: { zh: '合规清单无未豁免的阻断项', en: 'Checklist has no blocking item left' }, articles: {} },
  'guard.reason-required': { id: 'guard.reason-required', title: { zh: '须填写理由', en: 'A reason is required' }, articles: {} },
  'guard.role': { id: 'guard.role', title: { zh: '当前角色无权执行此操作', en: 'The role may not take this action' }, articles: {} },
  'guard.new-type-rnd': { id: 'guard.new-type-rnd', title: { zh: '新型研发机构直接报送市科技局', en: 'A new-type R&D institution submits straight to the city' }, articles: { 'wh-consortium-2022': '四.2' } },
  'guard.complex-consent': { id: 'guard.complex-consent', title: { zh: '经综合体依托单位与建设单位同意', en: 'Consent of the complex\'s relying unit and construction unit' }, articles: { 'cx-complex': '第十条' } },
  'guard.pledge-signed': { id: 'guard.pledge-signed', title: { zh: '已与牵头企业法定代表人签订“军令状”', en: 'Responsibility pledge signed with the lead\'s legal representative' }, articles: { 'zj-consortium': '四（三）' } },
  'guard.evaluation-consequence': { id: 'guard.evaluation-consequence', title: { zh: '评价结果支持该处理', en: 'The evaluation result supports the action' }, articles: { 'cx-complex': '第十一条、第十二条' } },
  'guard.valid-transition': { id: 'guard.valid-transition', title: { zh: '当前状态下无此操作', en: 'No such action in this state' }, articles: {} },
  'guard.program-open': { id: 'guard.program-open', title: { zh: '在申报批次受理期内申报', en: 'Applied within the programme\'s window' }, articles: {} },
  'guard.funded-state': {
    id: 'guard.funded-state',
    title: { zh: '仅向处于资助阶段的载体拨付', en: 'Funds go only to carriers in a funded state' },
    articles: { 'nb-tic-2022': '三（四）', 'cx-complex': '第十三条、第十五条' },
  },
  'guard.basis-of-set': {
    id: 'guard.basis-of-set',
    title: { zh: '拨付依据须为本政策规定的资助方式', en: 'The basis is one the policy set pays' },
    articles: { 'nb-tic-2022': '三（四）', 'cx-complex': '第十三条、第十五条' },
  },
  'guard.project-facts': {
    id: 'guard.project-facts',
    title: { zh: '项目类别、年度与载体类型相符', en: 'Project kind and year fit the carrier' },
    articles: { 'cx-complex': '第十四条、第十五条', 'zj-consortium': '五（二）' },
  },
  'guard.conflict-of-interest': { id: 'guard.conflict-of-interest', title: { zh: '评审专家利益冲突回避', en: 'Experts with a conflict of interest recuse' }, articles: {} },
  'guard.correction': { id: 'guard.correction', title: { zh: '更正记录须有依据', en: 'A correction must hold' }, articles: {} },
  'guard.reversal': { id: 'guard.reversal', title: { zh: '拨付差错以冲正登记更正', en: 'A payment error is corrected by a reversing entry' }, articles: {} },
  'guard.required-documents': { id: 'guard.required-documents', title: { zh: '已上传申报批次要求的全部材料', en: 'Every document the programme requires is uploaded' }, articles: {} },
  'guard.objection': { id: 'guard.objection', title: { zh: '异议须载明异议人、内容和收到日期', en: 'An objection names who, what and when' }, articles: { 'nb-tic-2022': '三（三）', 'wh-consortium-2022': '四.5' } },
}

export function guardCitation(id: GuardId, policySet: PolicySetId): Citation {
  return { policySet, document: getPolicySet(policySet).document, article: GUARDS[id].articles[policySet] ?? '（本系统程序要求）' }
}

export function guardViolation(id: GuardId, policySet: PolicySetId, zh: string, en: string, limit?: number | string, actual?: number | string): Violation {
  return makeViolation({ ruleId: id, severity: 'block', citation: guardCitation(id, policySet), zh, en, limit, actual })
}

