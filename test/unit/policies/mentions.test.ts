import { describe, expect, it } from 'vitest'

import { daysWaiting, mentionedNames, nextStep } from '../../../src/policies'

describe('mentions in a note', () => {
  it('reads @姓名 up to a space or punctuation, once each', () => {
    expect(mentionedNames('@王科长 请看，@李主任：协议日期。@王科长')).toEqual(['王科长', '李主任'])
    expect(mentionedNames('没有提及 email@example.org')).toEqual(['example.org'])
    expect(mentionedNames('无')).toEqual([])
  })
})

describe('the list columns', () => {
  it('names the next step and whose it is', () => {
    expect(nextStep('nb-consortium-2021', 'district-review')).toBe('属地审核推荐（区县科技局）')
    expect(nextStep('cx-complex', 'rejected')).toBeNull()
    // The same step in English: no Chinese left in it.
    const en = nextStep('nb-consortium-2021', 'district-review', 'en')!
    expect(en).toMatch(/\(district bureau\)$/)
    expect(en).not.toMatch(/[\u4e00-\u9fff]/)
  })
  it('counts the days in the current step', () => {
    expect(daysWaiting('submitted', { submittedOn: '2026-11-17' }, '2026-11-23')).toBe(6)
    expect(daysWaiting('submitted', { submittedOn: '2026-11-17', receivedOn: '2026-11-20' }, '2026-11-23')).toBe(3)
    expect(daysWaiting('public-notice', { noticeStartsOn: '2026-11-16' }, '2026-11-23')).toBe(7)
    expect(daysWaiting('recognized', { submittedOn: '2026-01-01' }, '2026-11-23')).toBeNull()
  })
})
