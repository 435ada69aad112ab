// What a password must be: at least 8 characters drawn from at least three of upper-case letters, lower-case
// letters, digits and other characters (the usual rule of China's graded protection, 等保 2.0), not a
// well-known password, and not the account's own email name. Pure: used by the server and at start-up.

export const PASSWORD_MIN_LENGTH = 8
export const PASSWORD_MAX_LENGTH = 128

const COMMON = new Set([
  'password', 'password1', 'passw0rd', 'p@ssw0rd', 'p@ssword', 'admin123', 'admin@123', 'administrator', 'qwerty123',
  '12345678', '123456789', '1234567890', '11111111', '88888888', 'abc12345', 'abcd1234', 'aa123456', 'a1234567',
  'iloveyou', 'qwertyuiop', '1qaz2wsx', '1q2w3e4r', 'zaq12wsx', 'welcome1', 'changeme',
])

const classesOf = (password: string): number =>
  [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(password)).length

/** Why a password is not acceptable (bilingual, with the numbers), or null when it is. */
export function passwordProblem(password: string, email?: string | null): string | null {
  if (password.trim().length === 0) return '密码不能为空白 / The password cannot be blank.'
  if (password.length < PASSWORD_MIN_LENGTH) {
    return `密码至少 ${PASSWORD_MIN_LENGTH} 位（当前 ${password.length} 位） / The password needs at least ${PASSWORD_MIN_LENGTH} characters (it has ${password.length}).`
  }
  if (password.length > PASSWORD_MAX_LENGTH) return `密码最多 ${PASSWORD_MAX_LENGTH} 位 / The password may have at most ${PASSWORD_MAX_LENGTH} characters.`
  const classes = classesOf(password)
  if (classes < 3) {
    return `密码须包含大写字母、小写字母、数字、其他符号中的至少三类（当前 ${classes} 类） / The password needs at least three of: upper-case letters, lower-case letters, digits, other characters (it has ${classes}).`
  }
  const lower = password.toLowerCase()
  if (COMMON.has(lower)) return '该密码过于常见，请换一个 / This password is too common: choose another.'
  const name = (email ?? '').split('@')[0]?.toLowerCase() ?? ''
  if (name.length >= 4 && lower.includes(name)) return '密码不能包含邮箱用户名 / The password cannot contain the name part of your email.'
  return null
}
