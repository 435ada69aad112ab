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
