// Issue 17, second round: rule titles state the figures of the revision that judged the check and name it; the
// Cixi third-party grade and the Zhejiang self-report deadline are figures of a revision; the documents a
// programme requires are listed and block while missing; the programme's notice days override the revision's only
// when set. Table by table.
import { describe, expect, it } from 'vitest'

import {
  checkAll,
  checkRequiredDocuments,
  checkRevisionValues,
  checkSelfReport,
  evaluationConsequence,
  FIRST_REVISIONS,
  noticeWorkingDaysFor,
  requiredDocumentsStatus,
  ruleFor,
  ruleTitle,
  RULE_IDS,
  rulesOfSet,
  selfReportDeadline,
  titleHasFigures,
  type ApplicationFacts,
  type PolicySetId,
} from '../../../src/policies'
import { amountZh } from '../../../src/policies/rule-titles'

const REV_2027 = { zh: '2027 年修订参数', en: '2027 revision' }

describe('rule titles from the revision', () => {
  it('every title that states a figure gives back the catalogue title word for word under the first revision', () => {
    let templated = 0
    for (const id of RULE_IDS) {
      const def = ruleFor(id)
      if (!titleHasFigures(id)) continue
      templated++
      expect(ruleTitle(id, def.policySet, FIRST_REVISIONS[def.policySet].values), id).toEqual(def.title)
    }
    expect(templated).toBe(34)
  })

  it('no other title states a figure in digits (those that could be revised are all templates)', () => {
    const fixed = RULE_IDS.filter((id) => !titleHasFigures(id)).filter((id) => /\d/.test(ruleFor(id).title.zh))
    // Shares adding up to 100% is arithmetic, not a figure a revision could change.
    expect(fixed).toEqual(['ip.benefit-shares-100pct'])
  })

  const table: { id: (typeof RULE_IDS)[number]; set: PolicySetId; change: Record<string, number>; zh: string; en: string }[] = [
    { id: 'tic.funding.total-10m', set: 'nb-tic-2022', change: { totalCap: 15_000_000 }, zh: '创建期合计支持最高不超过1500万元', en: 'at most 15,000,000 yuan' },
    { id: 'tic.funding.annual-30pct', set: 'nb-tic-2022', change: { annualPct: 35 }, zh: '投入总额的35%', en: 'at most 35% of' },
    { id: 'tic.funding.first-year-5m', set: 'nb-tic-2022', change: { firstYearCap: 6_000_000 }, zh: '首年创建经费不超过600万元', en: '6,000,000 yuan' },
    { id: 'tic.funding.creation-years', set: 'nb-tic-2022', change: { creationYears: 4 }, zh: '前四年', en: 'years 1–4' },
    { id: 'tic.eval.two-fails-delist', set: 'nb-tic-2022', change: { delistAfterFails: 3 }, zh: '连续三次', en: '3 consecutive' },
    { id: 'nb.lead.revenue-1b', set: 'nb-consortium-2021', change: { leadRevenue: 800_000_000 }, zh: '不低于8亿元', en: '800,000,000 yuan' },
    { id: 'cx.project.subsidy-cap', set: 'cx-complex', change: { projectCap: 500_000 }, zh: '不超过50万元', en: '500,000 yuan' },
    { id: 'cx.complex.subsidy-cap', set: 'cx-complex', change: { townCreationCap: 1_200_000 }, zh: '创建类镇级最高120万元、市级最高200万元', en: 'creation class: town ≤ 1,200,000' },
    { id: 'cx.eval.3y-third-party', set: 'cx-complex', change: { thirdPartyKeepGrade: 2 }, zh: '一般以上保留，较差及以下摘牌', en: 'fair or better → kept; poor or worse' },
    { id: 'cx.eval.3y-third-party', set: 'cx-complex', change: { thirdPartyKeepGrade: 4 }, zh: '优秀保留，良好及以下摘牌', en: 'excellent → kept' },
    { id: 'zj.members.min-5', set: 'zj-consortium', change: { minMembers: 6 }, zh: '不少于6个', en: 'At least 6 member units' },
    { id: 'zj.eval.self-report-january', set: 'zj-consortium', change: { selfReportDay: 15 }, zh: '次年1月15日前书面上报', en: 'due by 15 January' },
    { id: 'zj.eval.self-report-january', set: 'zj-consortium', change: { selfReportMonth: 2, selfReportDay: 29 }, zh: '次年2月书面上报', en: 'due in February' },
    { id: 'wh.review.peer-experts-min-3', set: 'wh-consortium-2022', change: { minPeerExperts: 5 }, zh: '不少于5名', en: 'at least 5 peer-review' },
  ]
  for (const t of table) {
    it(`${t.id} with ${JSON.stringify(t.change)}: states the revised figure and names the revision`, () => {
      const title = ruleTitle(t.id, t.set, { ...FIRST_REVISIONS[t.set].values, ...t.change }, REV_2027)
      expect(title.zh).toContain(t.zh)
      expect(title.en).toContain(t.en)
      expect(title.zh).toMatch(/（依据2027 年修订参数）$/)
      expect(title.en).toMatch(/\(under the 2027 revision\)$/)
    })
  }

  it('a title without a figure stays the document’s, and another set’s values never judge a rule', () => {
    expect(titleHasFigures('tic.funds.recovery')).toBe(false)
    expect(ruleTitle('tic.funds.recovery', 'nb-tic-2022', undefined, REV_2027)).toEqual(ruleFor('tic.funds.recovery').title)
    expect(ruleTitle('nb.lead.revenue-1b', 'nb-consortium-2021', { leadRevenue: 400_000_000 }).zh).toContain('4亿元')
    expect(ruleTitle('nb.lead.revenue-1b', 'nb-consortium-2021', { leadRevenue: 'x' } as never).zh).toContain('10亿元')
  })

  it('amounts read as the documents write them', () => {
    expect([1_000_000_000, 300_000_000, 50_000_000, 400_000, 1_000_000, 12_345].map(amountZh)).toEqual(['10亿元', '3亿元', '5000万元', '40万元', '100万元', '12,345元'])
  })
})

const tic = (parameters?: Record<string, number>, revision?: typeof REV_2027): ApplicationFacts => ({
  policySet: 'nb-tic-2022',
  carrierKind: 'tic',
  today: '2027-03-01',
  lead: { kind: 'enterprise', figures: [], platforms: [] },
  members: [],
  recognizedOn: '2025-03-01',
  parameters: parameters ? { ...FIRST_REVISIONS['nb-tic-2022'].values, ...parameters } : undefined,
  revision,
})

describe('the checklist states the figures it judged on', () => {
  it('a decision under the original figures still shows 1000万元; under the 2027 revision 1500万元, naming it', () => {
    const before = checkAll(tic()).find((i) => i.ruleId === 'tic.funding.total-10m')!
    expect(before.title.zh).toBe('创建期合计支持最高不超过1000万元')
    const old = checkAll(tic(undefined, { zh: '文件原文参数', en: 'original figures of the document' })).find((i) => i.ruleId === 'tic.funding.total-10m')!
    expect(old.title.zh).toBe('创建期合计支持最高不超过1000万元（依据文件原文参数）')
    const after = checkAll(tic({ totalCap: 15_000_000 }, REV_2027)).find((i) => i.ruleId === 'tic.funding.total-10m')!
    expect(after.title.zh).toBe('创建期合计支持最高不超过1500万元（依据2027 年修订参数）')
  })
})

describe('Cixi third-party evaluation: the lowest grade kept is a figure', () => {
  const table: [keep: number, grade: 'excellent' | 'good' | 'fair' | 'fail', action: string][] = [
    [3, 'good', 'continue'], [3, 'fair', 'delist'], [3, 'excellent', 'continue'], [3, 'fail', 'delist'],
    [2, 'fair', 'continue'], [2, 'fail', 'delist'],
    [4, 'good', 'delist'], [4, 'excellent', 'continue'],
    [1, 'fail', 'continue'],
  ]
  for (const [keep, grade, action] of table) {
    it(`keep ≥ ${keep}: ${grade} → ${action}`, () => {
      const c = evaluationConsequence('cx-complex', [{ year: 2027, kind: 'third-party-3y', grade }], { ...FIRST_REVISIONS['cx-complex'].values, thirdPartyKeepGrade: keep })
      expect(c.action).toBe(action)
      expect(c.ruleId).toBe('cx.eval.3y-third-party')
    })
  }
  it('without a revision: the document’s 良好以上 (fair delists)', () => {
    expect(evaluationConsequence('cx-complex', [{ year: 2027, kind: 'third-party-3y', grade: 'fair' }]).message.zh).toContain('一般及以下')
  })
})

describe('Zhejiang self-report deadline: month and day of a revision', () => {
  const table: [month: number, day: number, year: number, deadline: string][] = [
    [1, 31, 2027, '2027-01-31'],
    [1, 15, 2027, '2027-01-15'],
    [2, 29, 2027, '2027-02-28'],
    [2, 29, 2028, '2028-02-29'],
    [3, 31, 2027, '2027-03-31'],
  ]
  for (const [month, day, year, deadline] of table) {
    it(`${month}月${day}日 in ${year} → ${deadline}`, () => expect(selfReportDeadline(year, { selfReportMonth: month, selfReportDay: day })).toBe(deadline))
  }
  it('the default is 31 January (四（五）次年1月)', () => expect(selfReportDeadline(2027)).toBe('2027-01-31'))
  it('a report filed on 20 January is on time under the document, late under a 15 January revision', () => {
    expect(checkSelfReport(2026, '2027-03-01', '2027-01-20').status).toBe('pass')
    const late = checkSelfReport(2026, '2027-03-01', '2027-01-20', { selfReportMonth: 1, selfReportDay: 15 })
    expect(late.status).toBe('fail')
    if (late.status === 'fail') expect(late.violation.message.zh).toContain('晚于2027-01-15')
  })
  it('the checklist reads the revision’s deadline', () => {
    const facts: ApplicationFacts = {
      policySet: 'zj-consortium', today: '2027-03-01', lead: { kind: 'enterprise', figures: [], platforms: [] }, members: [], recognizedOn: '2026-03-01',
      selfReports: [{ reportYear: 2026, submittedOn: '2027-01-20' }],
      parameters: { ...FIRST_REVISIONS['zj-consortium'].values, selfReportDay: 15 },
    }
    expect(checkAll(facts).find((i) => i.ruleId === 'zj.eval.self-report-january')?.status).toBe('fail')
    expect(checkAll({ ...facts, parameters: undefined }).find((i) => i.ruleId === 'zj.eval.self-report-january')?.status).toBe('pass')
  })
})

describe('validation of the new figures', () => {
  const zj = FIRST_REVISIONS['zj-consortium'].values
  const cx = FIRST_REVISIONS['cx-complex'].values
  const table: [set: PolicySetId, values: Record<string, number>, rule: string | null][] = [
    ['cx-complex', { ...cx, thirdPartyKeepGrade: 0 }, 'policy.parameter-invalid'],
    ['cx-complex', { ...cx, thirdPartyKeepGrade: 5 }, 'policy.parameter-invalid'],
    ['cx-complex', { ...cx, thirdPartyKeepGrade: 2.5 }, 'policy.parameter-invalid'],
    ['cx-complex', { ...cx, thirdPartyKeepGrade: 4 }, null],
    ['zj-consortium', { ...zj, selfReportMonth: 13 }, 'policy.parameter-invalid'],
    ['zj-consortium', { ...zj, selfReportDay: 0 }, 'policy.parameter-invalid'],
    ['zj-consortium', { ...zj, selfReportMonth: 2, selfReportDay: 30 }, 'policy.parameter-inconsistent'],
    ['zj-consortium', { ...zj, selfReportMonth: 4, selfReportDay: 31 }, 'policy.parameter-inconsistent'],
    ['zj-consortium', { ...zj, selfReportMonth: 2, selfReportDay: 29 }, null],
  ]
  for (const [set, values, rule] of table) {
    it(`${set} ${JSON.stringify(Object.fromEntries(Object.entries(values).filter(([k]) => ['thirdPartyKeepGrade', 'selfReportMonth', 'selfReportDay'].includes(k))))} → ${rule ?? 'valid'}`, () => {
      const problems = checkRevisionValues(set, values)
      if (rule === null) expect(problems).toEqual([])
      else {
        expect(problems.map((p) => p.rule)).toContain(rule)
        expect(problems[0]!.message.zh.length).toBeGreaterThan(0)
        expect(problems[0]!.message.en.length).toBeGreaterThan(0)
      }
    })
  }
})

describe('documents a programme requires', () => {
  const required = [{ title: '组建协议', note: '全体成员签章' }, { title: '建设方案' }, { title: '  ' }, { title: '组建 协议' }]
  const table: [provided: { title: string; hasFile: boolean }[], missing: string[]][] = [
    [[], ['组建协议', '建设方案']],
    [[{ title: '组建协议', hasFile: true }], ['建设方案']],
    [[{ title: '组建协议', hasFile: false }, { title: '建设方案', hasFile: true }], ['组建协议']],
    [[{ title: ' 组建　协议 ', hasFile: true }, { title: '建设方案', hasFile: true }], []],
    [[{ title: '其他材料', hasFile: true }], ['组建协议', '建设方案']],
  ]
  for (const [provided, missing] of table) {
    it(`${JSON.stringify(provided.map((p) => `${p.title}${p.hasFile ? '' : '（无文件）'}`))} → missing ${JSON.stringify(missing)}`, () => {
      expect(requiredDocumentsStatus(required, provided).map((s) => s.title)).toEqual(['组建协议', '建设方案'])
      const violations = checkRequiredDocuments('zj-consortium', '2027年浙江省创新联合体', required, provided)
      expect(violations.map((v) => v.limit)).toEqual(missing)
      for (const v of violations) {
        expect(v.ruleId).toBe('guard.required-documents')
        expect(v.severity).toBe('block')
        expect(v.message.zh).toContain('2027年浙江省创新联合体')
        expect(v.message.zh).toContain(`“${v.limit}”`)
        expect(v.message.en).toContain('"2027年浙江省创新联合体"')
        expect(v.message.en).toContain(`"${v.limit}"`)
      }
    })
  }

  it('the checklist lists each required document after the rules, blocking while missing', () => {
    const facts: ApplicationFacts = {
      policySet: 'zj-consortium', today: '2027-03-01', lead: { kind: 'enterprise', figures: [], platforms: [] }, members: [],
      program: { title: '2027年浙江省创新联合体', requiredDocuments: required },
      documentsProvided: [{ title: '建设方案', hasFile: true }],
    }
    const items = checkAll(facts)
    const docs = items.filter((i) => i.ruleId === 'guard.required-documents')
    expect(items.length).toBe(rulesOfSet('zj-consortium', 'consortium').length + 2)
    expect(docs.map((d) => [d.title.zh, d.status, d.note])).toEqual([['须提交材料：组建协议', 'fail', '全体成员签章'], ['须提交材料：建设方案', 'pass', undefined]])
    expect(docs[0]!.violation?.message.zh).toContain('要求提交“组建协议”，尚未上传')
    expect(checkAll({ ...facts, program: { title: 'x', requiredDocuments: [] } }).some((i) => i.ruleId === 'guard.required-documents')).toBe(false)
  })
})

describe('notice period: the programme overrides only when it sets one', () => {
  const table: [program: number | null | undefined, revision: number | null | undefined, days: number][] = [
    [null, 7, 7],
    [undefined, 7, 7],
    [10, 7, 10],
    [5, 7, 5],
    [null, undefined, 5],
    [0, 7, 7],
  ]
  for (const [program, revision, days] of table) {
    it(`programme ${String(program)}, revision ${String(revision)} → ${days}`, () => expect(noticeWorkingDaysFor(program, revision)).toBe(days))
  }
})
