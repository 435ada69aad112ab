import { describe, expect, it } from 'vitest'

import { passwordProblem } from '../../../src/auth/password-rules'

describe('password rules (at least 8 characters from three of four kinds, not common, not the email name)', () => {
  it.each([
    ['abc', /at least 8 characters \(it has 3\)/],
    ['123', /at least 8 characters/],
    ['      ', /cannot be blank/],
    ['abcdefgh', /at least three.*\(it has 1\)/],
    ['abcdefg1', /at least three.*\(it has 2\)/],
    ['P@ssw0rd', /too common/],
    ['ZhangSan-2026', /name part of your email/],
    ['x'.repeat(129), /at most 128/],
  ])('%s is refused', (password, message) => {
    expect(passwordProblem(password, 'zhangsan@example.org')).toMatch(message)
  })

  it.each(['Demo-password-1', 'Demo-AbCdEfGh', 'kE9#mq2Lz', '宁波Tic-2026!'])('%s is accepted', (password) => {
    expect(passwordProblem(password, 'zhangsan@example.org')).toBeNull()
  })

  it('every refusal is in Chinese and English', () => {
    for (const bad of ['abc', 'abcdefgh', 'P@ssw0rd']) expect(passwordProblem(bad)).toMatch(/[\u4e00-\u9fff].* \/ [A-Z]/)
  })
})
