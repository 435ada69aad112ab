// First-start work: the first admin from env (or the demo users), and the demo data once.
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import { usesFileSink } from '../../config/email'
import { dataDir, isProductionMode } from '../../config/env'
import { seedDemo } from './demo'

function demoPassword(): string {
  const file = path.join(dataDir(), '.demo-password')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(dataDir(), { recursive: true })
  const password = `Demo-${randomBytes(6).toString('base64url')}`
  writeFileSync(file, password, { mode: 0o600 })
  return password
}

export async function ensureAdmin(payload: Payload, email: string, password: string): Promise<boolean> {
  const existing = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, overrideAccess: true })
  if (existing.docs.length > 0) return false
  await payload.create({
    collection: 'users',
    data: { email, password, name: '系统管理员', role: 'admin' },
    overrideAccess: true,
  })
  return true
}

export async function prepareInstance(payload: Payload): Promise<void> {
  const lines: string[] = []
  if (process.env.ADMIN_EMAIL && process.env.ADMIN_PASSWORD) {
    const created = await ensureAdmin(payload, process.env.ADMIN_EMAIL, process.env.ADMIN_PASSWORD)
    lines.push(`管理员 / admin: ${process.env.ADMIN_EMAIL}${created ? '（已创建 / created）' : ''} — password from ADMIN_PASSWORD`)
  }
  if (!isProductionMode() && process.env.SEED_DEMO !== 'false') {
    const password = demoPassword()
    const { users, created } = await seedDemo(payload, password)
    payload.logger.info(created ? 'demo data seeded' : 'demo data already present')
    lines.push('演示账号（密码相同） / demo logins (one password for all):')
    for (const user of users) lines.push(`  ${user.roleLabel.padEnd(12, '　')} ${user.email}`)
    lines.push(`  密码 / password: ${password}`)
  }
  if (usesFileSink()) {
    lines.push(
      isProductionMode()
        ? '⚠ 未设置 SMTP_HOST：邮件只写入 data/outbox/，不会发出；密码重置已停用 / no SMTP_HOST: emails are written to data/outbox/ and not sent; password reset is disabled'
        : `邮件 / email: 未设置 SMTP_HOST，邮件写入 ${path.join(dataDir(), 'outbox')} / no SMTP_HOST: emails are written there as .eml files`,
    )
  }
  mkdirSync(dataDir(), { recursive: true })
  writeFileSync(path.join(dataDir(), 'logins.txt'), lines.join('\n') + '\n', { mode: 0o600 })
}
