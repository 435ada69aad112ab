/**
 * 《宁波市企业创新联合体建设指导意见》（甬自创办〔2021〕3号）, seeds/000_069eef5b16fbf269.txt
 */
import type { PolicySetMeta } from '../types'
import { defineRules } from './define'

export const NB_CONSORTIUM_2021: PolicySetMeta = {
  id: 'nb-consortium-2021',
  title: {
    zh: '宁波市企业创新联合体建设指导意见',
    en: 'Guiding Opinions on Building Enterprise Innovation Consortia in Ningbo',
  },
  issuer: {
    zh: '宁波市推进国家自主创新示范区建设工作领导小组办公室',
    en: 'Office of the Ningbo Leading Group for the National Independent Innovation Demonstration Zone',
  },
  documentNumber: '甬自创办〔2021〕3号',
  issuedOn: '2021-04-07',
  // The text states no commencement date; we take the date of issue.
  effectiveFrom: '2021-04-07',
  effectiveTo: null,
  carrierKinds: ['consortium'],
  // The document prescribes no name form; ours follows the TIC one (宁波市×××…).
  namePattern: { zh: '宁波市{name}创新联合体', en: 'Ningbo {name} Innovation Consortium' },
  namePatternSource: 'ours',
  document: '《宁波市企业创新联合体建设指导意见》（甬自创办〔2021〕3号）',
  sourceFile: '000_069eef5b16fbf269.txt',
}

export const NB_CONSORTIUM_2021_RULES = defineRules(NB_CONSORTIUM_2021, [
  {
    id: 'nb.lead.revenue-1b',
    // 原则上 governs the whole sentence (revenue and net assets).
    severity: 'overridable',
    kind: 'eligibility',
    article: '三（一）1',
    title: { zh: '牵头企业年销售收入（合并报表）原则上不低于10亿元', en: 'Lead: consolidated annual sales revenue of at least 1,000,000,000 yuan (in principle)' },
    quote: '原则上牵头企业年销售收入（合并会计报表）不低于 10 亿元、净资产不少于 3 亿元',
  },
  {
    id: 'nb.lead.net-assets-300m',
    // Same sentence as the revenue rule, under the same 原则上: overridable (the digest does not say so; the text does).
    severity: 'overridable',
    kind: 'eligibility',
    article: '三（一）1',
    title: { zh: '牵头企业净资产原则上不少于3亿元', en: 'Lead: net assets of at least 300,000,000 yuan (in principle)' },
    quote: '原则上牵头企业年销售收入（合并会计报表）不低于 10 亿元、净资产不少于 3 亿元',
  },
  {
    id: 'nb.lead.platform',
    severity: 'overridable', // 一般应建有
    kind: 'eligibility',
    article: '三（一）1',
    title: {
      zh: '牵头企业一般应建有省级及以上企业技术中心、重点实验室、省级重点企业研究院等创新载体',
      en: 'Lead: generally has a provincial-or-higher enterprise technology centre, key laboratory or provincial key enterprise research institute',
    },
    quote: '一般应建有省级及省级以上企业技术中心、重点实验室、省级重点企业研究院等创新载体',
  },
  {
    id: 'nb.lead.rd-years-5',
    severity: 'block',
    kind: 'eligibility',
    article: '三（一）2',
    title: { zh: '牵头企业有5年以上从事相关领域研究开发', en: 'Lead: 5 or more years of R&D in the field' },
    quote: '牵头企业要有 5 年以上从事相关领域研究开发',
  },
  {
    id: 'nb.lead.rd-spend-50m-x3',
    severity: 'block',
    kind: 'eligibility',
    article: '三（一）2',
    title: { zh: '牵头企业最近三年每年研发投入不少于5000万元', en: 'Lead: R&D spending of at least 50,000,000 yuan in each of the last three years' },
    quote: '最近三年每年研发投入不少于 5000 万元（以统计局核算研发投入金额或税务部门核定的加计扣除基数金额为依据）',
  },
  {
    id: 'nb.lead.rd-staff-50',
    severity: 'block',
    kind: 'eligibility',
    article: '三（一）2',
    title: { zh: '牵头企业具有50人以上稳定的研发专业队伍', en: 'Lead: a stable professional R&D staff of 50 or more' },
    quote: '具有 50 人以上稳定的从事研究开发的专业队伍',
  },
  {
    id: 'nb.lead.equipment-20m',
    severity: 'block',
    kind: 'eligibility',
    article: '三（一）2',
    title: { zh: '牵头企业科研基础设施、仪器装备原值不少于2000万元', en: 'Lead: research facilities and instruments of original value of at least 20,000,000 yuan' },
    quote: '原值不少于 2000 万元的先进科研基础设施、仪器装备',
  },
  {
    id: 'nb.consortium.quota-exempt',
    severity: 'block',
    kind: 'quota',
    article: '五（一）',
    title: { zh: '市级创新联合体研发项目不纳入市级申报限项', en: 'R&D projects of a recognised consortium do not count against the city-level application quota' },
    quote: '创新联合体研发项目不纳入市级申报限项',
  },
  {
    id: 'nb.eval.annual-3y',
    severity: 'block',
    kind: 'evaluation',
    article: '四（二）',
    title: { zh: '年度评估，并依据三年内各年度评估报告和三年目标完成情况定期考核', en: 'Annual evaluation, and an assessment on the three annual reports and 3-year target completion' },
    quote: '考核依据为三年内的各年度评估报告以及三年完成目标情况',
  },
])
