/**
 * 《宁波市技术创新中心建设工作指引（试行）》（征求意见稿）, under 甬政办发〔2022〕51号,
 * seeds/001_d905debec0422e99.txt
 */
import type { PolicySetMeta } from '../types'
import { defineRules } from './define'

export const NB_TIC_2022: PolicySetMeta = {
  id: 'nb-tic-2022',
  title: {
    zh: '宁波市技术创新中心建设工作指引（试行）',
    en: 'Guidelines for Building Ningbo Municipal Technology Innovation Centres (Trial)',
  },
  issuer: { zh: '宁波市科学技术局', en: 'Ningbo Municipal Science and Technology Bureau' },
  documentNumber: null,
  parentDocument: '《宁波市人民政府办公厅关于加快技术创新中心体系建设的实施意见》（甬政办发〔2022〕51号）',
  // A draft for comment (征求意见稿) without a date of its own: no known start, open-ended.
  issuedOn: null,
  effectiveFrom: null,
  effectiveTo: null,
  carrierKinds: ['tic'],
  // Prescribed by 三（三）, including the English form.
  namePattern: { zh: '宁波市{name}技术创新中心', en: 'Ningbo Municipal Innovation Center of {name} Technology' },
  namePatternSource: 'document',
  document: '《宁波市技术创新中心建设工作指引（试行）》（征求意见稿，依据甬政办发〔2022〕51号）',
  sourceFile: '001_d905debec0422e99.txt',
  isDraft: true,
}

export const NB_TIC_2022_RULES = defineRules(NB_TIC_2022, [
  {
    id: 'tic.funding.annual-30pct',
    severity: 'block',
    kind: 'funding',
    article: '三（四）',
    title: { zh: '创建期每年支持不超过当年创新能力建设投入总额的30%', en: 'Each creation year, support is at most 30% of that year\'s capability-building investment' },
    quote: '前三年创建期内每年按照不超过创新能力建设投入总额30%给予支持',
  },
  {
    id: 'tic.funding.total-10m',
    severity: 'block',
    kind: 'funding',
    article: '三（四）',
    title: { zh: '创建期合计支持最高不超过1000万元', en: 'Creation-period support totals at most 10,000,000 yuan' },
    quote: '合计支持金额最高不超过1000万元',
  },
  {
    id: 'tic.funding.first-year-5m',
    severity: 'block',
    kind: 'funding',
    article: '三（四）',
    title: { zh: '首年创建经费不超过500万元', en: 'First-year creation grant at most 5,000,000 yuan' },
    quote: '获批后给予首年创建经费，支持额度不超过500万元',
  },
  {
    id: 'tic.funding.creation-years',
    severity: 'block',
    kind: 'funding',
    article: '三（四）',
    title: { zh: '创建期支持仅在批复后前三年拨付', en: 'Creation-period support is paid only in years 1–3 after approval' },
    quote: '前三年创建期内每年……给予支持',
  },
  {
    id: 'tic.funds.forbidden-uses',
    severity: 'block',
    kind: 'funding',
    article: '三（四）',
    title: {
      zh: '财政补助资金专账核算，不得用于基本建设、赞助、捐赠、投资、支付罚款、偿还债务',
      en: 'Fiscal funds on a separate ledger; not for capital construction, sponsorship, donation, investment, fines or debt repayment',
    },
    quote: '不得用于基本建设、赞助、捐赠、投资、支付各种罚款、偿还债务等',
  },
  {
    id: 'tic.funds.recovery',
    severity: 'block',
    kind: 'funding',
    article: '五（四）',
    title: { zh: '取消创建资格或摘牌的，收回财政结余经费和不合规经费', en: 'On cancellation or delisting, the unspent fiscal balance and non-compliant spending are recovered' },
    quote: '被取消创建资格和摘牌的创新中心，财政结余经费和经审计使用不合规经费按原拨付渠道予以收回',
  },
  {
    id: 'tic.target.investment',
    severity: 'overridable', // 原则上合计1亿元以上 / 原则上合计2亿元以上
    kind: 'target',
    article: '二（五）',
    title: { zh: '批复创建后2年内各类投入原则上合计1亿元以上，5年内2亿元以上', en: 'Total input of at least 100,000,000 yuan within 2 years and 200,000,000 yuan within 5 years (in principle)' },
    quote: '批复创建后2年内，依托单位、共建单位、财政补助等各类资金投入原则上合计1亿元以上；5年内，投入原则上合计2亿元以上',
  },
  {
    id: 'tic.target.staff',
    severity: 'overridable', // 原则上汇聚不少于…
    kind: 'target',
    article: '二（六）',
    title: { zh: '2年内原则上不少于100人（高层次团队≥2个），5年内不少于300人（≥5个）', en: 'At least 100 people with 2 high-level teams within 2 years; 300 people with 5 teams within 5 years (in principle)' },
    quote: '批复创建后2年内，原则上汇聚不少于100人的高水平技术创新队伍，其中高层次创新创业团队不少于2个；5年内，原则上汇聚不少于300人……不少于5个',
  },
  {
    id: 'tic.target.ecosystem',
    severity: 'block',
    kind: 'target',
    article: '二（十）',
    title: { zh: '建设期满时：产业化基地≥1个、紧密合作企业≥20家、衍生孵化企业≥5家、服务企业≥100家', en: 'By the end of construction: ≥1 industrialisation base, ≥20 close partner firms, ≥5 spin-offs, ≥100 firms served' },
    quote: '建设期满时，承接技术转移转化和产业化的基地不少于1个，建立紧密合作关系的企业不少于20家，累计衍生孵化企业不少于5家，累计服务企业不少于100家',
  },
  {
    id: 'tic.eval.two-fails-delist',
    severity: 'block',
    kind: 'evaluation',
    article: '五（四）',
    title: { zh: '连续两次绩效评价不合格的予以摘牌；验收未完成任务的取消创建资格', en: 'Two consecutive failed performance evaluations → delisted; failing final acceptance → creation status cancelled' },
    quote: '未按约定完成中心建设任务的，取消其创建资格……连续两次绩效评价不合格的，予以摘牌',
  },
])
