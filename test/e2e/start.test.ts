import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { tsNode } from '../../scripts/node-args'
import { freePort, startServer, withoutNodeEnv, type RunningServer } from '../helpers/server'

let server: RunningServer

beforeAll(async () => {
  // The first start on an empty directory: migrations, demo data, the logins printed; the server's heap capped.
  server = await startServer({ SERVER_HEAP_MB: '512' }, undefined, { fresh: true })
})
afterAll(async () => server?.stop())

describe('npm start', () => {
  it('prints the admin URL and the demo logins', () => {
    expect(server.output()).toContain(`${server.url}/admin`)
    expect(server.output()).toContain('city@example.org')
    expect(server.output()).toMatch(/密码 \/ password: Demo-/)
  })

  it('serves the Chinese admin', async () => {
    const response = await fetch(`${server.url}/admin/login`, { headers: { 'Accept-Language': 'zh-CN,zh' } })
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('lang="zh"')
  })

  it('serves the public list of recognised carriers with the demo data', async () => {
    const response = await fetch(`${server.url}/`)
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('已认定（备案）创新载体名单')
    expect(html).toContain('浙江省光电芯片创新联合体')
    // Public pages show no financial figures.
    expect(html).not.toMatch(/revenue|营业收入/)
  })

  it('gives SERVER_HEAP_MB to the HTTP server process alone', () => {
    // The supervisor's children, by command line and port: the build and the preparation have exited by now.
    const commandLines = readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .flatMap((pid) => {
        try {
          const environ = readFileSync(`/proc/${pid}/environ`, 'utf8')
          return environ.split('\0').includes(`PORT=${server.port}`) ? [readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')] : []
        } catch {
          return []
        }
      })
    const serve = commandLines.filter((args) => args.some((a) => a.endsWith('scripts/serve.mjs')))
    expect(serve).toHaveLength(1)
    expect(serve[0]).toContain('--max-old-space-size=512')
    expect(commandLines.filter((args) => args.includes('--max-old-space-size=512'))).toHaveLength(1)
  })

  it('answers the REST API with the demo data behind login', async () => {
    const anonymous = await fetch(`${server.url}/api/applications`)
    const json = (await anonymous.json()) as { docs?: unknown[] }
    expect(anonymous.status === 403 || (json.docs ?? []).length === 0).toBe(true)
  })
})

describe('bad settings get one clear line and a non-zero exit', () => {
  const start = (env: Record<string, string>) =>
    spawnSync(process.execPath, tsNode('scripts/start.ts'), { env: { ...withoutNodeEnv(), ...env } as NodeJS.ProcessEnv, encoding: 'utf8', timeout: 60_000 })

  it('a malformed DATABASE_URL', () => {
    const result = start({ DATABASE_URL: 'mysql://root@localhost/db' })
    expect(result.status).not.toBe(0)
    expect(result.stderr).toMatch(/unsupported DATABASE_URL scheme/)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  it('a missing variable in production mode', () => {
    const result = start({ APP_ENV: 'production', DATABASE_URL: '', PAYLOAD_SECRET: '' })
    expect(result.status).not.toBe(0)
    expect(result.stderr).toMatch(/missing required environment variable/)
  })

  it('a heap limit too small for the server', () => {
    const result = start({ SERVER_HEAP_MB: '256' })
    expect(result.status).not.toBe(0)
    expect(result.stderr).toMatch(/invalid SERVER_HEAP_MB "256".*at least 384/)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  it('a port in use', async () => {
    const port = await freePort()
    const blocker = net.createServer()
    await new Promise<void>((resolve) => blocker.listen(port, '0.0.0.0', resolve))
    try {
      const result = start({ PORT: String(port) })
      expect(result.status).not.toBe(0)
      expect(result.stderr).toMatch(new RegExp(`port ${port} is in use`))
    } finally {
      blocker.close()
    }
  })
})
