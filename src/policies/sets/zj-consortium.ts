/**
 * 《浙江省创新联合体建设工作指引（试行）》, seeds/003_cfb09c7fecd5d20f.txt (省科技厅; no number or date in the text).
 */
import type { PolicySetMeta } from '../types'
import { defineRules } from './define'

export const ZJ_CONSORTIUM: PolicySetMeta = {
  id: 'zj-consortium',
  title: { zh: '浙江省创新联合体建设工作指引（试行）', en: 'Guidelines for Building Zhejiang Provincial Innovation Consortia (Trial)' },
  issuer: { zh: '浙江省科学技术厅', en: 'Department of Science and Technology of Zhejiang Province' },
  documentNumber: null,
  issuedOn: null,
  effectiveFrom: null,
  effectiveTo: null,
  carrierKinds: ['consortium'],
  // Prescribed by 四（三）: 命名为"浙江省×××创新联合体"; the English form is ours.
  namePattern: { zh: '浙江省{name}创新联合体', en: 'Zhejiang Provincial {name} Innovation Consortium' },
  namePatternSource: 'document',
  document: '《浙江省创新联合体建设工作指引（试行）》',
  sourceFile: '003_cfb09c7fecd5d20f.txt',
}

export const ZJ_CONSORTIUM_RULES = defineRules(ZJ_CONSORTIUM, [
  {
    id: 'zj.lead.kind',
    severity: 'block',
    kind: 'eligibility',
    article: '三（一）',
    title: { zh: '由科技领军企业、科技小巨人企业牵头组建', en: 'Lead is a science-and-technology leading enterprise or a little-giant enterprise' },
    quote: '创新联合体由创新能力突出的科技领军企业、科技小巨人企业牵头组建',
  },
  {
    id: 'zj.members.min-5',
    severity: 'overridable', // 一般不少于
    kind: 'quota',
    article: '三（二）',
    title: { zh: '成员单位一般不少于5个（含牵头单位）', en: 'At least 5 member units, lead included (generally)' },
    quote: '创新联合体成员单位一般不少于 5 个',
  },
  {
    id: 'zj.governance.council',
    severity: 'block',
    kind: 'governance',
    article: '三（三）',
    title: { zh: '建立理事会，理事长由牵头单位负责人担任，成员包括所有成员单位负责人', en: 'A council chaired by the lead\'s head, with every member unit\'s head as member' },
    quote: '理事长由牵头单位负责人担任，成员包括创新联合体所有成员单位负责人',
  },
  {
    id: 'zj.lead.active-projects-max-3',
    severity: 'overridable', // 原则上不超过3项
    kind: 'quota',
    article: '五（二）',
    title: { zh: '牵头企业承担尖兵领雁在研项目数原则上不超过3项', en: 'Lead holds at most 3 in-progress Jianbing/Lingyan projects (in principle)' },
    quote: '牵头企业承担在研项目数原则上不超过 3 项',
  },
  {
    id: 'zj.guidelines.per-year',
    severity: 'block',
    kind: 'quota',
    article: '五（二）',
    title: { zh: '每年可设计1个择优委托项目指南、不少于1个尖兵竞争（或领雁）项目指南', en: 'Each year: 1 preferential-commission guideline and at least 1 competitive (Jianbing or Lingyan) guideline' },
    quote: '每年每家联合体可主动设计 1 个择优委托项目指南、不少于 1 个尖兵竞争（或领雁）项目指南，择优采纳',
  },
  {
    id: 'zj.eval.self-report-january',
    severity: 'block',
    kind: 'evaluation',
    article: '四（五）',
    title: { zh: '次年1月书面上报上年度自评报告；优秀滚动支持，较差调整或中止', en: 'Self-evaluation of the previous year due in January; excellent → rolling support, poor → adjusted or terminated' },
    quote: '每家创新联合体次年1月向省科技厅书面上报上年度实施情况自评报告……评价结果优秀的……给予项目滚动支持；评价结果较差的视情调整或中止',
  },
])
