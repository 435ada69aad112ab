// A 10,000-row members import as a job, and what another user's save waits meanwhile: the latency of a 1-field
// PATCH by the city officer with no import running (baseline) and during the import (same process, same run: the
// job runs in this process as it does in `npm start`), the ratio, and the longest write transaction the import held.
//   node --conditions=production --import tsx bench/import.ts                      (SQLite)
//   node --conditions=production --import tsx bench/import.ts --db postgres        (on TEST_DATABASE_URL's server)
// Issue #10 measured the former one-transaction import: 66 s holding the writer, a PATCH meanwhile 64 s.
import { performance } from 'node:perf_hooks'

import ExcelJS from 'exceljs'
import type { Payload } from 'payload'

Object.assign(process.env, { NODE_ENV: 'test', JOBS_AUTORUN: 'false' })
process.env.PAYLOAD_SECRET ??= 'bench-secret-not-for-production-0123456789'
const ROWS = Number(process.env.BENCH_ROWS ?? 10_000)
const dbFlag = process.argv.indexOf('--db')
const kind = dbFlag >= 0 ? (process.argv[dbFlag + 1] ?? 'sqlite') : (process.env.BENCH_DB ?? 'sqlite')
process.env.TEST_DATABASE_URL ??= process.env.BENCH_DATABASE_URL
if (kind === 'postgres' && !process.env.TEST_DATABASE_URL) {
  console.log('import on PostgreSQL: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL)')
  process.exit(0)
}

const { createTestDatabase } = await import('../test/helpers/database')
const db = await createTestDatabase(kind)
process.env.DATABASE_URL = db.url
const { getPayload } = await import('payload')
const { REST_POST } = await import('@payloadcms/next/routes')
const { default: config } = await import('../payload.config')
const { PASSWORD, seedWorld } = await import('../test/helpers/fixtures')
const { restClient } = await import('../test/helpers/rest')
const { withCheckChar } = await import('../src/lib/credit-code')
const { SPREADSHEET_QUEUE } = await import('../src/workflow/spreadsheet-jobs')
const { IMPORT_CHUNK_MS, IMPORT_CHUNK_ROWS } = await import('../src/workflow/import-members')
const { dropBenchDatabase } = await import('./drop-database')

const payload: Payload = await getPayload({ config: await config })
const world = await seedWorld(payload)
const rest = restClient(payload.config)
const city = await rest.login('city@example.org', PASSWORD)
const applicant = await rest.login('applicant@example.org', PASSWORD)
console.log(`database: ${db.kind}; ${ROWS} rows; chunks of ≤ ${IMPORT_CHUNK_ROWS} rows / ≤ ${IMPORT_CHUNK_MS} ms`)

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!
  return { n: s.length, median: at(0.5), p95: at(0.95), max: s[s.length - 1]! }
}
const fmt = (x: { n: number; median: number; p95: number; max: number }) => `n=${x.n} median ${x.median.toFixed(0)} ms, p95 ${x.p95.toFixed(0)} ms, max ${x.max.toFixed(0)} ms`

let k = 0
async function patchOnce(): Promise<number> {
  const t = performance.now()
  const response = await rest.patch(`/applications/${world.apps.nbDraft}`, { publicSummary: `bench ${k++}` }, city)
  if (response.status !== 200) throw new Error(`PATCH answered ${response.status}: ${await response.text()}`)
  return performance.now() - t
}

// Baseline: the same PATCH, nothing else running.
const baseline: number[] = []
for (let i = 0; i < 30; i++) {
  baseline.push(await patchOnce())
  await new Promise((r) => setTimeout(r, 50))
}

// The sheet and its upload (validation + 202 in the request).
const workbook = new ExcelJS.Workbook()
const ws = workbook.addWorksheet('成员单位')
ws.addRow(['单位名称', '统一社会信用代码', '角色', '承担任务', '任务分工占比（‰）', '单位负责人'])
for (let i = 0; i < ROWS; i++) ws.addRow([`压测单位${i}`, withCheckChar(`91330200MB${String(i).padStart(7, '0')}`), '企业', `任务${i}`, i % 1000, `负责人${i}`])
const form = new FormData()
form.append('file', new Blob([await workbook.xlsx.writeBuffer()]), 'members.xlsx')
const application = (await payload.create({ collection: 'applications', data: { title: '压测导入', program: world.programs.nbConsortium, lead: world.orgs.nbLead, status: 'draft' } as never, overrideAccess: true, context: { seed: true } })).id
const handler = REST_POST(payload.config) as unknown as (r: Request, a: { params: Promise<{ slug: string[] }> }) => Promise<Response>
const uploadStart = performance.now()
const answer = await handler(new Request(`http://localhost:3000/api/members/import?application=${application}`, { method: 'POST', body: form, headers: { Authorization: `JWT ${applicant}` } }), { params: Promise.resolve({ slug: ['members', 'import'] }) })
const uploadMs = performance.now() - uploadStart
if (answer.status !== 202) throw new Error(`import answered ${answer.status}: ${await answer.text()}`)
const jobId = ((await answer.json()) as { job: { id: number } }).job.id

// The job, with PATCHes every 200 ms until it is done.
const during: number[] = []
const started = performance.now()
let finished = false
const run = payload.jobs.run({ queue: SPREADSHEET_QUEUE, sequential: true }).finally(() => (finished = true))
while (!finished) {
  during.push(await patchOnce())
  await new Promise((r) => setTimeout(r, 200))
}
await run
const importMs = performance.now() - started
const job = (await payload.findByID({ collection: 'spreadsheet-jobs', id: jobId, depth: 0, overrideAccess: true })) as unknown as { status: string; created: number; maxHoldMs: number }
const members = (await payload.count({ collection: 'members', where: { application: { equals: application } }, overrideAccess: true })).totalDocs

const b = stats(baseline)
const d = stats(during)
console.log(`upload (parse + check ${ROWS} rows, answer 202): ${uploadMs.toFixed(0)} ms`)
console.log(`import job: ${job.status}, ${job.created} created, ${members} members stored, ${(importMs / 1000).toFixed(1)} s (${((ROWS / importMs) * 1000).toFixed(0)} rows/s)`)
console.log(`longest write transaction of the import: ${job.maxHoldMs} ms (goal ≤ 1000 ms: ${job.maxHoldMs <= 1000 ? 'met' : 'missed'})`)
console.log(`PATCH without import: ${fmt(b)}`)
console.log(`PATCH during import:  ${fmt(d)}`)
console.log(`ratio during / without: median ${(d.median / b.median).toFixed(1)}x, max ${(d.max / b.max).toFixed(1)}x; worst PATCH during import ${d.max.toFixed(0)} ms (goal ≤ ~1 s: ${d.max <= 1200 ? 'met' : 'missed'})`)
await payload.destroy()
await db.drop()
// The test helper leaves PostgreSQL databases to the suite's teardown: this run drops its own.
if (db.kind === 'postgres') await dropBenchDatabase(payload, process.env.TEST_DATABASE_URL!, new URL(db.url).pathname.slice(1))
process.exit(0)
