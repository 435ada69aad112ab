// `node --conditions=production --import tsx bench/outbox.ts`: 1,000 notifications through the outbox (queue, then deliver by claiming each row) on a
// fresh SQLite database to a loopback SMTP server, against a baseline of sending the same 1,000 messages directly
// with nodemailer (same pooled transport, same concurrency) in the same run. Prints times, rates and ratios.
import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import { startSmtpServer } from '../test/helpers/smtp'

const N = Number(process.env.BENCH_N ?? 1000)
const CONCURRENCY = 4

const file = path.join(os.tmpdir(), `carriers-bench-outbox-${randomBytes(4).toString('hex')}.db`)
process.env.DATABASE_URL = `file:${file}`
process.env.PAYLOAD_SECRET ??= 'bench-secret-not-for-production-0123456789'
process.env.JOBS_AUTORUN = 'false'
process.env.LOG_LEVEL ??= 'warn'

// Load the app before the SMTP server listens: if Node 20 leaves the lexical import unsettled, the process then
// exits with 13 (and `npm run bench` runs it again) instead of hanging on the open server.
const { getPayload } = await import('payload')
const { default: configPromise } = await import('../payload.config')
const { createTransport, defaultFrom, smtpFromEnv } = await import('../config/email')
const { deliverDue } = await import('../src/email/deliver')
const { queueNotification } = await import('../src/email/enqueue')
const { inTransaction } = await import('../src/jobs/transaction')
const { withCheckChar } = await import('../src/lib/credit-code')

const smtp = await startSmtpServer()
smtp.useInEnv()

const config = await configPromise
const payload = await getPayload({ config: { ...config, logger: { options: { level: 'warn' } } } as typeof config, key: `bench-${file}` })

try {
  const org = await payload.create({ collection: 'organizations', data: { name: '基准测试单位', creditCode: withCheckChar('91330200MA2H99999'), kind: 'enterprise' } as never, overrideAccess: true })
  const program = await payload.create({
    collection: 'programs',
    data: { title: '基准测试批次', year: 2026, policySet: 'zj-consortium', carrierKind: 'consortium', opensOn: '2026-01-01', closesOn: '2026-12-31' } as never,
    overrideAccess: true,
  })
  const app = await payload.create({ collection: 'applications', data: { title: '基准测试创新联合体', program: program.id, lead: org.id, status: 'submitted' } as never, overrideAccess: true, context: { seed: true } })
  const user = await payload.create({
    collection: 'users',
    data: { email: 'bench@example.cn', password: 'Passw0rd!Passw0rd', name: '基准', role: 'applicant', organization: org.id, language: 'zh' } as never,
    overrideAccess: true,
  })

  // 1. Queue: one transaction per notification, as a workflow transition would.
  let t0 = performance.now()
  for (let i = 0; i < N; i++) {
    await inTransaction(payload, (req) =>
      queueNotification(req, { template: 'expert-review-started', to: { userId: user.id }, application: app.id, data: {}, businessKey: `bench:${i}` }),
    )
    if (process.env.BENCH_VERBOSE && (i + 1) % 100 === 0) console.error(`queued ${i + 1}`)
  }
  const queueMs = performance.now() - t0

  // 2. Deliver through the outbox (claim, send, mark sent).
  t0 = performance.now()
  let sent = 0
  for (;;) {
    const r = await deliverDue(payload, { limit: N, concurrency: CONCURRENCY })
    sent += r.sent
    if (process.env.BENCH_VERBOSE) console.error(`delivery pass: ${JSON.stringify({ ...r, sentIds: r.sentIds.length })}`)
    if (r.candidates === 0) break
  }
  await smtp.waitFor(N, 60_000)
  const deliverMs = performance.now() - t0
  if (sent !== N || smtp.messages.length !== N) throw new Error(`expected ${N} messages, sent ${sent}, received ${smtp.messages.length}`)

  // 3. Baseline: the same messages straight through nodemailer, same pool and concurrency.
  const rows = (await payload.find({ collection: 'notifications', limit: 0, pagination: false, depth: 0, overrideAccess: true, sort: 'id' })).docs
  smtp.clear()
  const transport = createTransport(smtpFromEnv(), { pool: true, maxConnections: CONCURRENCY })
  const from = defaultFrom()
  t0 = performance.now()
  let next = 0
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < rows.length) {
        const row = rows[next++]!
        await transport.sendMail({ from: { name: from.name, address: from.address }, to: row.toAddress, subject: row.subject ?? '', text: row.bodyText ?? '', html: row.bodyHtml ?? '' })
      }
    }),
  )
  await smtp.waitFor(N, 60_000)
  const baselineMs = performance.now() - t0
  transport.close()

  const rate = (ms: number) => (N / (ms / 1000)).toFixed(0)
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`
  console.log(`outbox bench: ${N} emails, SQLite, loopback SMTP, ${CONCURRENCY} connections`)
  console.log(`  queue (1 transaction each)      ${s(queueMs).padStart(9)}  ${rate(queueMs).padStart(6)} msg/s`)
  console.log(`  deliver via outbox (claim+send)  ${s(deliverMs).padStart(9)}  ${rate(deliverMs).padStart(6)} msg/s`)
  console.log(`  baseline: nodemailer directly    ${s(baselineMs).padStart(9)}  ${rate(baselineMs).padStart(6)} msg/s`)
  console.log(`  ratio deliver / baseline         ${(deliverMs / baselineMs).toFixed(2)}×`)
  console.log(`  ratio (queue + deliver) / baseline ${((queueMs + deliverMs) / baselineMs).toFixed(2)}×`)
} finally {
  await payload.destroy()
  await smtp.stop()
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) rmSync(f, { force: true })
}
process.exit(0)
