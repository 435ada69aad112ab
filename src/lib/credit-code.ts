// 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet, the last one a check digit.
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

export function creditCodeCheckChar(first17: string): string | null {
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17.charAt(i))
    if (value < 0) return null
    sum += value * (WEIGHTS[i] ?? 0)
  }
  const check = (31 - (sum % 31)) % 31
  return ALPHABET.charAt(check)
}

export type CreditCodeProblem = 'length' | 'charset' | 'check-digit'

export function creditCodeProblem(code: string): CreditCodeProblem | null {
  if (code.length !== 18) return 'length'
  if (![...code].every((c) => ALPHABET.includes(c))) return 'charset'
  return creditCodeCheckChar(code.slice(0, 17)) === code.charAt(17) ? null : 'check-digit'
}

/** Makes a valid code from a 17-character body: used by the demo seed and tests. */
export function withCheckChar(first17: string): string {
  const check = creditCodeCheckChar(first17)
  if (check === null) throw new Error(`invalid credit code body: ${first17}`)
  return first17 + check
}

/**
 * What exactly is wrong with a code, for a person: the length found, the first character not in the
 * alphabet and its position, or the check digit expected against the one given. Null when the code is valid.
 */
export function creditCodeExplanation(raw: string): { zh: string; en: string } | null {
  const code = raw.trim().toUpperCase()
  if (code.length !== 18) {
    return { zh: `统一社会信用代码应为18位，现为${code.length}位`, en: `a unified social credit code has 18 characters; this one has ${code.length}` }
  }
  const bad = [...code].findIndex((c) => !ALPHABET.includes(c))
  if (bad >= 0) {
    const c = code.charAt(bad)
    return {
      zh: `统一社会信用代码第${bad + 1}位“${c}”不是有效字符（只用数字和除 I、O、Z、S、V 以外的大写字母）`,
      en: `character ${bad + 1} of the code, "${c}", is not allowed (digits and capital letters other than I, O, Z, S, V)`,
    }
  }
  const expected = creditCodeCheckChar(code.slice(0, 17))
  if (expected !== code.charAt(17)) {
    return {
      zh: `统一社会信用代码校验位（第18位）应为“${expected}”，填写的是“${code.charAt(17)}”：请核对前17位是否有误`,
      en: `the check digit (character 18) should be "${expected}", not "${code.charAt(17)}": check the first 17 characters`,
    }
  }
  return null
}

/**
 * The administrative division code in a credit code (characters 3–8: the registering authority's 行政区划码, e.g.
 * 330212 for 鄞州区, 330200 for a unit registered with the Ningbo city authority). Null when absent or malformed.
 */
export function divisionOfCreditCode(code: string): string | null {
  return /^[0-9A-Z]{2}(\d{6})/.exec(code.trim().toUpperCase())?.[1] ?? null
}

/**
 * Which district a unit belongs to, for a bureau: the district whose division code the credit code carries; when
 * the unit was registered at city level (or in a district the register does not list) but in the same city as the
 * application it joins, that application's district (its bureau recommends the whole consortium); otherwise none
 * (a unit from another city is not a district's to claim). Districts are given as { id, code }.
 */
export function districtForUnit<T extends { code: string }>(creditCode: string, districts: readonly T[], applicationDistrict?: T | null): T | null {
  const division = divisionOfCreditCode(creditCode)
  if (!division) return null
  const exact = districts.find((d) => d.code === division)
  if (exact) return exact
  if (applicationDistrict && applicationDistrict.code.slice(0, 4) === division.slice(0, 4)) return applicationDistrict
  return null
}
