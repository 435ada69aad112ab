/**
 * Cixi measures on 产业创新服务综合体 and 企业创新联合体, seeds/004_6c5b006cbddfda33.txt.
 *
 * The text as stored has no title line, no 文号 and no date ("自发布之日起施行", 第十九条). The title used here is
 * derived from 第一条 ("为统筹推进我市产业创新服务综合体与企业创新联合体建设……特制定本办法") and is OURS.
 */
import type { PolicySetMeta } from '../types'
import { defineRules } from './define'

export const CX_COMPLEX: PolicySetMeta = {
  id: 'cx-complex',
  title: {
    // A working title: the stored text has none of its own, so it is never presented as the document's name.
    zh: '慈溪市科技局综合体与联合体建设办法（工作标题）',
    en: 'Cixi S&T Bureau measures on complexes and consortia (working title)',
  },
  issuer: { zh: '慈溪市科学技术局', en: 'Cixi Municipal Science and Technology Bureau' },
  documentNumber: null,
  issuedOn: null,
  effectiveFrom: null,
  effectiveTo: null,
  carrierKinds: ['complex', 'consortium'],
  // Not prescribed by the text; ours.
  namePattern: { zh: '慈溪市{name}产业创新服务综合体', en: 'Cixi {name} Industrial Innovation Service Complex' },
  namePatternByKind: {
    complex: { zh: '慈溪市{name}产业创新服务综合体', en: 'Cixi {name} Industrial Innovation Service Complex' },
    consortium: { zh: '慈溪市{name}企业创新联合体', en: 'Cixi {name} Enterprise Innovation Consortium' },
  },
  namePatternSource: 'ours',
  // Cited by issuer and article: no 《》 around a title the text does not give.
  document: '慈溪市科学技术局综合体与联合体建设办法（工作标题：原文未载标题、文号和日期；引用慈科〔2020〕12号、慈科〔2021〕39号）',
  sourceFile: '004_6c5b006cbddfda33.txt',
  notes: 'Title and number not in the stored text; effective "from publication", date unknown.',
}

export const CX_COMPLEX_RULES = defineRules(CX_COMPLEX, [
  {
    id: 'cx.complex.cultivation',
    severity: 'block',
    kind: 'eligibility',
    article: '第七条（一）',
    carrierKinds: ['complex'],
    title: {
      zh: '培育类综合体：产值不低于20亿元（辖区内产值不低于10亿元或集中度不低于30%），行业协会等依托单位，研发投入占比不低于全市平均',
      en: 'Cultivation class: industry output ≥ 2,000,000,000 yuan (jurisdiction ≥ 1,000,000,000 or concentration ≥ 30%), a relying unit, R&D ratio ≥ city average',
    },
    quote: '产值不低于20亿元（辖区内产值不低于10亿元或集中度占比不低于30%）；……落实行业协会等市场主体作为依托单位；……产业领域研发投入占营业收入比例不低于全市平均水平',
  },
  {
    id: 'cx.complex.creation',
    severity: 'block',
    kind: 'eligibility',
    article: '第七条（二）',
    carrierKinds: ['complex'],
    title: {
      zh: '创建类综合体：“123”千百亿产业或产值不低于50亿元的新兴产业，高新技术企业占规上企业不低于20%，产业增加值增速不低于3%',
      en: 'Creation class: a "123" industry or an emerging industry with output ≥ 5,000,000,000 yuan; high-tech firms ≥ 20% of above-scale firms; value-added growth ≥ 3%',
    },
    quote: '属于全市“123”千百亿产业或产值不低于50亿元的新兴产业……高新技术企业占规上企业比重不低于20%，产业增加值增速不低于3%',
  },
  {
    id: 'cx.lead.revenue-400m',
    severity: 'block',
    kind: 'eligibility',
    article: '第九条',
    carrierKinds: ['consortium'],
    title: { zh: '牵头企业上年度销售收入不低于4亿元', en: 'Lead: last year\'s sales revenue at least 400,000,000 yuan' },
    quote: '上年度销售收入不低于4亿元',
  },
  {
    id: 'cx.lead.rd-intensity-3.5pct',
    severity: 'block',
    kind: 'eligibility',
    article: '第九条',
    carrierKinds: ['consortium'],
    title: { zh: '牵头企业上年度研发投入强度不低于3.5%', en: 'Lead: last year\'s R&D intensity at least 3.5%' },
    quote: '上年度研发投入强度不低于3.5%',
  },
  {
    id: 'cx.lead.platform',
    severity: 'block',
    kind: 'eligibility',
    article: '第九条',
    carrierKinds: ['consortium'],
    title: { zh: '牵头企业建有省级以上企业研发机构，实施过宁波市级以上科技专项或重点研究项目', en: 'Lead: a provincial-or-higher enterprise R&D institution and a Ningbo-level-or-higher S&T project carried out' },
    quote: '建有省级以上企业研发机构，实施过宁波市级以上科技专项或重点研究项目',
  },
  {
    id: 'cx.eval.annual',
    severity: 'block',
    kind: 'evaluation',
    article: '第十一条',
    carrierKinds: ['complex'],
    title: { zh: '综合体年度考核：合格继续拨付经费，不合格摘牌', en: 'Annual assessment of a complex: pass → funding continues; fail → delisted' },
    quote: '考核合格的，继续拨付相关经费，不合格的予以摘牌',
  },
  {
    id: 'cx.eval.3y-third-party',
    severity: 'block',
    kind: 'evaluation',
    article: '第十二条',
    title: { zh: '完成三年建设计划后第三方绩效评价：良好以上保留，一般及以下摘牌', en: 'Third-party evaluation after the 3-year plan: good or better → kept; fair or worse → delisted' },
    quote: '评价结果良好以上的予以保留，结果一般及以下的予以摘牌',
  },
  {
    id: 'cx.complex.subsidy-cap',
    severity: 'block',
    kind: 'funding',
    article: '第十三条',
    carrierKinds: ['complex'],
    title: {
      zh: '综合体年度经费补助：镇级培育类最高50万元、市级培育类最高100万元，创建类加倍；省、宁波市级序列最高200万元',
      en: 'Annual complex subsidy: town cultivation ≤ 500,000 yuan, city cultivation ≤ 1,000,000; creation class doubles; provincial or Ningbo sequence ≤ 2,000,000',
    },
    quote: '分别给予最高50万元、100万元的经费补助，创建类相应加倍；列入省、宁波市级综合体建设序列的，给予最高200万元的经费补助',
  },
  {
    id: 'cx.recommend.per-year-2',
    severity: 'block',
    kind: 'quota',
    article: '第十四条',
    carrierKinds: ['complex'],
    title: { zh: '综合体推荐企业承担市本级专项每年最多不超过2个', en: 'A complex recommends at most 2 enterprises a year for city special projects' },
    quote: '每年最多不超过2个',
  },
  {
    id: 'cx.recommend.concurrent-3',
    severity: 'block',
    kind: 'quota',
    article: '第十四条',
    carrierKinds: ['complex'],
    title: { zh: '综合体推荐的市本级专项同期在实施的不超过3个', en: 'At most 3 recommended city special projects in implementation at once' },
    quote: '同期在实施的不超过3个',
  },
  {
    id: 'cx.selfrun.city.per-year-3',
    severity: 'block',
    kind: 'quota',
    article: '第十五条',
    carrierKinds: ['complex'],
    title: { zh: '市本级以上综合体自主共性技术攻关每年新立项不超过3个', en: 'City-level-or-above complex: at most 3 new self-run projects a year' },
    quote: '市本级以上综合体每年新立项不超过3个',
  },
  {
    id: 'cx.selfrun.city.concurrent-5',
    severity: 'block',
    kind: 'quota',
    article: '第十五条',
    carrierKinds: ['complex'],
    title: { zh: '市本级以上综合体自主攻关项目同期在实施的不超过5个', en: 'City-level-or-above complex: at most 5 self-run projects in implementation at once' },
    quote: '同期在实施的不超过5个',
  },
  {
    id: 'cx.selfrun.town.per-year-1',
    severity: 'block',
    kind: 'quota',
    article: '第十五条',
    carrierKinds: ['complex'],
    title: { zh: '镇级综合体自主攻关每年新立项不超过1项', en: 'Town-level complex: at most 1 new self-run project a year' },
    quote: '镇级综合体每年新立项不超过1项',
  },
  {
    id: 'cx.selfrun.town.concurrent-2',
    severity: 'block',
    kind: 'quota',
    article: '第十五条',
    carrierKinds: ['complex'],
    title: { zh: '镇级综合体自主攻关项目同期在实施的不超过2项', en: 'Town-level complex: at most 2 self-run projects in implementation at once' },
    quote: '同期在实施的不超过2项',
  },
  {
    id: 'cx.project.subsidy-cap',
    severity: 'block',
    kind: 'funding',
    article: '第十五条',
    carrierKinds: ['complex'],
    title: { zh: '每个自主攻关项目补助总额不超过40万元', en: 'A self-run project gets at most 400,000 yuan in total' },
    quote: '每个攻关项目补助总额不超过40万元，从综合体建设扶持资金中列支',
  },
  {
    id: 'cx.project.first-installment-60pct',
    severity: 'block',
    kind: 'funding',
    article: '第十五条',
    carrierKinds: ['complex'],
    title: { zh: '首批按60%拨付，剩余资金待项目通过验收后拨付', en: 'First installment 60%; the remainder only after the project passes acceptance' },
    quote: '首批按60%比例拨付，剩余资金待项目通过验收后拨付',
  },
])
