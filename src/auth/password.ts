// Password checks on the server: strength on every create, update and reset; the current password when someone
// changes their own. Payload's verification is not exported, so verifyPassword follows its stored format
// (payload/dist/auth/strategies/local/generatePasswordSaltHash.js, 3.90.1: "pbkdf2-sha256-v1:" + 600,000 rounds and
// 32 bytes, else the legacy 25,000 rounds and 512 bytes); a test checks it against hashes Payload wrote.
import { pbkdf2, timingSafeEqual } from 'node:crypto'
import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'
import { ValidationError } from 'payload'

import { passwordProblem } from './password-rules'

const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'

export async function verifyPassword(stored: { hash?: unknown; salt?: unknown }, password: string): Promise<boolean> {
  if (typeof stored.hash !== 'string' || typeof stored.salt !== 'string') return false
  const current = stored.hash.startsWith(CURRENT_PREFIX)
  const expected = Buffer.from(current ? stored.hash.slice(CURRENT_PREFIX.length) : stored.hash, 'hex')
  const derived = await new Promise<Buffer>((resolve, reject) =>
    pbkdf2(password, stored.salt as string, current ? 600_000 : 25_000, current ? 32 : 512, 'sha256', (error, key) => (error ? reject(error) : resolve(key))),
  )
  return derived.length === expected.length && timingSafeEqual(derived, expected)
}

export const refusePassword = (message: string, path = 'password'): ValidationError =>
  new ValidationError({ collection: 'users', errors: [{ path, message }] })

export function assertStrongPassword(password: string, email?: string | null): void {
  const problem = passwordProblem(password, email)
  if (problem) throw refusePassword(problem)
}

async function storedCredentials(req: PayloadRequest, id: number | string): Promise<{ email?: string; hash?: unknown; salt?: unknown } | null> {
  return (await req.payload.db.findOne({ collection: 'users', where: { id: { equals: id } }, req })) as { email?: string; hash?: unknown; salt?: unknown } | null
}

/**
 * Before a user is created or updated: a new password must be strong, and whoever changes their own password
 * gives the current one (`currentPassword`, a field that is never stored). An administrator setting someone
 * else's password does not need theirs.
 */
export const checkPasswordChange: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = args.data as Record<string, unknown> | undefined
  if (!data) return args
  const currentPassword = data.currentPassword
  delete data.currentPassword
  if (typeof data.password !== 'string') return args

  const id = (args as { id?: number | string }).id
  if (operation === 'update' && id === undefined) {
    throw refusePassword('密码只能逐个账户修改 / Passwords are changed one account at a time.')
  }
  const existing = operation === 'update' && id !== undefined ? await storedCredentials(req, id) : null
  const email = typeof data.email === 'string' ? data.email : (existing?.email ?? null)
  assertStrongPassword(data.password, email)

  const changingOwn = operation === 'update' && req.user?.collection === 'users' && id !== undefined && String(req.user.id) === String(id)
  if (changingOwn) {
    if (typeof currentPassword !== 'string' || currentPassword === '') {
      throw refusePassword('修改自己的密码须填写当前密码 / To change your own password, enter your current password.', 'currentPassword')
    }
    if (!existing || !(await verifyPassword(existing, currentPassword))) {
      throw refusePassword('当前密码不正确，密码未修改 / The current password is wrong: the password was not changed.', 'currentPassword')
    }
  }
  return args
}
