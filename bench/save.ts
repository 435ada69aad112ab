// Cost of the save pipeline for disbursements: all hooks (caps, serialisation, audit) vs the same save
// with the collection's hooks off, and how the cap check scales with the size of the disbursements table.
//   npx tsx bench/save.ts
import { rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

const file = path.join(os.tmpdir(), `carriers-bench-${Date.now().toString(36)}.db`)
process.env.DATABASE_URL = `file:${file}`
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

const N = 1_000
console.log(`database: ${payload.db.name} (${file})`)

// 1. 1,000 creates spread over 50 carriers, 1,000 yuan each (never near a cap): the same collection and
// the same payload.create, once with its hooks (caps, serialisation, audit) and once with them switched off.
const disbursements = payload.collections.disbursements.config
const ownHooks = { beforeChange: disbursements.hooks.beforeChange, afterChange: disbursements.hooks.afterChange }
const spread = await apps(50)
const withHooks = await time(`${N} disbursements, all hooks`, async () => {
  for (let i = 0; i < N; i++) await hooked(ticDisbursement(spread[i % spread.length]!, 1_000))
})
disbursements.hooks.beforeChange = []
disbursements.hooks.afterChange = []
const spreadPlain = await apps(50)
const withoutHooks = await time(`${N} disbursements, same payload.create with the collection's hooks off`, async () => {
  for (let i = 0; i < N; i++) await hooked(ticDisbursement(spreadPlain[i % spreadPlain.length]!, 1_000))
})
Object.assign(disbursements.hooks, ownHooks)
const spreadRaw = await apps(50)
const adapterOnly = await time(`${N} disbursements, payload.db.create (adapter insert only, for reference)`, async () => {
  for (let i = 0; i < N; i++) await raw(ticDisbursement(spreadRaw[i % spreadRaw.length]!, 1_000))
})
console.log(
  `per create: ${(withHooks / N).toFixed(2)} ms with hooks, ${(withoutHooks / N).toFixed(2)} ms without, ${(adapterOnly / N).toFixed(2)} ms adapter only`,
)
const cpuRatio = cpu[`${N} disbursements, all hooks`]! / cpu[`${N} disbursements, same payload.create with the collection's hooks off`]!
console.log(`ratio hooks / plain save = ${(withHooks / withoutHooks).toFixed(2)}x wall, ${cpuRatio.toFixed(2)}x CPU (goal ≤ 1.5x: ${withHooks / withoutHooks <= 1.5 ? 'met' : 'missed'} wall, ${cpuRatio <= 1.5 ? 'met' : 'missed'} CPU); hooks / adapter insert = ${(withHooks / adapterOnly).toFixed(1)}x`)

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
process.exit(0)
