// Large imports and exports run as jobs (queue `spreadsheets`, task `spreadsheet-job`), not in the request: the
// request validates, writes a `spreadsheet-jobs` record (the user's progress and result) and its input under
// DATA_DIR/spreadsheet-jobs, queues the job and answers 202. The job runs in this process at once (when this
// process runs jobs), else in `npm run worker`, else at the next autoRun tick of any app process.
//
// Exactly one runner works a record: it claims the record with a token (one UPDATE … WHERE, re-read), and every
// write chunk re-checks the token inside its own transaction, so a second runner (another process, a retry, the
// reaper's release) stops instead of importing a row twice.
import { randomUUID } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import type { CollectionSlug, Endpoint, Payload, PayloadRequest, TypedUser } from 'payload'
import { createLocalReq } from 'payload'

import { dataDir } from '../../config/env'
import { errorResponse, platform, platformError } from '../lib/errors'

export const SPREADSHEET_QUEUE = 'spreadsheets'
export const SPREADSHEET_TASK = 'spreadsheet-job'
export const SPREADSHEET_JOBS = 'spreadsheet-jobs' as CollectionSlug

/** A record whose runner has not written for this long may be claimed by another (its process died). */
export const STALE_CLAIM_MS = 10 * 60_000

type Id = number | string

export interface SpreadsheetJobDoc {
  id: Id
  kind: 'import-members' | 'export'
  status: 'queued' | 'running' | 'done' | 'failed'
  owner: Id | { id: Id }
  target?: string | null
  application?: Id | { id: Id } | null
  total?: number | null
  processed?: number | null
  created?: number | null
  skipped?: number | null
  failed?: number | null
  params?: Record<string, unknown> | null
  failures?: RowFailure[] | null
  maxHoldMs?: number | null
  claimToken?: string | null
  resultFile?: string | null
  resultName?: string | null
}

export interface RowFailure {
  row: number
  name?: string
  creditCode?: string
  reason: string
}

export const jobFilesDir = (): string => path.join(dataDir(), 'spreadsheet-jobs')
export const jobFile = (name: string): string => path.join(jobFilesDir(), path.basename(name))
export const inputFileOf = (id: Id): string => jobFile(`${id}-input.json`)

/** This process runs jobs (not a web process that leaves them to `npm run worker`, nor a test that runs them by hand). */
export const runsJobsInProcess = (): boolean => process.env.JOBS_AUTORUN !== 'false' && process.env.JOBS_IN_PROCESS !== 'false'

const idOf = (v: unknown): Id | null => (v && typeof v === 'object' ? ((v as { id?: Id }).id ?? null) : ((v as Id | null) ?? null))

export interface StartArgs {
  kind: SpreadsheetJobDoc['kind']
  owner: Id
  title: string
  target?: string
  application?: Id
  total?: number
  params?: Record<string, unknown>
  /** Written to DATA_DIR/spreadsheet-jobs/<id>-input.json before the job is queued. */
  input?: unknown
}

/** Records the job (committed before the answer), queues it and, when this process runs jobs, starts it now. */
export async function startSpreadsheetJob(payload: Payload, args: StartArgs): Promise<SpreadsheetJobDoc> {
  const doc = (await payload.create({
    collection: SPREADSHEET_JOBS,
    data: {
      title: args.title,
      kind: args.kind,
      status: 'queued',
      owner: args.owner,
      target: args.target,
      application: args.application,
      total: args.total,
      processed: 0,
      params: args.params,
    } as never,
    overrideAccess: true,
  })) as unknown as SpreadsheetJobDoc
  if (args.input !== undefined) {
    await mkdir(jobFilesDir(), { recursive: true })
    await writeFile(inputFileOf(doc.id), JSON.stringify(args.input))
  }
  const job = await payload.jobs.queue({ task: SPREADSHEET_TASK, input: { id: String(doc.id) }, queue: SPREADSHEET_QUEUE, overrideAccess: true } as unknown as Parameters<Payload['jobs']['queue']>[0])
  if (runsJobsInProcess()) {
    // Not awaited: the answer goes out now; the job's progress is on the record.
    setImmediate(() => {
      payload.jobs.runByID({ id: job.id, overrideAccess: true }).catch((error: unknown) => payload.logger.error({ err: error, msg: `spreadsheet job ${doc.id} failed to start` }))
    })
  }
  return doc
}

/** Claims the record for this runner; null when another runner holds it or it is finished. */
export async function claimSpreadsheetJob(payload: Payload, id: Id): Promise<string | null> {
  const token = randomUUID()
  const now = new Date()
  await payload.db.updateOne({
    collection: SPREADSHEET_JOBS,
    where: {
      and: [
        { id: { equals: id } },
        { status: { in: ['queued', 'running'] } },
        { or: [{ claimToken: { exists: false } }, { updatedAt: { less_than: new Date(now.getTime() - STALE_CLAIM_MS).toISOString() } }] },
      ],
    },
    data: { claimToken: token, status: 'running', updatedAt: now.toISOString() },
    returning: false,
  })
  const row = (await payload.db.findOne({ collection: SPREADSHEET_JOBS, where: { id: { equals: id } } })) as SpreadsheetJobDoc | null
  if (row?.claimToken !== token) return null
  if (!(row as { startedAt?: string }).startedAt) await updateSpreadsheetJob(payload, id, { startedAt: now.toISOString() })
  return token
}

/**
 * Runs `fn` holding the record's claim. A run that throws gives the claim back, so the queue's retry (or the next
 * run after the reaper releases the job) can take it and resume after the last committed chunk.
 */
export async function withClaim(payload: Payload, id: Id, fn: (token: string) => Promise<void>): Promise<void> {
  const token = await claimSpreadsheetJob(payload, id)
  if (!token) return
  try {
    await fn(token)
  } catch (error) {
    await payload.db
      .updateOne({ collection: SPREADSHEET_JOBS, where: { and: [{ id: { equals: id } }, { claimToken: { equals: token } }] }, data: { claimToken: null }, returning: false })
      .catch(() => undefined)
    throw error
  }
}

/** Inside a chunk's transaction: touches the record if (and only if) this runner still holds it. */
export async function stillClaimed(payload: Payload, id: Id, token: string, req: PayloadRequest): Promise<boolean> {
  await payload.db.updateOne({
    collection: SPREADSHEET_JOBS,
    where: { and: [{ id: { equals: id } }, { claimToken: { equals: token } }] },
    data: { updatedAt: new Date().toISOString() },
    req,
    returning: false,
  })
  const row = (await payload.db.findOne({ collection: SPREADSHEET_JOBS, where: { id: { equals: id } }, req })) as SpreadsheetJobDoc | null
  return row?.claimToken === token
}

export async function updateSpreadsheetJob(payload: Payload, id: Id, data: Record<string, unknown>, req?: PayloadRequest): Promise<void> {
  await payload.db.updateOne({ collection: SPREADSHEET_JOBS, id, data: { ...data, updatedAt: new Date().toISOString() }, req, returning: false })
}

export async function finishSpreadsheetJob(payload: Payload, id: Id, data: Record<string, unknown> & { status: 'done' | 'failed' }): Promise<void> {
  await updateSpreadsheetJob(payload, id, { ...data, claimToken: null, finishedAt: new Date().toISOString() })
  await rm(inputFileOf(id), { force: true })
}

/** The person who started the job, as a request user: the job works with that person's access, never more. */
export async function requestAs(payload: Payload, job: SpreadsheetJobDoc): Promise<PayloadRequest> {
  const user = await payload.findByID({ collection: 'users', id: idOf(job.owner)!, depth: 0, overrideAccess: true })
  return createLocalReq({ user: { ...user, collection: 'users' } as unknown as TypedUser }, payload)
}

export const applicationOf = (job: SpreadsheetJobDoc): Id | null => idOf(job.application)

/** Gives the queued writers their turn between two chunks (SQLite runs statements on this thread). */
export const breathe = (ms = 25): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** GET /api/spreadsheet-jobs/:id/result: the result file, to the person who started the job (and administrators). */
export const spreadsheetJobResultEndpoint: Endpoint = {
  path: '/:id/result',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return errorResponse(401, [platformError(401)])
    const id = String(req.routeParams?.id ?? '')
    if (!/^[1-9]\d{0,15}$/.test(id)) return errorResponse(404, [platformError(404)])
    const found = await req.payload.find({ collection: SPREADSHEET_JOBS, where: { id: { equals: id } }, limit: 1, depth: 0, overrideAccess: false, user: req.user, req })
    const job = found.docs[0] as unknown as SpreadsheetJobDoc | undefined
    if (!job) return errorResponse(404, [platformError(404)])
    const file = job.resultFile ? jobFile(job.resultFile) : null
    const size = file ? await stat(file).then((s) => s.size, () => null) : null
    if (!file || size === null) {
      return errorResponse(404, [platform('spreadsheet-job.no-result', '该任务尚无结果文件（仍在处理或已失败）', 'This job has no result file yet (still running, or it failed).')])
    }
    const name = job.resultName ?? path.basename(file)
    return new Response(Readable.toWeb(createReadStream(file)) as unknown as ReadableStream, {
      headers: {
        'Content-Type': XLSX,
        'Content-Length': String(size),
        'Content-Disposition': `attachment; filename="result-${job.id}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      },
    })
  },
}

export async function readJobInput<T>(id: Id): Promise<T> {
  return JSON.parse(await readFile(inputFileOf(id), 'utf8')) as T
}

/** A day for file names, in China's time zone: 20261123. */
export const dayStamp = (d = new Date()): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d).replaceAll('-', '')
