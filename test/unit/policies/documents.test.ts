import { describe, expect, it } from 'vitest'

import { certificateSerial, chineseDate, decisionText, noticeText } from '../../../src/policies'

describe('the texts of the documents a bureau issues', () => {
  it('dates as 2026年11月22日', () => {
    expect(chineseDate('2026-11-22')).toBe('2026年11月22日')
    expect(chineseDate('2027-01-05')).toBe('2027年1月5日')
  })
  it('a notice lists the carriers, the period and how to object', () => {
    const t = noticeText({ policySet: 'nb-tic-2022', carrierKind: 'tic', issuer: '宁波市科学技术局', number: '甬科公示〔2026〕5号', startsOn: '2026-11-16', endsOn: '2026-11-20', carriers: [{ name: '先进材料中试', lead: '某研究所', district: '镇海区' }], objection: { phone: '0574-1' } })
    expect(t.title).toBe('关于拟认定技术创新中心名单的公示')
    expect(t.paragraphs.join('')).toContain('公示期：2026年11月16日至2026年11月20日')
    expect(t.paragraphs.join('')).toContain('联系电话：0574-1')
    expect(t.table!.rows).toEqual([['1', '先进材料中试', '某研究所', '镇海区']])
    expect(t.issuedOn).toBe('2026年11月16日')
  })
  it('Weihai files (备案); the others recognise (认定)', () => {
    const base = { issuer: '威海市科学技术局', officialName: '威海市海洋牧场创新联合体', lead: '某公司', recognizedOn: '2026-11-23', number: '威科发〔2026〕12号' }
    expect(decisionText({ ...base, policySet: 'wh-consortium-2022', carrierKind: 'consortium' }).title).toBe('威海市科学技术局关于备案威海市海洋牧场创新联合体的通知')
    expect(decisionText({ ...base, policySet: 'nb-consortium-2021', carrierKind: 'consortium' }).title).toContain('关于认定')
  })
  it('a certificate serial names the policy set, the year and the application', () => {
    expect(certificateSerial('nb-tic-2022', '2026-11-23', 12)).toBe('NB-TIC-2026-000012')
    expect(certificateSerial('cx-complex', '2026-01-02', 7)).toBe('CX-COMPLEX-2026-000007')
  })
})
