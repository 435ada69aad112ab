/**
 * 《威海市创新联合体备案工作指引》（威科字〔2022〕20号）, seeds/002_fe67fc23196faff3.txt
 * 施行 2022-06-29, 有效期至 2025-06-28 (六, last paragraph).
 *
 * Note: 三 opens with "组建创新联合体一般应满足以下条件", so every condition of 三 is a 一般 (general)
 * condition and therefore overridable; 三.1 and 三.4 also say 原则上.
 */
import type { PolicySetMeta } from '../types'
import { defineRules } from './define'

export const WH_CONSORTIUM_2022: PolicySetMeta = {
  id: 'wh-consortium-2022',
  title: { zh: '威海市创新联合体备案工作指引', en: 'Guidelines for Filing Innovation Consortia in Weihai' },
  issuer: { zh: '威海市科学技术局', en: 'Weihai Municipal Science and Technology Bureau' },
  documentNumber: '威科字〔2022〕20号',
  issuedOn: '2022-06-29',
  effectiveFrom: '2022-06-29',
  effectiveTo: '2025-06-28',
  carrierKinds: ['consortium'],
  // Not prescribed by the text; ours.
  namePattern: { zh: '威海市{name}创新联合体', en: 'Weihai {name} Innovation Consortium' },
  namePatternSource: 'ours',
  document: '《威海市创新联合体备案工作指引》（威科字〔2022〕20号）',
  sourceFile: '002_fe67fc23196faff3.txt',
}

export const WH_CONSORTIUM_2022_RULES = defineRules(WH_CONSORTIUM_2022, [
  {
    id: 'wh.lead.registered-weihai',
    severity: 'overridable', // 一般应满足 + 原则上应为威海市内注册的
    kind: 'eligibility',
    article: '三.1',
    title: { zh: '牵头单位原则上应为威海市内注册的骨干企业或新型研发机构等', en: 'Lead registered in Weihai (a backbone enterprise or a new-type R&D institution, etc.) (in principle)' },
    quote: '牵头单位原则上应为威海市内注册的技术创新能力强、行业示范带动作用显著的骨干企业或具有较强行业影响力的新型研发机构等',
  },
  {
    id: 'wh.governance.council',
    severity: 'overridable', // 一般应满足 + 原则上由牵头单位负责人担任理事长
    kind: 'governance',
    article: '三.4',
    title: { zh: '设立理事会，原则上由牵头单位负责人任理事长，并组建专职运营团队', en: 'A council as decision body, chaired in principle by the lead\'s head, and a dedicated operations team' },
    quote: '设立理事会作为创新联合体决策议事机构，原则上由牵头单位负责人担任理事长，并组建项目运营团队，专职负责创新联合体建设运营工作',
  },
  {
    id: 'wh.review.peer-experts-min-3',
    severity: 'block',
    kind: 'procedure',
    article: '四.2',
    title: { zh: '初审邀请不少于3名相同或相近学科副高以上同行评议专家', en: 'Initial review: at least 3 peer-review experts of the same or a near discipline, associate-senior title or above' },
    quote: '邀请不少于3名同行评议专家（由相同或相近学科具有副高职称以上的专家担任）出具评议意见',
  },
])
