// Environment parsing: one place that reads process.env and says, in one line, what to fix.
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { passwordProblem } from '../src/auth/password-rules'

export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** `APP_ENV=production` demands real settings; anything else is the demo/development mode. */
export const isProductionMode = (): boolean => process.env.APP_ENV === 'production'

export const dataDir = (): string => path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR ?? 'data')

const REQUIRED_IN_PRODUCTION = ['PAYLOAD_SECRET', 'DATABASE_URL', 'ADMIN_EMAIL', 'ADMIN_PASSWORD', 'PUBLIC_URL'] as const

export function assertProductionEnv(env: NodeJS.ProcessEnv = process.env): void {
  if (env.APP_ENV !== 'production') return
  const missing = REQUIRED_IN_PRODUCTION.filter((name) => !env[name])
  if (missing.length > 0) {
    throw new ConfigError(
      `缺少必需的环境变量 / missing required environment variable(s) in production mode (APP_ENV=production): ${missing.join(', ')}`,
    )
  }
  if ((env.PAYLOAD_SECRET ?? '').length < 32) {
    throw new ConfigError('PAYLOAD_SECRET 至少 32 个字符 / PAYLOAD_SECRET must be at least 32 characters long')
  }
  const weak = passwordProblem(env.ADMIN_PASSWORD ?? '', env.ADMIN_EMAIL)
  if (weak) throw new ConfigError(`ADMIN_PASSWORD 不符合密码规则 / ADMIN_PASSWORD is too weak: ${weak}`)
}

/** The secret signs sessions. In demo mode one is generated once and kept under data/, so logins survive restarts. */
export function payloadSecret(): string {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  if (isProductionMode()) throw new ConfigError('PAYLOAD_SECRET is required when APP_ENV=production')
  if (process.env.NODE_ENV === 'test') return 'test-secret-not-for-production-0123456789'
  const dir = dataDir()
  const file = path.join(dir, '.payload-secret')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(dir, { recursive: true })
  const secret = randomBytes(32).toString('hex')
  writeFileSync(file, secret, { mode: 0o600 })
  return secret
}

/** Session cookies are Secure (sent only over HTTPS) whenever the site is served over HTTPS. */
export const secureCookies = (env: Record<string, string | undefined> = process.env): boolean => (env.PUBLIC_URL ?? '').startsWith('https://')

export function serverURL(): string {
  return process.env.PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 3000}`
}

/**
 * SERVER_HEAP_MB: the app server's V8 heap limit in MB (the build and the preparation keep Node's own), or
 * undefined for Node's default, which it sizes from the machine's memory. Below 384 MB the server runs out of
 * memory under load with full caches (bench/public.ts at 10,000 carriers died at 320 MB).
 */
export function parseServerHeapMb(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined
  const mb = Number(value)
  if (!Number.isInteger(mb) || mb < 384) {
    throw new ConfigError(`SERVER_HEAP_MB 无效 / invalid SERVER_HEAP_MB "${value}": use a whole number of megabytes, at least 384`)
  }
  return mb
}

export function parsePort(value: string | undefined, fallback = 3000): number {
  if (value === undefined || value === '') return fallback
  const port = Number(value)
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(`PORT 无效 / invalid PORT "${value}": use an integer between 1 and 65535`)
  }
  return port
}
