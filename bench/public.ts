// Public pages against a static file of the same server, in one run: the production server (`npm start`'s
// build, `next start`), 100 and 10,000 public carriers made by bench/seed-scale.ts, on SQLite and (when
// TEST_DATABASE_URL or BENCH_DATABASE_URL names a server) PostgreSQL. Prints each page's throughput as a
// ratio of the static file's (goal ≥ 50%) and its p99 latency (goal < 200 ms), met or missed, and the server's
// RSS after start, after the load, and after each of --rss-rounds (6) more rounds of it, each time also after a full
// collection (bench/server-memory.ts): the live heap then says whether memory that grows is given back.
//   node --conditions=production --import tsx bench/public.ts [--scales 100,10000] [--duration 10] [--connections 20] [--db sqlite,postgres]
import autocannon from 'autocannon'
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { tsNode } from '../scripts/node-args'
import { findDescendant, inspectorOptions, openServerMemory, processRssMb, type ServerMemory } from './server-memory'

const root = path.resolve(import.meta.dirname, '..')
const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback
}
const SCALES = arg('scales', '100,10000').split(',').map(Number)
const DURATION = Number(arg('duration', '10'))
const CONNECTIONS = Number(arg('connections', '20'))
const RSS_ROUNDS = Number(arg('rss-rounds', '6'))
const PG_BASE = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL
const DATABASES = arg('db', PG_BASE ? 'sqlite,postgres' : 'sqlite').split(',') as ('sqlite' | 'postgres')[]
const GOAL_RATIO = 0.5
const GOAL_P99_MS = 200
// Memory after a load is read once the server has been idle this long: work the load left behind (renders that
// finish after their request, the cache writes that follow them) is done by then. Read 2 s after the load, the
// live heap on PostgreSQL at 10,000 carriers was 86 MB higher than 10 s after it, and the same 10, 30 and 60 s after.
const SETTLE_MS = 10_000

const { NODE_ENV: _ignored, ...inherited } = process.env

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

interface Database {
  url: string
  drop: () => Promise<void>
}

async function createDatabase(kind: 'sqlite' | 'postgres', dataDir: string, label: string): Promise<Database> {
  if (kind === 'sqlite') return { url: `file:${dataDir}/carriers.db`, drop: async () => undefined }
  const name = `carriers_bench_${process.pid}_${label}`
  const admin = new pg.Client({ connectionString: PG_BASE })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(PG_BASE!)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: PG_BASE })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await client.end()
    },
  }
}

interface Server {
  url: string
  /** The HTTP server process (scripts/serve.mjs) under the `npm start` supervisor. */
  pid: number
  memory: ServerMemory
  /** What the server printed (the end of it tells why it exited). */
  output: () => string
  stop: () => Promise<void>
}

// --server-heap-mb N: the server's V8 heap capped at N MB (SERVER_HEAP_MB, as `npm start` takes it). Memory that
// the collector can take back stays under a cap; a leak ends in an out-of-memory exit (the verdict then says so).
const SERVER_HEAP_MB = arg('server-heap-mb', '')
const serverHeap: Record<string, string> = SERVER_HEAP_MB ? { SERVER_HEAP_MB } : {}

/** `npm start` as a bureau runs it (build if stale, migrate, serve), without the demo and the jobs. */
async function startServer(env: Record<string, string>): Promise<Server> {
  const port = await freePort()
  const inspectorPort = await freePort()
  const nodeOptions = [inherited.NODE_OPTIONS ?? '', inspectorOptions(inspectorPort)].join(' ').trim()
  const child: ChildProcess = spawn(process.execPath, tsNode('scripts/start.ts'), {
    cwd: root,
    env: { ...inherited, ...env, PORT: String(port), SEED_DEMO: 'false', JOBS_IN_PROCESS: 'false', JOBS_AUTORUN: 'false', LOG_LEVEL: 'warn', NODE_OPTIONS: nodeOptions, ...serverHeap } as unknown as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()))
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()))
  const started = Date.now()
  // start.ts prints this line once the server answers (the build's route table also mentions /admin).
  while (!output.includes('管理后台 / admin:')) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output}`)
    if (Date.now() - started > 900_000) throw new Error(`the server did not start:\n${output}`)
    await new Promise((r) => setTimeout(r, 250))
  }
  const pid = findDescendant(child.pid!, 'scripts/serve.mjs')
  if (!pid) throw new Error('no scripts/serve.mjs process under the supervisor')
  const memory = await openServerMemory(pid, inspectorPort)
  return {
    url: `http://127.0.0.1:${port}`,
    pid,
    memory,
    output: () => output,
    stop: async () => {
      memory.close()
      try {
        process.kill(-child.pid!, 'SIGTERM')
      } catch {
        /* gone */
      }
      await new Promise((r) => setTimeout(r, 1000))
    },
  }
}

function seed(env: Record<string, string>, carriers: number): { carriers: number; firstCarrier: number; elapsedMs: number } {
  const result = spawnSync(process.execPath, tsNode('bench/seed-scale.ts', '--carriers', String(carriers), '--notices', '10', '--members', '2'), {
    cwd: root,
    env: { ...inherited, ...env, NODE_ENV: 'production', LOG_LEVEL: 'warn' } as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 3_600_000,
    maxBuffer: 64 * 1024 * 1024,
  })
  const line = result.stdout.trim().split('\n').at(-1) ?? ''
  if (result.status !== 0 || !line.startsWith('{')) throw new Error(`seeding failed (${result.status}):\n${result.stdout}\n${result.stderr}`)
  return JSON.parse(line)
}

interface Load {
  rps: number
  p99: number
  errors: number
}

async function load(url: string, paths?: string[]): Promise<Load> {
  const options: autocannon.Options = { url, connections: CONNECTIONS, duration: DURATION }
  if (paths) {
    let i = 0
    options.requests = [{ setupRequest: (request) => ({ ...request, path: paths[i++ % paths.length]! }) }]
  }
  const result = await autocannon(options)
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx }
}

const pct = (x: number) => `${(x * 100).toFixed(0)}%`
const rows: string[][] = []

async function run(kind: 'sqlite' | 'postgres', scale: number): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'carriers-bench-public-'))
  const db = await createDatabase(kind, dataDir, String(scale))
  const env = { DATA_DIR: dataDir, DATABASE_URL: db.url }
  let server: Server | undefined
  try {
    // Seeded before the server starts (the seeder migrates the empty database first): two SQLite writers in two
    // processes would only measure lock waits.
    const seeded = seed(env, scale)
    console.log(`\n${kind}, ${scale} public carriers (+10 notices), seeded in ${(seeded.elapsedMs / 1000).toFixed(0)} s`)
    server = await startServer(env)
    // Settle, then measure memory before any page is rendered.
    await new Promise((r) => setTimeout(r, 2000))
    const rssStart = processRssMb(server.pid)
    const collectedStart = await server.memory.afterFullCollection()
    const home = await (await fetch(`${server.url}/`)).text()
    const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(home)?.[1]
    if (!stylesheet) throw new Error('no stylesheet link on /')
    const carrier = `/carriers/${seeded.firstCarrier}`
    const sitemap = await (await fetch(`${server.url}/sitemap.xml`)).text()
    const carrierPaths = [...sitemap.matchAll(/\/carriers\/(\d+)<\/loc>/g)].map((m) => `/carriers/${m[1]}`)
    // Warm: each measured URL once, and a short load each (the cache fills, the JIT settles); long enough that the
    // RSS reading after the five measured runs follows 60 s of load (at the default 10 s a run), at least 2 s each.
    const warmTotal = Math.max(6, 60 - 5 * DURATION)
    const warm = [0, 1, 2].map((i) => Math.floor(warmTotal / 3) + (i < warmTotal % 3 ? 1 : 0))
    for (const [i, p] of [stylesheet, '/', carrier].entries()) await autocannon({ url: `${server.url}${p}`, connections: CONNECTIONS, duration: warm[i]! })

    const staticA = await load(`${server.url}${stylesheet}`)
    const homeLoad = await load(`${server.url}/`)
    const carrierLoad = await load(`${server.url}${carrier}`)
    const staticB = await load(`${server.url}${stylesheet}`)
    const spread = await load(server.url, carrierPaths)
    // Memory after the load: as it stands (garbage included), then what a full collection leaves.
    const rssAfter = processRssMb(server.pid)
    const collected = [await server.memory.afterFullCollection(SETTLE_MS)]
    const underLoad = [rssAfter]
    // The same load again, RSS_ROUNDS times: live memory that keeps growing after full collections is a leak;
    // memory that levels off is the bounded caches (at 10,000 carriers each round renders pages not seen before,
    // so the caches fill, then evict).
    let exited = false
    for (let round = 0; round < RSS_ROUNDS && !exited; round++) {
      await load(server.url, carrierPaths)
      await load(`${server.url}/`)
      underLoad.push(processRssMb(server.pid))
      const reading = await server.memory.afterFullCollection(SETTLE_MS).catch(() => undefined)
      if (reading) collected.push(reading)
      else exited = true
    }
    const baseline = (staticA.rps + staticB.rps) / 2
    const verdict = (l: Load) => {
      const ratio = l.rps / baseline
      return [pct(ratio), ratio >= GOAL_RATIO ? 'met' : 'missed', `${l.p99} ms`, l.p99 < GOAL_P99_MS ? 'met' : 'missed']
    }
    console.log(`  static file ${stylesheet}: ${staticA.rps.toFixed(0)} / ${staticB.rps.toFixed(0)} req/s (before / after), p99 ${staticA.p99} / ${staticB.p99} ms`)
    console.log(`  /: ${homeLoad.rps.toFixed(0)} req/s, p99 ${homeLoad.p99} ms, errors ${homeLoad.errors}`)
    console.log(`  ${carrier}: ${carrierLoad.rps.toFixed(0)} req/s, p99 ${carrierLoad.p99} ms, errors ${carrierLoad.errors}`)
    console.log(`  all ${carrierPaths.length} carrier pages in turn (first visits render): ${spread.rps.toFixed(0)} req/s, p99 ${spread.p99} ms, errors ${spread.errors}`)
    // Seconds of load before the first reading: the warm-up and five runs (60 s at the default); each round is two more runs.
    const loadedFor = warmTotal + 5 * DURATION
    // Levels off: after full collections, the later half of the readings sets no live-heap high more than 10% above
    // the earlier half's (a leak keeps setting new highs; bounded caches stop at their budgets).
    const heap = collected.map((c) => c.liveHeapMb)
    const half = Math.ceil(heap.length / 2)
    const givenBack = exited
      ? 'the server exited during the rounds (out of memory?)'
      : Math.max(...heap.slice(half)) <= Math.max(...heap.slice(0, half)) * 1.1
        ? 'levels off (no growth that is not given back)'
        : 'still growing'
    if (exited) console.log(`  the server's last words:\n${server.output().trim().split('\n').slice(-12).map((l) => `    ${l}`).join('\n')}`)
    const arrow = (xs: number[]) => xs.join(' → ')
    console.log(`  server RSS: ${rssStart} MB after start, ${rssAfter} MB after ${loadedFor} s of load; under the same load again (${RSS_ROUNDS} rounds of ${2 * DURATION} s): ${arrow(underLoad.slice(1))} MB`)
    console.log(`  after a full collection: RSS ${collectedStart.rssMb} MB after start, then ${arrow(collected.map((c) => c.rssMb))} MB; live heap ${collectedStart.liveHeapMb} MB after start, then ${arrow(heap)} MB: ${givenBack}`)
    rows.push([kind, String(scale), '/', ...verdict(homeLoad), `${rssStart} → ${rssAfter} → ${underLoad.at(-1)} MB; live heap ${collectedStart.liveHeapMb} → ${arrow(heap)} MB: ${givenBack.split(' (')[0]}`])
    rows.push([kind, String(scale), '/carriers/:id', ...verdict(carrierLoad), ''])
    rows.push([kind, String(scale), 'every carrier page', pct(spread.rps / baseline), '(no goal)', `${spread.p99} ms`, spread.p99 < GOAL_P99_MS ? 'met' : 'missed', ''])
  } finally {
    await server?.stop()
    await db.drop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

console.log(`Public pages vs a static file of the same server: ${CONNECTIONS} connections, ${DURATION} s a run, ${os.cpus().length} cores`)
for (const kind of DATABASES) for (const scale of SCALES) await run(kind, scale)

const header = ['database', 'carriers', 'page', 'of static', `goal ≥ ${pct(GOAL_RATIO)}`, 'p99', `goal < ${GOAL_P99_MS} ms`, 'server RSS (start → 60 s load → last round); live heap after full collections']
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`
console.log(`\n${line(header)}\n${line(widths.map((w) => '-'.repeat(w)))}\n${rows.map(line).join('\n')}`)
process.exit(0)
