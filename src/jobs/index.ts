// Scheduled work on Payload's jobs queue. Each task's cron `schedule` queues it; `autoRun` (started by
// getPayload({ cron: true }) in src/instrumentation.ts or scripts/worker.ts) runs the queues every minute.
// Every task is idempotent by a business key and computes what is due from the data, so a run missed while the
// server was down is caught up by the next one (and queueCatchUp runs the daily tasks once at boot).
import type { Config, Payload, PayloadRequest, TaskConfig } from 'payload'

import { hasRole } from '../access/roles'
import { deliverDue, type DeliveryResult } from '../email/deliver'
import { nowFrom, todayInChina } from './calendar'
import { type EvaluationRunResult, openAnnualEvaluations, runConsortiumSelfEvaluations } from './tasks/evaluations'
import { type CloseNoticesResult, closeEndedNotices } from './tasks/notices'
import { reapStuckJobs, type ReapResult } from './tasks/reaper'
import { failSpreadsheetJob, runSpreadsheetJob } from './tasks/spreadsheets'
import { purgeSpreadsheetJobs, type SpreadsheetCleanupResult } from './tasks/spreadsheet-cleanup'
import { SPREADSHEET_TASK } from '../workflow/spreadsheet-jobs'

export const OUTBOX_QUEUE = 'outbox'
export const DAILY_QUEUE = 'daily'

export const TASKS = {
  deliver: 'deliver-notifications',
  closeNotices: 'close-ended-notices',
  consortiumEvaluations: 'consortium-self-evaluations',
  annualEvaluations: 'open-annual-evaluations',
  reaper: 'reap-stuck-jobs',
  spreadsheetCleanup: 'purge-spreadsheet-jobs',
  spreadsheet: SPREADSHEET_TASK,
} as const

/** The tasks that run once a day and are run once more at every start (catch-up). */
export const DAILY_TASKS = [TASKS.closeNotices, TASKS.consortiumEvaluations, TASKS.annualEvaluations] as const

type Json = Record<string, unknown>
const asJson = <T extends object>(value: T): Json => JSON.parse(JSON.stringify(value)) as Json

const todayInput = [{ name: 'today', type: 'text' as const, admin: { description: 'YYYY-MM-DD (tests); empty: today in China' } }]

const deliverTask: TaskConfig<{ input: { now?: string | null; limit?: number | null }; output: Json }> = {
  slug: TASKS.deliver,
  label: '发送邮件 / Deliver the outbox',
  inputSchema: [
    { name: 'now', type: 'text' },
    { name: 'limit', type: 'number' },
  ],
  // Failures of single emails are the outbox's business (backoff per row); a failing run is simply retried.
  retries: 1,
  schedule: [{ cron: '* * * * *', queue: OUTBOX_QUEUE }],
  handler: async ({ input, req }) => {
    const result: DeliveryResult = await deliverDue(req.payload, { now: nowFrom(input?.now), limit: input?.limit ?? undefined })
    return { output: asJson({ ...result, sentIds: result.sentIds.length > 50 ? result.sentIds.slice(0, 50) : result.sentIds }) }
  },
}

const closeNoticesTask: TaskConfig<{ input: { today?: string | null }; output: Json }> = {
  slug: TASKS.closeNotices,
  label: '结束已到期的公示 / Close ended public notices',
  inputSchema: todayInput,
  retries: 2,
  schedule: [{ cron: '5 0 * * *', queue: DAILY_QUEUE }],
  handler: async ({ input, req }) => {
    const result: CloseNoticesResult = await closeEndedNotices(req.payload, todayInChina(input?.today))
    return { output: asJson(result) }
  },
}

const consortiumEvaluationsTask: TaskConfig<{ input: { today?: string | null }; output: Json }> = {
  slug: TASKS.consortiumEvaluations,
  label: '省创新联合体年度自评提醒 / Consortium self-evaluation reminders',
  inputSchema: todayInput,
  retries: 2,
  schedule: [{ cron: '10 0 * * *', queue: DAILY_QUEUE }],
  handler: async ({ input, req }) => {
    const result: EvaluationRunResult = await runConsortiumSelfEvaluations(req.payload, todayInChina(input?.today))
    return { output: asJson(result) }
  },
}

const annualEvaluationsTask: TaskConfig<{ input: { today?: string | null }; output: Json }> = {
  slug: TASKS.annualEvaluations,
  label: '开启年度评价 / Open annual evaluations',
  inputSchema: todayInput,
  retries: 2,
  schedule: [{ cron: '15 0 * * *', queue: DAILY_QUEUE }],
  handler: async ({ input, req }) => {
    const result: EvaluationRunResult = await openAnnualEvaluations(req.payload, todayInChina(input?.today))
    return { output: asJson(result) }
  },
}

const reaperTask: TaskConfig<{ input: { now?: string | null; olderThanMinutes?: number | null }; output: Json }> = {
  slug: TASKS.reaper,
  label: '释放卡住的任务 / Release stuck jobs',
  inputSchema: [
    { name: 'now', type: 'text' },
    { name: 'olderThanMinutes', type: 'number' },
  ],
  retries: 0,
  schedule: [{ cron: '*/5 * * * *', queue: OUTBOX_QUEUE }],
  handler: async ({ input, req }) => {
    const result: ReapResult = await reapStuckJobs(req.payload, nowFrom(input?.now), input?.olderThanMinutes ?? undefined)
    return { output: asJson(result) }
  },
}

// Not a catch-up task: a cleanup missed while the server was down simply happens the next night.
const spreadsheetCleanupTask: TaskConfig<{ input: { now?: string | null; keepDays?: number | null }; output: Json }> = {
  slug: TASKS.spreadsheetCleanup,
  label: '清理过期的导入导出任务 / Delete old imports and exports',
  inputSchema: [
    { name: 'now', type: 'text' },
    { name: 'keepDays', type: 'number' },
  ],
  retries: 1,
  schedule: [{ cron: '30 3 * * *', queue: DAILY_QUEUE }],
  handler: async ({ input, req }) => {
    const result: SpreadsheetCleanupResult = await purgeSpreadsheetJobs(req.payload, nowFrom(input?.now), input?.keepDays ?? undefined)
    return { output: asJson({ deletedJobs: result.deletedJobs.length, deletedFiles: result.deletedFiles.length }) }
  },
}

// Large imports and exports (queue `spreadsheets`): queued by their endpoints, started at once by the process that
// queued them when it runs jobs, otherwise by the worker or the next autoRun tick.
const SPREADSHEET_RETRIES = 2
const spreadsheetTask: TaskConfig<{ input: { id: string }; output: Json }> = {
  slug: TASKS.spreadsheet,
  label: '导入导出 / Import or export a spreadsheet',
  inputSchema: [{ name: 'id', type: 'text', required: true }],
  retries: SPREADSHEET_RETRIES,
  handler: async ({ input, job, req }) => {
    try {
      return { output: asJson(await runSpreadsheetJob(req.payload, input.id)) }
    } catch (error) {
      if ((job.totalTried ?? 0) >= SPREADSHEET_RETRIES) await failSpreadsheetJob(req.payload, input.id, error).catch(() => undefined)
      throw error
    }
  },
}

const officersOnly = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, 'admin', 'city-officer')

/** False when JOBS_AUTORUN=false (tests, or an app instance that leaves the queues to `npm run worker`). */
export const shouldAutoRun = (): boolean => process.env.JOBS_AUTORUN !== 'false'

export const jobsConfig: Config['jobs'] = {
  tasks: [deliverTask, closeNoticesTask, consortiumEvaluationsTask, annualEvaluationsTask, reaperTask, spreadsheetCleanupTask, spreadsheetTask] as TaskConfig<any>[], // eslint-disable-line @typescript-eslint/no-explicit-any
  // One cron for every queue, so runs in one process never overlap (croner's `protect`); a tick every 10 s leaves
  // ample room (≈1.2 jobs a minute are due).
  autoRun: () => [{ cron: '*/10 * * * * *', allQueues: true, limit: 10, silent: { info: true } }],
  shouldAutoRun: () => shouldAutoRun(),
  // Completed jobs stay visible in the admin with their output; the reaper deletes them after a few days.
  deleteJobOnComplete: false,
  access: { run: officersOnly, queue: officersOnly, cancel: officersOnly },
  jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
    ...defaultJobsCollection,
    labels: { singular: { zh: '后台任务', en: 'Job' }, plural: { zh: '后台任务', en: 'Jobs' } },
    admin: {
      ...defaultJobsCollection.admin,
      group: { zh: '系统', en: 'System' },
      hidden: ({ user }) => !hasRole(user as PayloadRequest['user'], 'admin', 'city-officer'),
    },
    access: {
      ...defaultJobsCollection.access,
      read: ({ req: { user } }) => hasRole(user, 'admin', 'city-officer'),
    },
  }),
}

/**
 * Catch-up at boot: queue each daily task once now (unless one is already waiting), so what fell due while
 * the server was down is done within a minute of the start instead of at the next nightly tick.
 */
export async function queueCatchUp(payload: Payload): Promise<string[]> {
  const queued: string[] = []
  for (const task of DAILY_TASKS) {
    const pending = await payload.count({
      collection: 'payload-jobs',
      where: {
        and: [
          { taskSlug: { equals: task } },
          { queue: { equals: DAILY_QUEUE } },
          { completedAt: { exists: false } },
          { hasError: { not_equals: true } },
          { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than_equal: new Date().toISOString() } }] },
        ],
      },
      overrideAccess: true,
    })
    if (pending.totalDocs > 0) continue
    await payload.jobs.queue({ task, input: {}, queue: DAILY_QUEUE, overrideAccess: true } as Parameters<Payload['jobs']['queue']>[0])
    queued.push(task)
  }
  return queued
}
