import { describe, expect, it } from 'vitest'

import { CONSORTIUM_REVIEW_FORM, reviewTotal, scoreTicIndex, TIC_INDEX_CODES } from '../../../src/policies/tic-index'

const full = Object.fromEntries(CONSORTIUM_REVIEW_FORM.map((c) => [c.id, c.maxPoints]))

describe('score problems name the criterion in Chinese and English, never its code', () => {
  it('a score over the maximum names the criterion, the range and the value given', () => {
    const { problems } = reviewTotal({ ...full, 'lead-strength': 30 })
    expect(problems).toHaveLength(1)
    expect(problems[0]!.zh).toBe('「牵头单位实力与行业地位」须为 0 至 25 的整数（填写的是 30）')
    expect(problems[0]!.en).toContain('"Strength and standing of the lead" must be a whole number from 0 to 25 (got 30)')
    expect(`${problems[0]!.zh}${problems[0]!.en}`).not.toContain('lead-strength')
  })

  it('a missing score and an unknown key are both reported; a full sheet has none', () => {
    const { ['governance']: _g, ...rest } = full
    const { problems } = reviewTotal({ ...rest, bogus: 3 })
    expect(problems.map((p) => p.zh)).toEqual(['「组织架构与运行机制」尚未评分', '评分表中没有评分项 bogus'])
    expect(reviewTotal(full)).toEqual({ total: 100, problems: [] })
  })

  it('a TIC sheet names the first missing indicators by number and name', () => {
    const scores = Object.fromEntries(TIC_INDEX_CODES.slice(2).map((c) => [c, 80]))
    const result = scoreTicIndex({ ...scores, '3.1': 101 })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.message.zh).toContain('尚有 2 项指标未评分：1.1「国内一流水平的重大技术创新平台」、1.2「世界一流水平的重大技术创新平台」')
    expect(result.message.zh).toContain('3.1「由区（县、市）政府（管委会）或市级有关部门推荐」 的得分须为 0 至 100 的整数')
    expect(result.message.en).toContain('2 indicator(s) not scored yet')
  })
})
