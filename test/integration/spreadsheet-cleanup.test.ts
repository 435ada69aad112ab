// Finished imports and exports are deleted after SPREADSHEET_JOB_KEEP_DAYS days, with their files; running or recent
// ones and their files stay; files left without a record are swept once old. Run as the scheduled task.
import { mkdirSync, mkdtempSync, existsSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DAILY_QUEUE, jobsConfig, TASKS } from '../../src/jobs'
import { purgeSpreadsheetJobs, spreadsheetJobKeepDays } from '../../src/jobs/tasks/spreadsheet-cleanup'
import { startPayload, type TestContext } from '../helpers/payload'

type Id = number | string
let ctx: TestContext
let payload: Payload
let dataDir: string
const previousDataDir = process.env.DATA_DIR
const DAY = 86_400_000
const now = new Date('2026-11-23T04:00:00Z')
const daysAgo = (n: number) => new Date(now.getTime() - n * DAY)

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'carriers-cleanup-'))
  process.env.DATA_DIR = dataDir
  mkdirSync(path.join(dataDir, 'spreadsheet-jobs'), { recursive: true })
  ctx = await startPayload()
  payload = ctx.payload
})
afterAll(async () => {
  await ctx?.close()
  if (previousDataDir === undefined) delete process.env.DATA_DIR
  else process.env.DATA_DIR = previousDataDir
  rmSync(dataDir, { recursive: true, force: true })
})

const file = (name: string) => path.join(dataDir, 'spreadsheet-jobs', name)
async function job(status: string, finishedDaysAgo: number | null, withFiles = true): Promise<Id> {
  const doc = await payload.create({
    collection: 'spreadsheet-jobs',
    data: { title: '导出', kind: 'export', status, ...(finishedDaysAgo === null ? {} : { finishedAt: daysAgo(finishedDaysAgo).toISOString() }) } as never,
    overrideAccess: true,
  })
  if (withFiles) {
    writeFileSync(file(`${doc.id}-export.xlsx`), 'x')
    writeFileSync(file(`${doc.id}-input.json`), '{}')
    await payload.update({ collection: 'spreadsheet-jobs', id: doc.id, data: { resultFile: `${doc.id}-export.xlsx` } as never, overrideAccess: true })
  }
  return doc.id
}
const exists = async (id: Id) => (await payload.count({ collection: 'spreadsheet-jobs', where: { id: { equals: id } }, overrideAccess: true })).totalDocs === 1

describe('spreadsheet job cleanup', () => {
  it('reads the keep period from SPREADSHEET_JOB_KEEP_DAYS (30 by default or when not a positive number)', () => {
    expect(spreadsheetJobKeepDays(undefined)).toBe(30)
    expect(spreadsheetJobKeepDays('7')).toBe(7)
    expect(spreadsheetJobKeepDays('0')).toBe(30)
    expect(spreadsheetJobKeepDays('abc')).toBe(30)
  })

  it('is a scheduled task', () => {
    const task = (jobsConfig!.tasks ?? []).find((t) => t.slug === TASKS.spreadsheetCleanup)
    expect(task?.schedule?.[0]?.cron).toBeTruthy()
  })

  it('deletes finished jobs older than the keep period and their files; keeps the rest', async () => {
    const oldDone = await job('done', 40)
    const oldFailed = await job('failed', 31)
    const recentDone = await job('done', 5)
    const running = await job('running', null)
    const queuedOld = await job('queued', null)
    // A file whose record an administrator deleted: swept once old; a fresh one (a record being written) stays.
    writeFileSync(file('999999-export.xlsx'), 'x')
    utimesSync(file('999999-export.xlsx'), daysAgo(40), daysAgo(40))
    writeFileSync(file('999998-input.json'), '{}')
    writeFileSync(file('notes.txt'), 'not a job file')

    const result = await purgeSpreadsheetJobs(payload, now, 30)

    expect(result.deletedJobs.map(String).sort()).toEqual([String(oldDone), String(oldFailed)].sort())
    expect(await exists(oldDone)).toBe(false)
    expect(await exists(oldFailed)).toBe(false)
    for (const id of [recentDone, running, queuedOld]) expect(await exists(id)).toBe(true)
    for (const id of [oldDone, oldFailed]) {
      expect(existsSync(file(`${id}-export.xlsx`))).toBe(false)
      expect(existsSync(file(`${id}-input.json`))).toBe(false)
    }
    for (const id of [recentDone, running, queuedOld]) expect(existsSync(file(`${id}-export.xlsx`))).toBe(true)
    expect(existsSync(file('999999-export.xlsx'))).toBe(false)
    expect(existsSync(file('999998-input.json'))).toBe(true)
    expect(existsSync(file('notes.txt'))).toBe(true)

    // Nothing more to do the second time.
    expect(await purgeSpreadsheetJobs(payload, now, 30)).toEqual({ deletedJobs: [], deletedFiles: [] })
  })

  it('runs as the queued task with its own keep period', async () => {
    const doneTenDaysAgo = await job('done', 10)
    const queued = await payload.jobs.queue({ task: TASKS.spreadsheetCleanup, input: { now: now.toISOString(), keepDays: 7 }, queue: DAILY_QUEUE } as Parameters<Payload['jobs']['queue']>[0])
    await payload.jobs.runByID({ id: queued.id })
    const done = await payload.findByID({ collection: 'payload-jobs', id: queued.id, overrideAccess: true })
    expect(done.completedAt).toBeTruthy()
    expect(await exists(doneTenDaysAgo)).toBe(false)
    expect(existsSync(file(`${doneTenDaysAgo}-export.xlsx`))).toBe(false)
  })
})
