import { describe, expect, it } from 'vitest'

import { resolveDatabase } from '../../../config/database'
import { assertProductionEnv, ConfigError, parsePort, parseServerHeapMb } from '../../../config/env'

describe('DATABASE_URL picks the adapter', () => {
  it.each([
    [undefined, 'sqlite'],
    ['', 'sqlite'],
    ['file:./data/x.db', 'sqlite'],
    ['postgres://postgres@127.0.0.1:5432/test', 'postgres'],
    ['postgresql://u:p@db.internal/carriers', 'postgres'],
    ['mongodb://127.0.0.1:27017/carriers', 'mongodb'],
    ['mongodb+srv://cluster.internal/carriers', 'mongodb'],
  ])('%s → %s', (url, kind) => {
    expect(resolveDatabase(url).kind).toBe(kind)
  })

  it('unset defaults to a file under data/', () => {
    expect(resolveDatabase(undefined).url).toMatch(/^file:.*data\/carriers\.db$/)
  })

  it.each([
    ['mysql://root@localhost/db', /unsupported DATABASE_URL scheme "mysql:"/],
    ['not a url', /malformed DATABASE_URL/],
    ['postgres://127.0.0.1:5432', /needs a host and a database name/],
    ['file:', /names no file/],
    ['file::memory:', /in-memory database/],
    ['file:carriers?mode=memory&cache=shared', /in-memory database/],
  ])('%s is refused with one clear line', (url, message) => {
    expect(() => resolveDatabase(url)).toThrow(ConfigError)
    expect(() => resolveDatabase(url)).toThrow(message)
  })
})

describe('production settings', () => {
  it('names every missing variable', () => {
    expect(() => assertProductionEnv({ APP_ENV: 'production', DATABASE_URL: 'postgres://h/db' } as unknown as NodeJS.ProcessEnv)).toThrow(
      /PAYLOAD_SECRET, ADMIN_EMAIL, ADMIN_PASSWORD, PUBLIC_URL/,
    )
  })
  it('accepts a complete production environment', () => {
    expect(() =>
      assertProductionEnv({
        APP_ENV: 'production',
        PAYLOAD_SECRET: 'x'.repeat(32),
        DATABASE_URL: 'postgres://h/db',
        ADMIN_EMAIL: 'a@b.cn',
        ADMIN_PASSWORD: 'Secret-secret-1',
        PUBLIC_URL: 'https://carriers.example.cn',
      } as unknown as NodeJS.ProcessEnv),
    ).not.toThrow()
  })
  it('refuses a weak ADMIN_PASSWORD, saying why', () => {
    const env = { APP_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(32), DATABASE_URL: 'postgres://h/db', ADMIN_EMAIL: 'a@b.cn', PUBLIC_URL: 'https://x.cn' }
    expect(() => assertProductionEnv({ ...env, ADMIN_PASSWORD: 'secret-secret' } as unknown as NodeJS.ProcessEnv)).toThrow(/ADMIN_PASSWORD is too weak.*at least three/)
    expect(() => assertProductionEnv({ ...env, ADMIN_PASSWORD: 'Ab1' } as unknown as NodeJS.ProcessEnv)).toThrow(/at least 8 characters \(it has 3\)/)
  })
  it('demo mode needs nothing', () => {
    expect(() => assertProductionEnv({} as unknown as NodeJS.ProcessEnv)).not.toThrow()
  })
  it('refuses a bad port', () => {
    expect(parsePort(undefined)).toBe(3000)
    expect(parsePort('8080')).toBe(8080)
    expect(() => parsePort('80a')).toThrow(/invalid PORT/)
    expect(() => parsePort('70000')).toThrow(/invalid PORT/)
  })
  it('takes SERVER_HEAP_MB as whole megabytes, at least 384, or leaves Node its default', () => {
    expect(parseServerHeapMb(undefined)).toBeUndefined()
    expect(parseServerHeapMb('')).toBeUndefined()
    expect(parseServerHeapMb('384')).toBe(384)
    expect(parseServerHeapMb('1024')).toBe(1024)
    for (const bad of ['383', '512.5', '1g', '-1']) expect(() => parseServerHeapMb(bad)).toThrow(ConfigError)
    expect(() => parseServerHeapMb('200')).toThrow(/SERVER_HEAP_MB 无效 \/ invalid SERVER_HEAP_MB "200": use a whole number of megabytes, at least 384/)
  })
})
