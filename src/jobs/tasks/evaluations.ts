// The January evaluation calendar, computed from the data and the date (so a missed run catches up):
// - provincial consortia (zj-consortium) file last year's self-evaluation by 31 January (the month and day are
//   figures of the parameter revision governing the consortium on 1 January): from the 1st of that month the
//   evaluation row is opened and the applicants reminded (once: key eval-due:<appId>:<year>); after the deadline
//   the unsubmitted rows are marked overdue and the applicants told (once: key eval-overdue:<appId>:<year>);
// - every other recognised carrier gets its annual evaluation row for last year each January.
// Each application is handled in a transaction of its own: the row and its email commit together.
import type { Payload, PayloadRequest } from 'payload'

import { queueNotification } from '../../email/enqueue'
import { chinaDay } from '../../email/format'
import { selfReportDeadline } from '../../policies/evaluation'
import type { ZjParams } from '../../policies/parameters'
import { revisionForApplication } from '../../workflow/parameters'
import { monthOfDay, yearOfDay } from '../calendar'
import { inTransaction } from '../transaction'

type Id = number | string

export const ACTIVE_CARRIER_STATUSES = ['recognized', 'in-construction', 'under-evaluation'] as const
export const CONSORTIUM_SET = 'zj-consortium'

interface AppRow {
  id: Id
  recognizedOn?: string | null
  policySet?: string | null
  program?: unknown
}

interface EvaluationRow {
  id: Id
  application: Id | { id: Id }
  dueOn?: string | null
  submittedOn?: string | null
  overdue?: boolean | null
}

const idOf = (v: Id | { id: Id }): Id => (typeof v === 'object' ? v.id : v)

/** Active carriers recognised no later than `evalYear` (the year being evaluated). */
async function activeCarriers(payload: Payload, consortia: boolean, evalYear: number): Promise<AppRow[]> {
  const found = await payload.find({
    collection: 'applications',
    where: {
      and: [
        { status: { in: [...ACTIVE_CARRIER_STATUSES] } },
        consortia ? { policySet: { equals: CONSORTIUM_SET } } : { policySet: { not_equals: CONSORTIUM_SET } },
      ],
    },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    sort: 'id',
    select: { recognizedOn: true, policySet: true, program: true },
  })
  return (found.docs as unknown as AppRow[]).filter((app) => {
    const day = chinaDay(app.recognizedOn)
    return day === null || yearOfDay(day) <= evalYear
  })
}

async function findEvaluation(req: PayloadRequest, applicationId: Id, year: number): Promise<EvaluationRow | null> {
  const found = await req.payload.find({
    collection: 'evaluations',
    where: { and: [{ application: { equals: applicationId } }, { year: { equals: year } }, { kind: { equals: 'annual' } }] },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return (found.docs[0] as unknown as EvaluationRow | undefined) ?? null
}

/** Opens (creates) the annual evaluation of `year` for an application if it does not exist yet. */
async function ensureEvaluation(req: PayloadRequest, applicationId: Id, year: number, dueOn: string | null): Promise<{ row: EvaluationRow; created: boolean }> {
  const existing = await findEvaluation(req, applicationId, year)
  if (existing) return { row: existing, created: false }
  const row = (await req.payload.create({
    collection: 'evaluations',
    data: { application: applicationId as number, year, kind: 'annual', ...(dueOn ? { dueOn } : {}) },
    depth: 0,
    overrideAccess: true,
    req,
  })) as unknown as EvaluationRow
  return { row, created: true }
}

export interface EvaluationRunResult {
  today: string
  year: number
  opened: Id[]
  reminded: Id[]
  markedOverdue: Id[]
  errors: { id: Id; error: string }[]
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** The provincial consortia's self-evaluation reminders (January) and overdue notices (after 31 January). */
export async function runConsortiumSelfEvaluations(payload: Payload, today: string): Promise<EvaluationRunResult> {
  const evalYear = yearOfDay(today) - 1
  const result: EvaluationRunResult = { today, year: evalYear, opened: [], reminded: [], markedOverdue: [], errors: [] }
  const apps = await activeCarriers(payload, true, evalYear)

  for (const app of apps) {
    try {
      await inTransaction(payload, async (req) => {
        // The deadline of the revision governing this consortium at the start of the reporting year.
        const revision = await revisionForApplication(req, app, `${evalYear + 1}-01-01`)
        const deadline = selfReportDeadline(evalYear + 1, revision.values as ZjParams)
        if (today >= `${deadline.slice(0, 8)}01` && today <= deadline) {
          const { row, created } = await ensureEvaluation(req, app.id, evalYear, deadline)
          if (created) result.opened.push(app.id)
          if (!row.submittedOn) {
            const queued = await queueNotification(req, {
              template: 'evaluation-due',
              to: { applicantsOf: app.id },
              application: app.id,
              data: { year: evalYear, dueOn: chinaDay(row.dueOn) ?? deadline },
              businessKey: `eval-due:${app.id}:${evalYear}`,
            })
            if (queued?.created) result.reminded.push(app.id)
          }
          return
        }
        const row = await findEvaluation(req, app.id, evalYear)
        if (!row || row.submittedOn || row.overdue) return
        const due = chinaDay(row.dueOn) ?? deadline
        if (!(due < today)) return
        await req.payload.update({ collection: 'evaluations', id: row.id, data: { overdue: true }, depth: 0, overrideAccess: true, req })
        result.markedOverdue.push(app.id)
        await queueNotification(req, {
          template: 'evaluation-overdue',
          to: { applicantsOf: app.id },
          application: app.id,
          data: { year: evalYear, dueOn: due },
          businessKey: `eval-overdue:${app.id}:${evalYear}`,
        })
      })
    } catch (error) {
      result.errors.push({ id: app.id, error: message(error) })
      payload.logger.error({ err: error, msg: `self-evaluation reminder for application ${app.id} failed` })
    }
  }
  return result
}

/** Each January: the annual evaluation rows (last year) of every recognised carrier other than the provincial consortia. */
export async function openAnnualEvaluations(payload: Payload, today: string): Promise<EvaluationRunResult> {
  const evalYear = yearOfDay(today) - 1
  const result: EvaluationRunResult = { today, year: evalYear, opened: [], reminded: [], markedOverdue: [], errors: [] }
  if (monthOfDay(today) !== 1) return result
  for (const app of await activeCarriers(payload, false, evalYear)) {
    try {
      await inTransaction(payload, async (req) => {
        const { created } = await ensureEvaluation(req, app.id, evalYear, null)
        if (created) result.opened.push(app.id)
      })
    } catch (error) {
      result.errors.push({ id: app.id, error: message(error) })
      payload.logger.error({ err: error, msg: `opening the annual evaluation of application ${app.id} failed` })
    }
  }
  return result
}
