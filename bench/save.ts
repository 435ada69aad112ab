// Cost of the save pipeline for disbursements: all hooks (caps, serialisation, audit) vs the same save
// with the collection's hooks off, and how the cap check scales with the size of the disbursements table.
//   node --conditions=production --import tsx bench/save.ts
import { rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import pg from 'pg'
import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import { dropBenchDatabase } from './drop-database'

const file = path.join(os.tmpdir(), `carriers-bench-${Date.now().toString(36)}.db`)
// --db postgres: a fresh database on BENCH_DATABASE_URL / TEST_DATABASE_URL's server (dropped at the end).
const onPostgres = process.argv.includes('postgres')
const pgBase = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL
const pgName = `carriers_bench_save_${process.pid}`
if (onPostgres) {
  if (!pgBase) {
    console.log('PostgreSQL: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL)')
    process.exit(0)
  }
  const admin = new pg.Client({ connectionString: pgBase })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS ${pgName} WITH (FORCE)`)
  await admin.query(`CREATE DATABASE ${pgName}`)
  await admin.end()
  const url = new URL(pgBase)
  url.pathname = `/${pgName}`
  process.env.DATABASE_URL = url.toString()
} else process.env.DATABASE_URL = `file:${file}`
async function dropPostgres(): Promise<void> {
  if (!onPostgres) return
  await new Promise((r) => setTimeout(r, 500))
  await dropBenchDatabase(payload, pgBase!, pgName)
}
Object.assign(process.env, { NODE_ENV: 'test' })
process.env.PAYLOAD_SECRET ??= 'bench-secret-not-for-production-0123456789'

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { createTicApplication, seedWorld, ticDisbursement } = await import('../test/helpers/fixtures')

const payload: Payload = await getPayload({ config: await config })
const world = await seedWorld(payload)
const city = world.users.city

type Id = number
const hooked = (data: RequiredDataFromCollectionSlug<'disbursements'>) =>
  payload.create({ collection: 'disbursements', data, user: city, overrideAccess: false })
const raw = (data: RequiredDataFromCollectionSlug<'disbursements'>) =>
  payload.db.create({ collection: 'disbursements', data: data as Record<string, unknown> })

// CPU time of this process as well as wall time: SQLite runs in-process, so CPU time counts the database's work
// too, and it hardly moves when other programs load the machine (wall time here also waits for fsync).
const cpu: Record<string, number> = {}
async function time(label: string, fn: () => Promise<void>): Promise<number> {
  const start = performance.now()
  const startCpu = process.cpuUsage()
  await fn()
  const ms = performance.now() - start
  const used = process.cpuUsage(startCpu)
  cpu[label] = (used.user + used.system) / 1000
  console.log(`${label}: ${ms.toFixed(0)} ms wall, ${cpu[label]!.toFixed(0)} ms CPU`)
  return ms
}

async function apps(n: number): Promise<Id[]> {
  const ids: Id[] = []
  for (let i = 0; i < n; i++) ids.push(await createTicApplication(payload, world, `bench ${Date.now()} ${i}`))
  return ids
}

// BENCH_SAVE_N / BENCH_SAVE_SCALING=0: a shorter run while iterating.
const N = Number(process.env.BENCH_SAVE_N ?? 1_000)
console.log(`database: ${payload.db.name} (${onPostgres ? pgName : file}); ${os.cpus().length} cores, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`)

// 1. 1,000 creates spread over 50 carriers, 1,000 yuan each (never near a cap): the same collection and
// the same payload.create, once with its hooks (caps, serialisation, audit) and once with them switched off.
const disbursements = payload.collections.disbursements.config
const ownHooks = { beforeChange: disbursements.hooks.beforeChange, afterChange: disbursements.hooks.afterChange }
const spread = await apps(50)
const spreadPlain = await apps(50)
const hooksOn = () => Object.assign(disbursements.hooks, ownHooks)
const hooksOff = () => Object.assign(disbursements.hooks, { beforeChange: [], afterChange: [] })
// Both warmed first, then measured in alternating blocks of 50: on a machine shared with other work, load that
// comes and goes falls on both sides alike (the first block of a cold process would otherwise count only for one).
let k = 0
for (let i = 0; i < 30; i++) await hooked(ticDisbursement(spread[k++ % spread.length]!, 1_000))
hooksOff()
for (let i = 0; i < 30; i++) await hooked(ticDisbursement(spreadPlain[k++ % spreadPlain.length]!, 1_000))
hooksOn()
const HOOKED = `${N} disbursements, all hooks`
const PLAIN = `${N} disbursements, same payload.create with the collection's hooks off`
let withHooks = 0
let withoutHooks = 0
cpu[HOOKED] = 0
cpu[PLAIN] = 0
const block = async (label: string, carriers: Id[], n: number): Promise<number> => {
  const start = performance.now()
  const startCpu = process.cpuUsage()
  for (let i = 0; i < n; i++) await hooked(ticDisbursement(carriers[k++ % carriers.length]!, 1_000))
  const used = process.cpuUsage(startCpu)
  cpu[label]! += (used.user + used.system) / 1000
  return performance.now() - start
}
for (let done = 0; done < N; done += 50) {
  const n = Math.min(50, N - done)
  hooksOn()
  withHooks += await block(HOOKED, spread, n)
  hooksOff()
  withoutHooks += await block(PLAIN, spreadPlain, n)
}
hooksOn()
console.log(`${HOOKED}: ${withHooks.toFixed(0)} ms wall, ${cpu[HOOKED]!.toFixed(0)} ms CPU`)
console.log(`${PLAIN}: ${withoutHooks.toFixed(0)} ms wall, ${cpu[PLAIN]!.toFixed(0)} ms CPU`)
Object.assign(disbursements.hooks, ownHooks)
const spreadRaw = await apps(50)
const adapterOnly = await time(`${N} disbursements, payload.db.create (adapter insert only, for reference)`, async () => {
  for (let i = 0; i < N; i++) await raw(ticDisbursement(spreadRaw[i % spreadRaw.length]!, 1_000))
})
console.log(
  `per create: ${(withHooks / N).toFixed(2)} ms with hooks, ${(withoutHooks / N).toFixed(2)} ms without, ${(adapterOnly / N).toFixed(2)} ms adapter only`,
)
const cpuRatio = cpu[HOOKED]! / cpu[PLAIN]!
console.log(`ratio hooks / plain save = ${(withHooks / withoutHooks).toFixed(2)}x wall, ${cpuRatio.toFixed(2)}x CPU (goal ≤ 1.5x: ${withHooks / withoutHooks <= 1.5 ? 'met' : 'missed'} wall, ${cpuRatio <= 1.5 ? 'met' : 'missed'} CPU); hooks / adapter insert = ${(withHooks / adapterOnly).toFixed(1)}x`)

// 1b. The application row lock (serializeApplicationSave: SELECT … FOR UPDATE on PostgreSQL; nothing more on SQLite,
// whose transactions already hold the write lock): the same application update with and without it, in alternating
// blocks. For the record, not a goal.
{
  const { serializeApplicationSave } = await import('../src/hooks/applications/serializeApplicationSave')
  const applications = payload.collections.applications.config.hooks
  const ownBeforeOperation = applications.beforeOperation
  const target = (await apps(1))[0]!
  const update = (i: number) => payload.update({ collection: 'applications', id: target, data: { titleEn: `Bench ${i}` } as never, user: city, overrideAccess: true })
  let locked = 0
  let unlocked = 0
  const M = Math.max(50, Math.floor(N / 5))
  for (let i = 0; i < 10; i++) await update(i)
  for (let done = 0; done < M; done += 25) {
    let start = performance.now()
    for (let i = 0; i < 25; i++) await update(done + i)
    locked += performance.now() - start
    applications.beforeOperation = ownBeforeOperation.filter((h) => h !== serializeApplicationSave)
    start = performance.now()
    for (let i = 0; i < 25; i++) await update(done + i)
    unlocked += performance.now() - start
    applications.beforeOperation = ownBeforeOperation
  }
  console.log(`application update: ${(locked / M).toFixed(2)} ms with the row lock, ${(unlocked / M).toFixed(2)} ms without (${(locked / unlocked).toFixed(2)}x; ${M} each)`)
}

// 2. The cap check for one carrier with a small history, as the table grows from ~100 to ~10,000 rows.
async function fillTable(target: number, carriers: Id[]): Promise<void> {
  let rows = (await payload.count({ collection: 'disbursements', overrideAccess: true })).totalDocs
  let i = 0
  while (rows < target) {
    await raw(ticDisbursement(carriers[i++ % carriers.length]!, 100))
    rows++
  }
}
async function carrierCreates(label: string): Promise<number> {
  const carrier = (await apps(1))[0]!
  return time(label, async () => {
    for (let i = 0; i < 50; i++) await hooked(ticDisbursement(carrier, 1_000))
  })
}

if (process.env.BENCH_SAVE_SCALING === '0') {
  await payload.destroy()
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) rmSync(f, { force: true })
  await dropPostgres()
  process.exit(0)
}
// Start over from an empty table for the small case.
await payload.db.deleteMany({ collection: 'disbursements', where: { id: { exists: true } } })
const others = await apps(100)
await fillTable(100, others)
const small = await carrierCreates('50 creates for one carrier, 100 other rows in the table')
await fillTable(10_000, others)
const large = await carrierCreates('50 creates for one carrier, ~10,000 other rows in the table')
console.log(`ratio 10,000-row table / 100-row table = ${(large / small).toFixed(2)}x`)

await payload.destroy()
for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) rmSync(f, { force: true })
await dropPostgres()
process.exit(0)
