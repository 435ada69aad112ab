// Past one machine: two app servers and `npm run worker` on one PostgreSQL database. Twenty concurrent payments
// against the 5,000,000 year-1 cap, split across both servers, commit exactly the cap's worth; every payment's
// email goes out exactly once although all three processes run the job queue.
import { type ChildProcess, spawn } from 'node:child_process'
import type { Payload, RequiredDataFromCollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { tsNode } from '../../scripts/node-args'
import { createTestDatabase } from '../helpers/database'
import { startServer, withoutNodeEnv, type RunningServer } from '../helpers/server'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp'

const postgres = process.env.TEST_DATABASE_URL
const SECRET = 'multi-process-secret-0123456789abcdef'

let servers: RunningServer[] = []
let worker: ChildProcess | undefined
let smtp: TestSmtpServer
let databaseUrl: string

async function json<T>(response: Response): Promise<T> {
  return (await response.json()) as T
}

async function login(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }) })
  const body = await json<{ token?: string }>(response)
  if (!body.token) throw new Error(`login ${email} failed: ${response.status} ${JSON.stringify(body)}`)
  return body.token
}

/** A TIC in construction with a known cap, written the way the test fixtures write one (a fourth, short-lived Payload). */
async function createTicInConstruction(): Promise<number> {
  process.env.DATABASE_URL = databaseUrl
  process.env.PAYLOAD_SECRET = SECRET
  // The servers migrated this database: never push a development schema onto it.
  process.env.PAYLOAD_MIGRATING = 'true'
  const { default: config } = await import('../../payload.config')
  const { getPayload } = await import('payload')
  const payload: Payload = await getPayload({ config: await config, key: 'multi-process-fixture' } as Parameters<typeof getPayload>[0])
  try {
    const find = async (collection: 'programs' | 'organizations', field: string, value: string) =>
      (await payload.find({ collection, where: { [field]: { equals: value } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]?.id
    const app = await payload.create({
      collection: 'applications',
      data: {
        title: '多进程测试中心',
        program: await find('programs', 'policySet', 'nb-tic-2022'),
        lead: await find('organizations', 'name', '宁波甬新材料科技集团有限公司'),
        status: 'in-construction',
        recognizedOn: '2026-01-15T00:00:00.000Z',
        capabilityInvestments: [{ year: 2026, amount: 20_000_000 }],
      } as RequiredDataFromCollectionSlug<'applications'>,
      overrideAccess: true,
      context: { seed: true },
    })
    return app.id
  } finally {
    await payload.destroy()
    delete process.env.PAYLOAD_MIGRATING
  }
}

beforeAll(async () => {
  if (!postgres) return
  databaseUrl = (await createTestDatabase('postgres')).url
  smtp = await startSmtpServer()
  const env = { DATABASE_URL: databaseUrl, PAYLOAD_SECRET: SECRET, SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), JOBS_AUTORUN: 'true' }
  // One after the other: the first migrates and seeds, the second finds both done.
  servers.push(await startServer(env))
  servers.push(await startServer(env))
  worker = spawn(process.execPath, tsNode('scripts/worker.ts'), {
    env: { ...withoutNodeEnv(), ...env } as unknown as NodeJS.ProcessEnv,
    stdio: 'ignore',
    detached: true,
  })
}, 900_000)

afterAll(async () => {
  if (worker?.pid) {
    try {
      process.kill(-worker.pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
  for (const server of servers) await server.stop()
  await smtp?.stop()
})

describe.runIf(postgres)('two app servers and a worker on one PostgreSQL', () => {
  it('20 concurrent payments split across both servers commit exactly 12 × 400,000 under the 5,000,000 cap; each email is sent once', async () => {
    const [a, b] = servers as [RunningServer, RunningServer]
    const password = /密码 \/ password: (\S+)/.exec(a.output())?.[1]
    expect(password).toBeDefined()
    const application = await createTicInConstruction()
    const tokens = [await login(a.url, 'city@example.org', password!), await login(b.url, 'city@example.org', password!)]

    const answers = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const server = i % 2 === 0 ? a : b
        const response = await fetch(`${server.url}/api/disbursements`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `JWT ${tokens[i % 2]}` },
          body: JSON.stringify({ application, basis: 'capability-investment', installment: 'annual', year: 2026, amount: 400_000 }),
        })
        return { status: response.status, body: await response.text() }
      }),
    )
    const committed = answers.filter((r) => r.status === 201)
    const refused = answers.filter((r) => r.status !== 201)
    expect(committed).toHaveLength(12)
    expect(refused).toHaveLength(8)
    for (const r of refused) {
      expect(r.status).toBe(400)
      expect(r.body).toContain('tic.funding')
    }
    // Both servers took part in what committed.
    const admin = await login(b.url, 'admin@example.org', password!)
    const ledger = await json<{ docs: { amount: number }[] }>(
      await fetch(`${a.url}/api/disbursements?where[application][equals]=${application}&limit=100&depth=0`, { headers: { Authorization: `JWT ${admin}` } }),
    )
    expect(ledger.docs.reduce((sum, d) => sum + Number(d.amount), 0)).toBe(4_800_000)

    // Every payment queues one email; three processes run the queue; each goes out once.
    const outbox = async () =>
      json<{ docs: { id: number; status: string; businessKey: string }[] }>(
        await fetch(`${a.url}/api/notifications?where[template][equals]=disbursement-recorded&limit=100&depth=0`, { headers: { Authorization: `JWT ${admin}` } }),
      )
    const rows = (await outbox()).docs
    expect(rows).toHaveLength(12)
    const deadline = Date.now() + 180_000
    while ((await outbox()).docs.some((row) => row.status !== 'sent') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 2_000))
    expect((await outbox()).docs.map((row) => row.status)).toEqual(Array(12).fill('sent'))
    const delivered = smtp.messages.filter((m) => rows.some((row) => m.messageId === `<notification-${row.id}-0@carriers.example.cn>`))
    expect(delivered).toHaveLength(12)
    expect(new Set(delivered.map((m) => m.messageId)).size).toBe(12)
  })
})
