import { describe, it, expect } from 'vitest'
import {
  POLICY_SETS, POLICY_SET_IDS, getPolicySet, policySetsInForceOn, acceptsNewApplications, governs, officialName, isInForce,
  RULES, RULE_IDS, rulesOfSet, ruleFor, articleEn, chineseNumeral, addWorkingDays, isOverridable,
} from '../../../src/policies'

describe('policy sets', () => {
  it('has the five documents with their numbers', () => {
    expect(POLICY_SET_IDS).toHaveLength(5)
    expect(getPolicySet('nb-consortium-2021').documentNumber).toBe('甬自创办〔2021〕3号')
    expect(getPolicySet('nb-consortium-2021').issuedOn).toBe('2021-04-07')
    expect(getPolicySet('wh-consortium-2022').documentNumber).toBe('威科字〔2022〕20号')
    expect(getPolicySet('nb-tic-2022').parentDocument).toContain('甬政办发〔2022〕51号')
    expect(getPolicySet('cx-complex').carrierKinds).toEqual(['complex', 'consortium'])
    for (const id of POLICY_SET_IDS) expect(POLICY_SETS[id].id).toBe(id)
  })

  it('Weihai accepts on 2022-06-29 and 2025-06-28, refuses on 2022-06-28 and 2025-06-29', () => {
    expect(acceptsNewApplications('wh-consortium-2022', '2022-06-29').accepts).toBe(true)
    expect(acceptsNewApplications('wh-consortium-2022', '2025-06-28').accepts).toBe(true)
    const late = acceptsNewApplications('wh-consortium-2022', '2025-06-29')
    expect(late.accepts).toBe(false)
    expect(late.message?.zh).toContain('2025-06-28')
    expect(late.message?.zh).toContain('guard.policy-in-force')
    expect(late.violation?.citation.article).toBe('六')
    expect(acceptsNewApplications('wh-consortium-2022', '2022-06-28').accepts).toBe(false)
  })

  it('Weihai keeps governing what it recognised', () => {
    expect(governs('wh-consortium-2022', '2024-01-10')).toBe(true)
    expect(governs('wh-consortium-2022', '2025-09-01')).toBe(true)
    expect(governs('wh-consortium-2022', '2022-01-01')).toBe(false)
    expect(governs('zj-consortium', '2019-01-01')).toBe(true)
  })

  it('lists the sets in force on a date, by kind', () => {
    const ids = (d: string, k?: 'consortium' | 'tic' | 'complex') => policySetsInForceOn(d, k).map((m) => m.id)
    expect(ids('2024-01-01', 'consortium')).toEqual(['nb-consortium-2021', 'wh-consortium-2022', 'zj-consortium', 'cx-complex'])
    expect(ids('2025-06-29', 'consortium')).toEqual(['nb-consortium-2021', 'zj-consortium', 'cx-complex'])
    expect(ids('2024-01-01', 'tic')).toEqual(['nb-tic-2022'])
    expect(ids('2021-04-06', 'consortium')).not.toContain('nb-consortium-2021')
    expect(isInForce('nb-consortium-2021', '2021-04-07')).toBe(true)
  })

  it('names recognised carriers', () => {
    expect(officialName('nb-tic-2022', '智能装备', 'zh')).toBe('宁波市智能装备技术创新中心')
    expect(officialName('nb-tic-2022', 'Smart Equipment', 'en')).toBe('Ningbo Municipal Innovation Center of Smart Equipment Technology')
    expect(officialName('zj-consortium', '高端装备', 'zh')).toBe('浙江省高端装备创新联合体')
    expect(officialName('cx-complex', '家电', 'zh', 'complex')).toBe('慈溪市家电产业创新服务综合体')
    expect(officialName('cx-complex', '家电', 'zh', 'consortium')).toBe('慈溪市家电企业创新联合体')
  })
})

describe('rule catalogue', () => {
  it('defines every rule id once, each with a citation to its document', () => {
    for (const id of RULE_IDS) {
      const r = RULES[id]
      expect(r.id).toBe(id)
      // A document whose text gives no title (cx-complex) is cited by issuer, its working title marked as such.
      if (r.policySet === 'cx-complex') {
        expect(r.citation.document).not.toMatch(/《/)
        expect(r.citation.document).toMatch(/^慈溪市科学技术局.*（工作标题/)
      } else expect(r.citation.document).toMatch(/^《/)
      expect(r.citation.article.length).toBeGreaterThan(0)
    }
  })

  it('marks overridable exactly the 原则上 / 一般 rules', () => {
    const overridable = RULE_IDS.filter((id) => RULES[id].severity === 'overridable').sort()
    expect(overridable).toEqual([
      'nb.lead.net-assets-300m', 'nb.lead.platform', 'nb.lead.revenue-1b',
      'tic.target.investment', 'tic.target.staff',
      'wh.governance.council', 'wh.lead.registered-weihai',
      'zj.lead.active-projects-max-3', 'zj.members.min-5',
    ].sort())
    expect(isOverridable('agreement.signed-by-all-members', 'wh-consortium-2022')).toBe(true)
    expect(isOverridable('agreement.signed-by-all-members', 'zj-consortium')).toBe(false)
    expect(isOverridable('nb.lead.rd-spend-50m-x3')).toBe(false)
  })

  it('cross-cutting rules cite the article of each set', () => {
    expect(ruleFor('ip.benefit-shares-100pct', 'nb-tic-2022').citation.article).toBe('四（二）5')
    expect(ruleFor('ip.benefit-shares-100pct', 'zj-consortium').citation.article).toBe('三（四）')
    expect(ruleFor('agreement.signed-by-all-members', 'wh-consortium-2022').citation.article).toBe('三.3')
    expect(rulesOfSet('zj-consortium').map((r) => r.id)).toContain('agreement.signed-by-all-members')
    expect(rulesOfSet('cx-complex', 'consortium').map((r) => r.id)).not.toContain('cx.complex.cultivation')
    expect(rulesOfSet('cx-complex', 'complex').map((r) => r.id)).not.toContain('cx.lead.revenue-400m')
  })

  it('translates article references', () => {
    expect(chineseNumeral('十五')).toBe(15)
    expect(chineseNumeral('二十三')).toBe(23)
    expect(articleEn('三（四）')).toBe('§3(4)')
    expect(articleEn('第十五条')).toBe('Art. 15')
    expect(articleEn('第七条（一）')).toBe('Art. 7(1)')
    expect(articleEn('四.2')).toBe('§4.2')
    expect(articleEn('三（一）1')).toBe('§3(1)1')
  })
})

describe('working days (no holiday calendar)', () => {
  it.each([
    ['2024-06-03', 0, '2024-06-03'], // Monday
    ['2024-06-03', 4, '2024-06-07'],
    ['2024-06-03', 5, '2024-06-10'],
    ['2024-06-07', 1, '2024-06-10'], // Friday → Monday
    ['2024-06-08', 1, '2024-06-10'], // Saturday → Monday
    ['2024-12-31', 1, '2025-01-01'],
  ])('addWorkingDays(%s, %i) = %s', (d, n, r) => expect(addWorkingDays(d, n)).toBe(r))
})
