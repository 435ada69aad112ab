import { describe, it, expect } from 'vitest'
import {
  checkLeadEligibility, checkGovernance, checkMembers, checkAgreements, checkIpContracts, checkComplexConditions, checkPeerExperts,
  meetsRdIntensity, type OrganizationFacts, type RuleId, type RuleResult, type ComplexFacts, type PeerExpert, type YearFigures,
} from '../../../src/policies'

const st = (rs: RuleResult[], id: RuleId) => rs.find((r) => r.ruleId === id)?.status
const viol = (rs: RuleResult[], id: RuleId) => {
  const r = rs.find((x) => x.ruleId === id)
  return r?.status === 'fail' ? r.violation : undefined
}

const year = (y: number, f: Partial<YearFigures> = {}): YearFigures => ({ year: y, revenue: 1_000_000_000, netAssets: 300_000_000, rdSpend: 50_000_000, rdStaff: 50, equipmentValue: 20_000_000, ...f })
const nbOrg = (over: Partial<OrganizationFacts> = {}): OrganizationFacts => ({
  kind: 'enterprise', platforms: ['provincial-tech-centre'], rdYearsInField: 5, figures: [year(2021), year(2022), year(2023)], ...over,
})
const nb = (o: OrganizationFacts) => checkLeadEligibility('nb-consortium-2021', o, 2024)

describe('nb lead conditions at the boundary', () => {
  it('a lead exactly at every threshold passes all', () => {
    expect(nb(nbOrg()).every((r) => r.status === 'pass')).toBe(true)
    expect(nb(nbOrg()).map((r) => r.ruleId).sort()).toEqual(['nb.lead.equipment-20m', 'nb.lead.net-assets-300m', 'nb.lead.platform', 'nb.lead.rd-spend-50m-x3', 'nb.lead.rd-staff-50', 'nb.lead.rd-years-5', 'nb.lead.revenue-1b'])
  })
  it.each([
    ['nb.lead.revenue-1b', { revenue: 999_999_999 }, 1_000_000_000, 'overridable'],
    ['nb.lead.net-assets-300m', { netAssets: 299_999_999 }, 300_000_000, 'overridable'],
    ['nb.lead.rd-staff-50', { rdStaff: 49 }, 50, 'block'],
    ['nb.lead.equipment-20m', { equipmentValue: 19_999_999 }, 20_000_000, 'block'],
  ] as const)('%s: one unit under fails (%s)', (id, f, limit, severity) => {
    const v = viol(nb(nbOrg({ figures: [year(2021), year(2022), year(2023, f)] })), id)
    expect(v?.limit).toBe(limit)
    expect(v?.severity).toBe(severity)
    expect(v?.message.zh).toContain(`[${id}]`)
    expect(v?.message.zh).toContain('三（一）')
  })
  it('revenue uses last year\'s figure', () => {
    const v = viol(nb(nbOrg({ figures: [year(2021), year(2022), year(2023, { revenue: 900_000_000 })] })), 'nb.lead.revenue-1b')
    expect(v?.message.zh).toContain('90,000万元')
    expect(v?.message.zh).toContain('100,000万元')
  })
  it('nb.lead.rd-years-5: 5 passes, 4 fails', () => {
    expect(st(nb(nbOrg({ rdYearsInField: 5 })), 'nb.lead.rd-years-5')).toBe('pass')
    expect(st(nb(nbOrg({ rdYearsInField: 4 })), 'nb.lead.rd-years-5')).toBe('fail')
  })
  it('nb.lead.platform: any provincial+ platform passes; none or other fails (一般: overridable)', () => {
    expect(st(nb(nbOrg({ platforms: ['key-lab'] })), 'nb.lead.platform')).toBe('pass')
    expect(st(nb(nbOrg({ platforms: ['provincial-key-research-institute'] })), 'nb.lead.platform')).toBe('pass')
    expect(viol(nb(nbOrg({ platforms: [] })), 'nb.lead.platform')?.severity).toBe('overridable')
    expect(st(nb(nbOrg({ platforms: ['other'] })), 'nb.lead.platform')).toBe('fail')
  })
  describe('nb.lead.rd-spend-50m-x3 in EACH of the last three years', () => {
    it.each([2021, 2022, 2023])('49,999,999 in %i fails', (y) => {
      const figures = [2021, 2022, 2023].map((x) => year(x, x === y ? { rdSpend: 49_999_999 } : {}))
      const v = viol(nb(nbOrg({ figures })), 'nb.lead.rd-spend-50m-x3')
      expect(v?.actual).toBe(49_999_999)
      expect(v?.message.zh).toContain(`${y}年`)
    })
    it('a missing year fails with a clear message', () => {
      const v = viol(nb(nbOrg({ figures: [year(2021), year(2023)] })), 'nb.lead.rd-spend-50m-x3')
      expect(v?.message.zh).toContain('缺少2022年度研发投入数据')
      expect(v?.message.en).toContain('2022 is missing')
    })
    it('a high average does not compensate one low year', () => {
      const figures = [year(2021, { rdSpend: 500_000_000 }), year(2022, { rdSpend: 10_000_000 }), year(2023, { rdSpend: 500_000_000 })]
      expect(st(nb(nbOrg({ figures })), 'nb.lead.rd-spend-50m-x3')).toBe('fail')
    })
    it('older years do not matter', () => {
      const figures = [year(2020, { rdSpend: 0 }), year(2021), year(2022), year(2023)]
      expect(st(nb(nbOrg({ figures })), 'nb.lead.rd-spend-50m-x3')).toBe('pass')
    })
  })
})

describe('cx lead conditions (第九条)', () => {
  const cxOrg = (rev: number, rd: number, over: Partial<OrganizationFacts> = {}): OrganizationFacts => ({
    kind: 'enterprise', platforms: ['provincial-rd-institution'], hasNingboProject: true, figures: [{ year: 2023, revenue: rev, rdSpend: rd }], ...over,
  })
  const cx = (o: OrganizationFacts) => checkLeadEligibility('cx-complex', o, 2024)
  it('cx.lead.revenue-400m: 400,000,000 passes, 399,999,999 fails', () => {
    expect(st(cx(cxOrg(400_000_000, 14_000_000)), 'cx.lead.revenue-400m')).toBe('pass')
    expect(viol(cx(cxOrg(399_999_999, 14_000_000)), 'cx.lead.revenue-400m')?.message.zh).toContain('40,000万元')
  })
  it('cx.lead.rd-intensity-3.5pct by integer cross-multiplication', () => {
    expect(meetsRdIntensity(35, 1000)).toBe(true)
    expect(meetsRdIntensity(34, 1000)).toBe(false)
    expect(st(cx(cxOrg(400_000_000, 14_000_000)), 'cx.lead.rd-intensity-3.5pct')).toBe('pass')
    const v = viol(cx(cxOrg(400_000_000, 13_999_999)), 'cx.lead.rd-intensity-3.5pct')
    expect(v?.message.zh).toContain('3.49%')
    expect(v?.message.zh).toContain('[cx.lead.rd-intensity-3.5pct]')
    expect(st(cx(cxOrg(0, 0)), 'cx.lead.rd-intensity-3.5pct')).toBe('fail')
  })
  it('cx.lead.platform needs both the platform and a Ningbo-level project', () => {
    expect(st(cx(cxOrg(400_000_000, 14_000_000)), 'cx.lead.platform')).toBe('pass')
    expect(st(cx(cxOrg(400_000_000, 14_000_000, { platforms: [] })), 'cx.lead.platform')).toBe('fail')
    expect(st(cx(cxOrg(400_000_000, 14_000_000, { hasNingboProject: false })), 'cx.lead.platform')).toBe('fail')
  })
})

describe('Weihai and Zhejiang', () => {
  it('wh.lead.registered-weihai (原则上: overridable)', () => {
    expect(st(checkLeadEligibility('wh-consortium-2022', { kind: 'enterprise', platforms: [], figures: [], registeredIn: '威海市' }, 2024), 'wh.lead.registered-weihai')).toBe('pass')
    const rs = checkLeadEligibility('wh-consortium-2022', { kind: 'new-type-rnd', platforms: [], figures: [], registeredIn: '烟台市' }, 2024)
    expect(viol(rs, 'wh.lead.registered-weihai')?.severity).toBe('overridable')
  })
  it('zj.lead.kind: leading or little-giant', () => {
    const zj = (k: OrganizationFacts['techLeaderKind']) => st(checkLeadEligibility('zj-consortium', { kind: 'enterprise', platforms: [], figures: [], techLeaderKind: k }, 2024), 'zj.lead.kind')
    expect(zj('leading')).toBe('pass')
    expect(zj('little-giant')).toBe('pass')
    expect(zj(null)).toBe('fail')
  })
  it('nb-tic-2022 has no lead conditions', () => expect(checkLeadEligibility('nb-tic-2022', nbOrg(), 2024)).toEqual([]))
})

describe('governance', () => {
  it('wh.governance.council: council chaired by the lead\'s head and a dedicated team', () => {
    expect(st(checkGovernance('wh-consortium-2022', { council: { chairIsLeadHead: true, memberUnitHeadsIncluded: false }, operationsTeam: true }), 'wh.governance.council')).toBe('pass')
    expect(st(checkGovernance('wh-consortium-2022', { council: { chairIsLeadHead: false, memberUnitHeadsIncluded: true }, operationsTeam: true }), 'wh.governance.council')).toBe('fail')
    expect(st(checkGovernance('wh-consortium-2022', { council: { chairIsLeadHead: true, memberUnitHeadsIncluded: true }, operationsTeam: false }), 'wh.governance.council')).toBe('fail')
    expect(viol(checkGovernance('wh-consortium-2022', {}), 'wh.governance.council')?.severity).toBe('overridable')
  })
  it('zj.governance.council: chair and all member heads', () => {
    expect(st(checkGovernance('zj-consortium', { council: { chairIsLeadHead: true, memberUnitHeadsIncluded: true } }), 'zj.governance.council')).toBe('pass')
    expect(st(checkGovernance('zj-consortium', { council: { chairIsLeadHead: true, memberUnitHeadsIncluded: false } }), 'zj.governance.council')).toBe('fail')
    expect(st(checkGovernance('zj-consortium', { council: { chairIsLeadHead: false, memberUnitHeadsIncluded: true } }), 'zj.governance.council')).toBe('fail')
    expect(viol(checkGovernance('zj-consortium', { council: null }), 'zj.governance.council')?.severity).toBe('block')
  })
})

describe('members, agreements, IP', () => {
  const m = (n: number, withLead = true) => [
    ...(withLead ? [{ role: 'lead', signedAgreement: true }] : []),
    ...Array.from({ length: n }, (_, i) => ({ role: 'enterprise', name: `M${i + 1}`, signedAgreement: true })),
  ]
  it('zj.members.min-5: lead + 4 passes, lead + 3 fails (一般: overridable)', () => {
    expect(st(checkMembers('zj-consortium', m(4)), 'zj.members.min-5')).toBe('pass')
    expect(st(checkMembers('zj-consortium', m(4, false)), 'zj.members.min-5')).toBe('pass')
    const v = viol(checkMembers('zj-consortium', m(3)), 'zj.members.min-5')
    expect(v).toMatchObject({ limit: 5, actual: 4, severity: 'overridable' })
  })
  it('agreement.signed-by-all-members', () => {
    const ag = [{ kind: 'formation' }]
    expect(st(checkAgreements('zj-consortium', m(4), ag), 'agreement.signed-by-all-members')).toBe('pass')
    const unsigned = [...m(3), { role: 'university', name: '某大学', signedAgreement: false }]
    const v = viol(checkAgreements('zj-consortium', unsigned, ag), 'agreement.signed-by-all-members')
    expect(v?.message.zh).toContain('某大学')
    expect(v?.citation.article).toBe('三（二）')
    expect(st(checkAgreements('nb-consortium-2021', m(4), []), 'agreement.signed-by-all-members')).toBe('fail')
    expect(viol(checkAgreements('wh-consortium-2022', unsigned, ag), 'agreement.signed-by-all-members')?.severity).toBe('overridable')
    expect(checkAgreements('nb-tic-2022', unsigned, [])).toEqual([])
  })
  it('ip.benefit-shares-100pct: exactly 10000 basis points', () => {
    const c = (...bp: number[]) => [{ id: 'IP-1', shares: bp.map((b, i) => ({ party: `P${i}`, percentBasisPoints: b })) }]
    expect(st(checkIpContracts('nb-tic-2022', c(5000, 3000, 2000)), 'ip.benefit-shares-100pct')).toBe('pass')
    const v = viol(checkIpContracts('nb-tic-2022', c(5000, 3000, 1999)), 'ip.benefit-shares-100pct')
    expect(v).toMatchObject({ limit: 10000, actual: 9999 })
    expect(v?.message.zh).toContain('99.99%')
    expect(v?.citation.article).toBe('四（二）5')
    expect(st(checkIpContracts('zj-consortium', c(5000, 5001)), 'ip.benefit-shares-100pct')).toBe('fail')
    expect(st(checkIpContracts('zj-consortium', []), 'ip.benefit-shares-100pct')).toBe('fail')
    expect(st(checkIpContracts('zj-consortium', c(5000.5, 4999.5)), 'ip.benefit-shares-100pct')).toBe('fail')
  })
})

describe('cx.complex.cultivation (第七条（一）)', () => {
  const ok: ComplexFacts = {
    applicantKind: 'town', class: 'cultivation', level: 'town', industryOutput: 2_000_000_000, jurisdictionOutput: 1_000_000_000, concentrationBp: 0,
    relyingUnit: { name: '慈溪市家电协会', kind: 'industry-association' }, industryRdRatioBp: 250, cityAverageRdRatioBp: 250,
  }
  const s = (f: Partial<ComplexFacts>) => st(checkComplexConditions({ ...ok, ...f }), 'cx.complex.cultivation')
  it('at every threshold passes', () => expect(s({})).toBe('pass'))
  it('output one 元 under 20亿 fails', () => expect(s({ industryOutput: 1_999_999_999 })).toBe('fail'))
  it('jurisdiction 10亿 OR concentration 30%: each side alone suffices', () => {
    expect(s({ jurisdictionOutput: 999_999_999, concentrationBp: 3000 })).toBe('pass')
    expect(s({ jurisdictionOutput: 1_000_000_000, concentrationBp: 0 })).toBe('pass')
    expect(s({ jurisdictionOutput: 999_999_999, concentrationBp: 2999 })).toBe('fail')
  })
  it('needs a relying unit and R&D ratio ≥ city average', () => {
    expect(s({ relyingUnit: null })).toBe('fail')
    expect(s({ industryRdRatioBp: 249 })).toBe('fail')
  })
  it('applicant is a town (street) or an industrial park', () => {
    expect(s({ applicantKind: 'park' })).toBe('pass')
    expect(s({ applicantKind: 'enterprise' })).toBe('fail')
  })
  it('the creation rule is not applicable to a cultivation application', () => {
    expect(st(checkComplexConditions(ok), 'cx.complex.creation')).toBe('not-applicable')
  })
})

describe('cx.complex.creation (第七条（二）)', () => {
  const ok: ComplexFacts = { applicantKind: 'park', class: 'creation', is123Industry: true, highTechShareBp: 2000, valueAddedGrowthBp: 300 }
  const s = (f: Partial<ComplexFacts>) => st(checkComplexConditions({ ...ok, ...f }), 'cx.complex.creation')
  it('"123" industry at the thresholds passes', () => expect(s({})).toBe('pass'))
  it('OR an emerging industry of ≥ 50亿', () => {
    expect(s({ is123Industry: false, isEmergingIndustry: true, industryOutput: 5_000_000_000 })).toBe('pass')
    expect(s({ is123Industry: false, isEmergingIndustry: true, industryOutput: 4_999_999_999 })).toBe('fail')
    expect(s({ is123Industry: false, isEmergingIndustry: false, industryOutput: 9_000_000_000 })).toBe('fail')
  })
  it('high-tech share ≥ 20% and value-added growth ≥ 3%', () => {
    expect(s({ highTechShareBp: 1999 })).toBe('fail')
    expect(s({ valueAddedGrowthBp: 299 })).toBe('fail')
    expect(s({ valueAddedGrowthBp: -100 })).toBe('fail')
  })
  it('the cultivation rule is not applicable to a creation application', () => {
    expect(st(checkComplexConditions(ok), 'cx.complex.cultivation')).toBe('not-applicable')
  })
})

describe('wh.review.peer-experts-min-3 (四.2)', () => {
  const e = (title: PeerExpert['title'], disciplineMatch: PeerExpert['disciplineMatch']): PeerExpert => ({ title, disciplineMatch })
  it('three associate-senior or senior experts of the same or a near discipline pass', () => {
    expect(checkPeerExperts([e('associate-senior', 'same'), e('senior', 'near'), e('senior', 'same')]).status).toBe('pass')
  })
  it('two qualified experts fail, whatever the unqualified ones', () => {
    const r = checkPeerExperts([e('associate-senior', 'same'), e('senior', 'near'), e('intermediate', 'same'), e('senior', 'other')])
    expect(r.status).toBe('fail')
    if (r.status === 'fail') {
      expect(r.violation).toMatchObject({ limit: 3, actual: 2, severity: 'block' })
      expect(r.violation.message.zh).toContain('四.2')
    }
  })
})
