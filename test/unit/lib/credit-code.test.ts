import { describe, expect, it } from 'vitest'

import { creditCodeCheckChar, creditCodeProblem, districtForUnit, divisionOfCreditCode, withCheckChar } from '../../../src/lib/credit-code'

describe('unified social credit code (GB 32100-2015)', () => {
  // The worked example that circulates with the standard.
  it('accepts the standard example 91350100M000100Y43', () => {
    expect(creditCodeProblem('91350100M000100Y43')).toBeNull()
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3')
  })

  it('detects a wrong check character', () => {
    const good = withCheckChar('91330200MA2H00001')
    const wrong = good.slice(0, 17) + (good.endsWith('0') ? '1' : '0')
    expect(creditCodeProblem(good)).toBeNull()
    expect(creditCodeProblem(wrong)).toBe('check-digit')
  })

  it('detects length and charset problems', () => {
    expect(creditCodeProblem('9133020')).toBe('length')
    expect(creditCodeProblem('91330200MA2H0000I1')).toBe('charset')
  })

  it('maps a remainder of 0 to the character 0', () => {
    // Brute-force a body whose weighted sum is ≡ 0 (mod 31): its check character must be '0'.
    let found = false
    for (let n = 0; n < 2000 && !found; n++) {
      const body = `9133020000000${String(n).padStart(4, '0')}`
      const check = creditCodeCheckChar(body)
      if (check === '0') found = true
    }
    expect(found).toBe(true)
  })
})

describe('creditCodeExplanation says what is wrong', async () => {
  const { creditCodeExplanation, withCheckChar } = await import('../../../src/lib/credit-code')
  const good = withCheckChar('91330200MA2H00001')
  it('names the length, the bad character and its place, or the expected check digit', () => {
    expect(creditCodeExplanation(good)).toBeNull()
    expect(creditCodeExplanation('9133')?.zh).toBe('统一社会信用代码应为18位，现为4位')
    expect(creditCodeExplanation(`${good.slice(0, 4)}O${good.slice(5)}`)?.zh).toContain('第5位“O”不是有效字符')
    const wrong = good.slice(17) === '0' ? '1' : '0'
    const explained = creditCodeExplanation(good.slice(0, 17) + wrong)
    expect(explained?.zh).toBe(`统一社会信用代码校验位（第18位）应为“${good.slice(17)}”，填写的是“${wrong}”：请核对前17位是否有误`)
    expect(explained?.en).toContain(`should be "${good.slice(17)}", not "${wrong}"`)
  })
})

describe('a unit’s district from its credit code', () => {
  const districts = [
    { id: 1, code: '330212' }, // 鄞州区
    { id: 2, code: '330206' }, // 北仑区
    { id: 3, code: '330108' }, // 杭州 滨江区
  ]
  it('reads the division code in characters 3–8', () => {
    expect(divisionOfCreditCode(withCheckChar('91330212MA2J8K1A3'))).toBe('330212')
    expect(divisionOfCreditCode('12')).toBeNull()
  })
  it('takes the district the code names', () => {
    expect(districtForUnit(withCheckChar('91330206MA2J8K1A3'), districts, districts[0])).toEqual(districts[1])
  })
  it('for a unit registered at city level, takes the application’s district in the same city only', () => {
    expect(districtForUnit(withCheckChar('91330200MA2J8K1A3'), districts, districts[0])).toEqual(districts[0])
    expect(districtForUnit(withCheckChar('91330200MA2J8K1A3'), districts)).toBeNull()
    expect(districtForUnit(withCheckChar('91330100MA2J8K1A3'), districts, districts[0])).toBeNull()
  })
})
