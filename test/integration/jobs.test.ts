// The bureau's calendar on Payload's jobs queue, with a real Payload and a real SMTP server on loopback:
// January reminders (once per consortium), February overdue notices, annual evaluations, notice periods that
// ended while the server was down, catch-up at boot, the stuck-job reaper, and the jobs configuration.
import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { deliverDue } from '../../src/email/deliver'
import { DAILY_QUEUE, DAILY_TASKS, jobsConfig, queueCatchUp, shouldAutoRun, TASKS } from '../../src/jobs'
import { todayInChina } from '../../src/jobs/calendar'
import { selectEndedNotices } from '../../src/jobs/tasks/notices'
import { reapStuckJobs } from '../../src/jobs/tasks/reaper'
import { withCheckChar } from '../../src/lib/credit-code'
import { startPayload, type TestContext } from '../helpers/payload'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp'

type Id = number | string

let ctx: TestContext
let payload: Payload
let smtp: TestSmtpServer
let orgSeq = 100
const uniq = () => `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`

const programs: Record<string, Id> = {}

async function carrier(policySet: string, status: string, extra: Record<string, unknown> = {}) {
  const n = orgSeq++
  const org = await payload.create({
    collection: 'organizations',
    data: { name: `测试单位${n}`, creditCode: withCheckChar(`91330200MA2H${String(n).padStart(5, '0')}`), kind: 'enterprise' } as never,
    overrideAccess: true,
  })
  const user = await payload.create({
    collection: 'users',
    data: { email: `applicant-${uniq()}@example.cn`, password: 'Passw0rd!Passw0rd', name: `联系人${n}`, role: 'applicant', organization: org.id, language: 'zh' } as never,
    overrideAccess: true,
  })
  const app = await payload.create({
    collection: 'applications',
    data: { title: `载体${n}`, program: programs[policySet], lead: org.id, status, ...extra } as never,
    overrideAccess: true,
    context: { seed: true },
  })
  return { id: app.id as Id, email: (user as { email: string }).email }
}

const runTask = async (task: string, input: Record<string, unknown>) => {
  await payload.jobs.queue({ task, input, queue: DAILY_QUEUE } as Parameters<Payload['jobs']['queue']>[0])
  await payload.jobs.run({ queue: DAILY_QUEUE, sequential: true })
}

/** Runs one task as a job and returns the output it logged. */
const runTaskOutput = async (task: string, input: Record<string, unknown>): Promise<Record<string, unknown>> => {
  const job = await payload.jobs.queue({ task, input, queue: DAILY_QUEUE } as Parameters<Payload['jobs']['queue']>[0])
  await payload.jobs.runByID({ id: job.id })
  const done = await payload.findByID({ collection: 'payload-jobs', id: job.id, overrideAccess: true })
  expect(done.completedAt).toBeTruthy()
  const entry = (done.log ?? []).find((l) => l.taskSlug === task && l.state === 'succeeded')
  return (entry?.output ?? {}) as Record<string, unknown>
}

const evaluations = async (appIds: Id[]) =>
  (await payload.find({ collection: 'evaluations', where: { application: { in: appIds } }, limit: 0, pagination: false, depth: 0, overrideAccess: true })).docs

beforeAll(async () => {
  process.env.JOBS_AUTORUN = 'false'
  smtp = await startSmtpServer()
  smtp.useInEnv()
  ctx = await startPayload()
  payload = ctx.payload
  for (const [policySet, carrierKind] of [['zj-consortium', 'consortium'], ['nb-tic-2022', 'tic'], ['cx-complex', 'complex']] as const) {
    const p = await payload.create({
      collection: 'programs',
      data: { title: `${policySet} 批次`, year: 2024, policySet, carrierKind, opensOn: '2024-01-01', closesOn: '2024-12-31' } as never,
      overrideAccess: true,
    })
    programs[policySet] = p.id
  }
})

afterAll(async () => {
  await ctx?.close()
  await smtp?.stop()
})

beforeEach(() => smtp.clear())

describe('January self-evaluation reminders for provincial consortia', () => {
  let a: { id: Id; email: string }
  let b: { id: Id; email: string }
  let draft: { id: Id; email: string }
  let tic: { id: Id; email: string }
  let late: { id: Id; email: string }

  beforeAll(async () => {
    a = await carrier('zj-consortium', 'recognized', { recognizedOn: '2024-06-01' })
    b = await carrier('zj-consortium', 'in-construction', { recognizedOn: '2025-03-01' })
    draft = await carrier('zj-consortium', 'draft')
    tic = await carrier('nb-tic-2022', 'recognized', { recognizedOn: '2024-05-01' })
    // recognised in 2026: nothing to report on 2025
    late = await carrier('zj-consortium', 'recognized', { recognizedOn: '2026-01-01' })
  })

  it('opens last year’s evaluation and reminds each active consortium once, however often it runs', async () => {
    await runTask(TASKS.consortiumEvaluations, { today: '2026-01-02' })
    await runTask(TASKS.consortiumEvaluations, { today: '2026-01-02' })
    await runTask(TASKS.consortiumEvaluations, { today: '2026-01-15' })
    await deliverDue(payload)
    await deliverDue(payload)

    expect(smtp.messages).toHaveLength(2)
    expect(smtp.messages.map((m) => m.to[0]).sort()).toEqual([a.email, b.email].sort())
    for (const m of smtp.messages) {
      expect(m.subject).toContain('2025年度自评报告')
      expect(m.subject).toContain('2026年1月31日')
    }
    const rows = await evaluations([a.id, b.id, draft.id, tic.id, late.id])
    expect(rows.map((r) => String(r.application)).sort()).toEqual([String(a.id), String(b.id)].sort())
    for (const r of rows) {
      expect(r).toMatchObject({ year: 2025, kind: 'annual' })
      expect(String(r.dueOn).slice(0, 10)).toBe('2026-01-31')
    }
    const keys = (await payload.find({ collection: 'notifications', where: { businessKey: { like: 'eval-due:' } }, limit: 0, overrideAccess: true })).docs.map((d) => d.businessKey)
    expect(keys.sort()).toEqual([`eval-due:${a.id}:2025`, `eval-due:${b.id}:2025`].sort())
  })

  it('in February marks the unsubmitted ones overdue and tells them once', async () => {
    const [rowA] = (await evaluations([a.id])) as { id: Id }[]
    await payload.update({ collection: 'evaluations', id: rowA!.id, data: { submittedOn: '2026-01-20' } as never, overrideAccess: true })

    await runTask(TASKS.consortiumEvaluations, { today: '2026-01-31' })
    expect((await evaluations([b.id]))[0]?.overdue ?? false).toBe(false)

    await runTask(TASKS.consortiumEvaluations, { today: '2026-02-01' })
    await runTask(TASKS.consortiumEvaluations, { today: '2026-02-02' })
    await deliverDue(payload)
    expect(smtp.messages).toHaveLength(1)
    expect(smtp.messages[0]!.to).toEqual([b.email])
    expect(smtp.messages[0]!.subject).toContain('逾期未报')
    expect((await evaluations([b.id]))[0]).toMatchObject({ overdue: true })
    expect((await evaluations([a.id]))[0]?.overdue ?? false).toBe(false)
  })

  it('opens the annual evaluations of the other recognised carriers each January, once', async () => {
    const cx = await carrier('cx-complex', 'under-evaluation', { recognizedOn: '2023-09-01' })
    await runTask(TASKS.annualEvaluations, { today: '2026-03-01' })
    expect(await evaluations([tic.id, cx.id])).toHaveLength(0)
    await runTask(TASKS.annualEvaluations, { today: '2026-01-03' })
    await runTask(TASKS.annualEvaluations, { today: '2026-01-04' })
    const rows = await evaluations([tic.id, cx.id, a.id, b.id, draft.id])
    const opened = rows.filter((r) => [String(tic.id), String(cx.id)].includes(String(r.application)))
    expect(opened).toHaveLength(2)
    expect(opened.every((r) => r.year === 2025 && r.kind === 'annual')).toBe(true)
    // consortia are left to their own task: still exactly one row each
    expect(rows.filter((r) => String(r.application) === String(a.id))).toHaveLength(1)
    expect(rows.filter((r) => String(r.application) === String(draft.id))).toHaveLength(0)
  })
})

describe('public notice periods', () => {
  it('selects exactly the notices that ended before today, e.g. while the server was down, and the task closes those', async () => {
    const ended = await carrier('zj-consortium', 'public-notice', { noticeStartsOn: '2026-03-02', noticeEndsOn: '2026-03-09' })
    // stored as midnight in China (what the admin's date picker writes)
    const endedShanghai = await carrier('zj-consortium', 'public-notice', { noticeStartsOn: '2026-03-02', noticeEndsOn: '2026-03-09T16:00:00.000Z' })
    const endsToday = await carrier('zj-consortium', 'public-notice', { noticeStartsOn: '2026-03-03', noticeEndsOn: '2026-03-12' })
    const running = await carrier('zj-consortium', 'public-notice', { noticeStartsOn: '2026-03-10', noticeEndsOn: '2026-03-17' })
    const notInNotice = await carrier('zj-consortium', 'recognized', { noticeStartsOn: '2026-01-01', noticeEndsOn: '2026-01-08' })

    const selected = (await selectEndedNotices(payload, '2026-03-12')).map(String)
    expect(selected.sort()).toEqual([String(ended.id), String(endedShanghai.id)].sort())
    expect(selected).not.toContain(String(endsToday.id))
    expect(selected).not.toContain(String(running.id))
    expect(selected).not.toContain(String(notInNotice.id))

    // The task closes exactly those: the closing date is recorded, the others are untouched.
    const output = await runTaskOutput(TASKS.closeNotices, { today: '2026-03-12' })
    expect((output.selected as Id[]).map(String).sort()).toEqual([String(ended.id), String(endedShanghai.id)].sort())
    expect((output.closed as Id[]).map(String).sort()).toEqual([String(ended.id), String(endedShanghai.id)].sort())
    expect(output.errors).toEqual([])
    const closedOn = async (id: Id) => (await payload.findByID({ collection: 'applications', id, overrideAccess: true })).noticeClosedOn?.slice(0, 10) ?? null
    expect(await closedOn(ended.id)).toBe('2026-03-12')
    expect(await closedOn(running.id)).toBeNull()
    expect(await closedOn(endsToday.id)).toBeNull()
    // Run again (a second start, or two workers): nothing more happens.
    const again = await runTaskOutput(TASKS.closeNotices, { today: '2026-03-12' })
    expect(again.closed).toEqual([])
  })
})

describe('catch-up, reaper and configuration', () => {
  it('queues each daily task once at boot, so what fell due during downtime runs at the next start', async () => {
    await payload.delete({ collection: 'payload-jobs', where: { queue: { equals: DAILY_QUEUE } }, overrideAccess: true })
    expect((await queueCatchUp(payload)).sort()).toEqual([...DAILY_TASKS].sort())
    expect(await queueCatchUp(payload)).toEqual([])
    const pending = await payload.find({ collection: 'payload-jobs', where: { queue: { equals: DAILY_QUEUE } }, limit: 0, overrideAccess: true })
    expect(pending.docs.map((j) => j.taskSlug).sort()).toEqual([...DAILY_TASKS].sort())
    await payload.jobs.run({ queue: DAILY_QUEUE, sequential: true })
    const left = await payload.find({ collection: 'payload-jobs', where: { and: [{ queue: { equals: DAILY_QUEUE } }, { hasError: { equals: true } }] }, limit: 0, overrideAccess: true })
    expect(left.docs).toHaveLength(0)
  })

  it('releases jobs stuck in processing (a crashed runner) so they run again', async () => {
    const job = await payload.jobs.queue({ task: TASKS.deliver, input: {}, queue: 'outbox' })
    const old = new Date(Date.now() - 60 * 60_000).toISOString()
    await payload.db.updateOne({ collection: 'payload-jobs', id: job.id, data: { processing: true, updatedAt: old } })
    const fresh = await payload.jobs.queue({ task: TASKS.deliver, input: {}, queue: 'outbox' })
    await payload.db.updateOne({ collection: 'payload-jobs', id: fresh.id, data: { processing: true } })

    const reaped = await reapStuckJobs(payload)
    expect(reaped.releasedJobs.map(String)).toEqual([String(job.id)])
    const after = await payload.findByID({ collection: 'payload-jobs', id: job.id, overrideAccess: true })
    expect(after.processing).toBe(false)
    expect((await payload.findByID({ collection: 'payload-jobs', id: fresh.id, overrideAccess: true })).processing).toBe(true)
    await payload.jobs.run({ queue: 'outbox', sequential: true })
    expect((await payload.findByID({ collection: 'payload-jobs', id: job.id, overrideAccess: true })).completedAt).toBeTruthy()
    await payload.db.updateOne({ collection: 'payload-jobs', id: fresh.id, data: { processing: false } })
    // Completed jobs are purged after a few days.
    const purged = await reapStuckJobs(payload, new Date(Date.now() + 4 * 86_400_000))
    expect(purged.purgedCompletedJobs).toBeGreaterThan(0)
    await expect(payload.findByID({ collection: 'payload-jobs', id: job.id, overrideAccess: true })).rejects.toThrow()
  })

  it('schedules every task on a cron (but the on-demand spreadsheet job), runs the queues by autoRun, and stops when JOBS_AUTORUN=false', async () => {
    const tasks = jobsConfig!.tasks!
    expect(tasks.map((t) => t.slug).sort()).toEqual(Object.values(TASKS).sort())
    for (const t of tasks) expect(Boolean(t.schedule?.[0]?.cron), t.slug).toBe(t.slug !== TASKS.spreadsheet)
    expect(tasks.find((t) => t.slug === TASKS.deliver)!.schedule![0]).toEqual({ cron: '* * * * *', queue: 'outbox' })
    const autoRun = typeof jobsConfig!.autoRun === 'function' ? await jobsConfig!.autoRun(payload) : jobsConfig!.autoRun!
    expect(autoRun[0]).toMatchObject({ allQueues: true })
    process.env.JOBS_AUTORUN = 'false'
    expect(shouldAutoRun()).toBe(false)
    expect(await jobsConfig!.shouldAutoRun!(payload)).toBe(false)
    process.env.JOBS_AUTORUN = 'true'
    expect(shouldAutoRun()).toBe(true)
    process.env.JOBS_AUTORUN = 'false'
  })

  it('keeps the jobs and the runner to city officers', async () => {
    const applicant = await payload.create({
      collection: 'users',
      data: { email: `a-${uniq()}@example.cn`, password: 'Passw0rd!Passw0rd', name: 'x', role: 'expert' } as never,
      overrideAccess: true,
    })
    const officer = await payload.create({
      collection: 'users',
      data: { email: `o-${uniq()}@example.cn`, password: 'Passw0rd!Passw0rd', name: 'y', role: 'city-officer' } as never,
      overrideAccess: true,
    })
    await payload.jobs.queue({ task: TASKS.reaper, input: {}, queue: 'outbox' })
    await expect(payload.find({ collection: 'payload-jobs', user: applicant, overrideAccess: false })).rejects.toThrow()
    expect((await payload.find({ collection: 'payload-jobs', user: officer, overrideAccess: false })).totalDocs).toBeGreaterThan(0)
    const { createLocalReq } = await import('payload')
    const req = await createLocalReq({ user: { ...applicant, collection: 'users' } as never }, payload)
    await expect(payload.jobs.run({ req, overrideAccess: false, queue: 'outbox' })).rejects.toThrow()
  })

  it('tells the date in China', () => {
    expect(todayInChina(undefined, new Date('2026-01-31T16:30:00.000Z'))).toBe('2026-02-01')
    expect(todayInChina('2026-01-02')).toBe('2026-01-02')
  })
})
