// The admin's applications list at 1,000 and 100,000 applications, in one run: the default sort (-updatedAt), each
// filter the admin offers (status, programme, district, carrier kind, policy set) and the search box (searchText),
// as a city officer sees them (payload.find with the officer's access, depth 1, 10 a page, with the total count:
// what GET /api/applications does behind the REST route). For each: the median time at each scale, the ratio
// (goal ≤ 2×, met/missed), and the plans of its statements at the large scale (EXPLAIN QUERY PLAN on SQLite,
// EXPLAIN on PostgreSQL). Each scale runs in its own process on a fresh, migrated database seeded by
// bench/seed-scale.ts (half public carriers, half applications in progress). The scales of one database run side
// by side and measure each query at the same moment (a barrier before each): on a machine shared with other work,
// load that comes and goes then falls on both sides of a ratio alike.
//   node --conditions=production --import tsx bench/lists.ts [--scales 1000,100000] [--db sqlite,postgres] [--runs 30]
import { spawn } from 'node:child_process'
import readline from 'node:readline'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import pg from 'pg'

import { tsNode } from '../scripts/node-args'

const root = path.resolve(import.meta.dirname, '..')
const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback
}
const GOAL = 2
const PG_BASE = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL

interface Measured {
  query: string
  medianMs: number
  totalDocs: number
  plans: string[]
}
interface ChildResult {
  kind: string
  scale: number
  seedMs: number
  seedMaxRssMb: number
  measured: Measured[]
}

// ------------------------------------------------------------------ child: seed one database and measure
if (process.argv[2] === '--child') {
  const scale = Number(process.argv[3])
  const runs = Number(process.argv[4] ?? 30)
  process.env.PAYLOAD_SECRET ??= 'bench-secret-not-for-production-0123456789'
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { seedScale } = await import('./seed-scale')
  const payload = await getPayload({ config: await config })
  const kind = payload.db.name

  const seeded = await seedScale(payload, { carriers: Math.floor(scale / 2), private: scale - Math.floor(scale / 2), members: 1, seed: 7 })
  const seedMaxRssMb = Math.round(process.resourceUsage().maxRSS / 1024)
  if (kind === 'sqlite') await payload.db.execute({ drizzle: (payload.db as unknown as { drizzle: unknown }).drizzle, raw: 'PRAGMA optimize' } as never)
  // What autovacuum does within a minute of a bulk load (statistics, and the visibility map that lets a count read
  // only the index): the seeder's rows are minutes old, a province's are years old.
  else await payload.db.execute({ drizzle: (payload.db as unknown as { drizzle: unknown }).drizzle, raw: 'VACUUM ANALYZE applications' } as never)

  const officer = await payload.create({
    collection: 'users',
    data: { email: `lists-bench-${Date.now()}@example.test`, password: 'Bench-Passw0rd!2026', name: '基准测试', role: 'city-officer' } as never,
    overrideAccess: true,
  })
  const user = { ...officer, collection: 'users' as const }

  // Every statement of one run, with its parameters, for the plans.
  let log: { sql: string; args: unknown[] }[] | null = null
  const db = payload.db as unknown as { client?: Record<string, unknown> & { execute: (...a: unknown[]) => unknown; transaction: (...a: unknown[]) => Promise<Record<string, unknown>> }; pool?: Record<string, unknown> & { query: (...a: unknown[]) => unknown; connect: (...a: unknown[]) => Promise<Record<string, unknown>> } }
  const record = (sql: unknown, args: unknown) => {
    if (!log) return
    if (typeof sql === 'string') log.push({ sql, args: (args as unknown[]) ?? [] })
    else if (sql && typeof sql === 'object') {
      const s = sql as { sql?: string; text?: string; args?: unknown[]; values?: unknown[] }
      log.push({ sql: s.sql ?? s.text ?? '', args: s.args ?? s.values ?? (args as unknown[]) ?? [] })
    }
  }
  if (kind === 'sqlite' && db.client) {
    const client = db.client
    const execute = client.execute.bind(client)
    client.execute = (stmt: unknown, args?: unknown) => (record(stmt, args), execute(stmt, args))
  } else if (db.pool) {
    const pool = db.pool
    const query = pool.query.bind(pool)
    pool.query = (text: unknown, values?: unknown, ...rest: unknown[]) => (record(text, values), query(text, values, ...rest))
    const connect = pool.connect.bind(pool)
    pool.connect = (async (...a: unknown[]) => {
      // pg-pool's callback form (used by pg itself) is passed through untraced.
      if (typeof a[0] === 'function') return connect(...a)
      const client = await connect(...a)
      if (client && !client.__traced) {
        const q = (client.query as (...x: unknown[]) => unknown).bind(client)
        client.query = (text: unknown, values?: unknown, ...rest: unknown[]) => (record(text, values), q(text, values, ...rest))
        client.__traced = true
      }
      return client
    }) as typeof pool.connect
  }

  const programId = seeded.programs['zj-consortium']
  const districtId = seeded.districts[3]
  // A carrier's name as an officer types it (3+ characters: trigram indexes need them): one name (2 matches at
  // 1,000, 167 at 100,000, so the small scale's page holds 2 rows to load and the large one's 10), and the start of
  // a unit's name (about 1.7% of the applications: a full page of 10 at both scales, so the ratio is the search's).
  const term = '甬江集成电路'
  const prefix = '慈航数字'
  // What the list's search box sends: each searchable field, either one matching.
  const searchFor = (text: string) => ({ name: `search “${text}”`, where: { or: [{ title: { like: text } }, { searchText: { like: text } }] } })
  const queries: { name: string; where?: Record<string, unknown> }[] = [
    { name: 'default sort -updatedAt' },
    { name: 'status = expert-review', where: { status: { equals: 'expert-review' } } },
    { name: 'program = one programme', where: { program: { equals: programId } } },
    { name: 'district = one district', where: { district: { equals: districtId } } },
    { name: 'carrierKind = tic', where: { carrierKind: { equals: 'tic' } } },
    { name: 'policySet = zj-consortium', where: { policySet: { equals: 'zj-consortium' } } },
    searchFor(term),
    searchFor(prefix),
  ]
  const find = (where?: Record<string, unknown>) =>
    payload.find({ collection: 'applications', user, overrideAccess: false, depth: 1, limit: 10, page: 1, sort: '-updatedAt', ...(where ? { where: where as never } : {}) })

  // Waits for the parent's GO (sent once every scale is ready for the same step).
  const stdin = readline.createInterface({ input: process.stdin })[Symbol.asyncIterator]()
  const barrier = async (step: string) => {
    console.log(`READY ${step}`)
    await stdin.next()
  }

  const measured: Measured[] = []
  for (const q of queries) {
    await barrier(q.name)
    for (let i = 0; i < 5; i++) await find(q.where)
    const times: number[] = []
    let totalDocs = 0
    for (let i = 0; i < runs; i++) {
      const start = performance.now()
      totalDocs = (await find(q.where)).totalDocs
      times.push(performance.now() - start)
    }
    times.sort((a, b) => a - b)
    log = []
    await find(q.where)
    const statements = log.filter((s) => /from "applications"/i.test(s.sql) && /^\s*select/i.test(s.sql))
    log = null
    const plans: string[] = []
    for (const s of statements) {
      const rows =
        kind === 'sqlite'
          ? ((await (db.client!.execute as (x: unknown) => Promise<{ rows: Record<string, unknown>[] }>)({ sql: `EXPLAIN QUERY PLAN ${s.sql}`, args: s.args })).rows.map((r) => String(r.detail)))
          : ((await (db.pool!.query as (t: string, v: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>)(`EXPLAIN ${s.sql}`, s.args)).rows.map((r) => String(r['QUERY PLAN'])))
      // The plan of the applications rows themselves (the join sub-plans of the populated columns are left out).
      const own = rows.filter((r, i) => (kind === 'sqlite' ? /\bapplications\b/.test(r) && !/CO-ROUTINE|SUBQUERY/.test(r) : i < 6 || /applications|Sort|Limit/.test(r) && !/SubPlan|_alias/.test(r))).slice(0, 8)
      const where = /where (\(*"applications".*?)(?: order by| limit|\)$|$)/i.exec(s.sql)?.[1] ?? ''
      // A search's page on SQLite: its ids with the count beside them, then those rows (config/paged-search.ts).
      const what = /count\(\*\) over/i.test(s.sql) ? 'ids and count' : /^\s*select count\(/i.test(s.sql) ? 'count' : 'rows'
      plans.push(`${what}: …where ${where.slice(0, 160)}\n      ${own.join('\n      ')}`)
    }
    measured.push({ query: q.name, medianMs: times[Math.floor(times.length / 2)]!, totalDocs, plans })
  }
  const result: ChildResult = { kind, scale, seedMs: seeded.elapsedMs, seedMaxRssMb, measured }
  console.log(`RESULT ${JSON.stringify(result)}`)
  await payload.destroy()
  process.exit(0)
}

// ------------------------------------------------------------------ parent: one child per database and scale
const SCALES = arg('scales', '1000,100000').split(',').map(Number)
const DATABASES = arg('db', PG_BASE ? 'sqlite,postgres' : 'sqlite').split(',')
const RUNS = arg('runs', '30')
const { NODE_ENV: _ignored, ...inherited } = process.env

async function freshDatabase(kind: string, scale: number): Promise<{ url: string; drop: () => Promise<void> }> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'carriers-bench-lists-'))
    return { url: `file:${dir}/carriers.db`, drop: async () => rmSync(dir, { recursive: true, force: true }) }
  }
  const name = `carriers_bench_lists_${process.pid}_${scale}`
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: PG_BASE })
    await client.connect()
    await client.query(sql)
    await client.end()
  }
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  await admin(`CREATE DATABASE ${name}`)
  const url = new URL(PG_BASE!)
  url.pathname = `/${name}`
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) }
}

console.log(`Admin list (applications) at ${SCALES.join(' and ')} applications: ${os.cpus().length} cores, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} (shared machine: ratios are within one run)`)
const results: ChildResult[] = []
interface Child {
  scale: number
  stdout: string
  stderr: string
  ready: string | null
  write: (line: string) => void
  kill: () => void
  done: Promise<number | null>
}
for (const kind of DATABASES) {
  const databases = await Promise.all(SCALES.map((scale) => freshDatabase(kind, scale)))
  try {
    const children: Child[] = SCALES.map((scale, i) => {
      const proc = spawn(process.execPath, tsNode('bench/lists.ts', '--child', String(scale), RUNS), {
        cwd: root,
        // production: the migrations run (with the indexes only a migration makes, e.g. pg_trgm, FTS5), as `npm start` does.
        env: { ...inherited, DATABASE_URL: databases[i]!.url, NODE_ENV: 'production', LOG_LEVEL: 'warn' } as NodeJS.ProcessEnv,
        stdio: ['pipe', 'pipe', 'pipe'],
      })
      const child: Child = { scale, stdout: '', stderr: '', ready: null, write: (line) => proc.stdin.write(`${line}\n`), kill: () => proc.kill(), done: new Promise((resolve) => proc.on('close', resolve)) }
      // A scale that fails would leave the others waiting at the barrier for ever: they stop too.
      proc.on('close', (code) => {
        if (code !== 0) for (const other of children) if (other !== child) other.kill()
      })
      proc.stderr.on('data', (d: Buffer) => (child.stderr = (child.stderr + d.toString()).slice(-8000)))
      readline.createInterface({ input: proc.stdout }).on('line', (line) => {
        child.stdout += `${line}\n`
        const ready = /^READY (.*)$/.exec(line)
        if (!ready) return
        child.ready = ready[1]!
        // Every scale waits at the same step (or has finished): all go.
        const waiting = children.filter((c) => c.ready !== null)
        if (waiting.length === children.length && waiting.every((c) => c.ready === child.ready)) {
          for (const c of children) {
            c.ready = null
            c.write('GO')
          }
        }
      })
      return child
    })
    const statuses = await Promise.all(children.map((c) => c.done))
    for (const [i, child] of children.entries()) {
      const line = child.stdout.split('\n').find((l) => l.startsWith('RESULT '))
      if (statuses[i] !== 0 || !line) throw new Error(`${kind} ${child.scale} failed (${statuses[i]}):\n${child.stdout.slice(-4000)}\n${child.stderr.slice(-4000)}`)
      // The raw result too: a later failure must not lose what was measured.
      console.log(line)
      const result = JSON.parse(line.slice(7)) as ChildResult
      console.log(`${kind}, ${child.scale} applications: seeded in ${(result.seedMs / 1000).toFixed(1)} s, seeder peak RSS ${result.seedMaxRssMb} MB`)
      results.push(result)
    }
  } finally {
    await Promise.all(databases.map((d) => d.drop()))
  }
}
console.log(`load average at the end ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`)

const small = Math.min(...SCALES)
const large = Math.max(...SCALES)
const rows: string[][] = []
for (const kind of DATABASES) {
  const a = results.find((r) => r.kind === kind && r.scale === small)
  const b = results.find((r) => r.kind === kind && r.scale === large)
  if (!a || !b) continue
  console.log(`\n${kind}: plans at ${large}`)
  for (const m of b.measured) {
    const base = a.measured.find((x) => x.query === m.query)!
    const ratio = m.medianMs / base.medianMs
    rows.push([kind, m.query, `${base.medianMs.toFixed(2)} ms (${base.totalDocs})`, `${m.medianMs.toFixed(2)} ms (${m.totalDocs})`, `${ratio.toFixed(2)}x`, `≤ ${GOAL}x`, ratio <= GOAL ? 'met' : 'missed'])
    console.log(`  ${m.query}:\n    ${m.plans.join('\n    ')}`)
  }
}
const header = ['database', 'query (city officer, depth 1, 10 a page, with count)', `${small} (matches)`, `${large} (matches)`, 'ratio', 'goal', '']
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`
console.log(`\n${line(header)}\n${line(widths.map((w) => '-'.repeat(w)))}\n${rows.map(line).join('\n')}`)
process.exit(0)
