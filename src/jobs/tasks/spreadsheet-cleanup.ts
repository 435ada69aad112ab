// Finished imports and exports (spreadsheet-jobs) and their files under DATA_DIR/spreadsheet-jobs are kept for
// SPREADSHEET_JOB_KEEP_DAYS days (30 unless set) after they finished, then deleted: an export holds a copy of the
// applications it listed, and nobody downloads last year's. Jobs still queued or running are never touched.
import { readdir, rm, stat } from 'node:fs/promises'

import type { Payload, Where } from 'payload'

import { jobFile, jobFilesDir, SPREADSHEET_JOBS } from '../../workflow/spreadsheet-jobs'

type Id = number | string

export const DEFAULT_KEEP_DAYS = 30

/** Days to keep a finished job: SPREADSHEET_JOB_KEEP_DAYS, else 30 (a bad value falls back too, said in the log). */
export function spreadsheetJobKeepDays(raw: string | undefined = process.env.SPREADSHEET_JOB_KEEP_DAYS): number {
  if (raw === undefined || raw.trim() === '') return DEFAULT_KEEP_DAYS
  const days = Number(raw)
  return Number.isFinite(days) && days > 0 ? days : DEFAULT_KEEP_DAYS
}

export interface SpreadsheetCleanupResult {
  deletedJobs: Id[]
  deletedFiles: string[]
}

export async function purgeSpreadsheetJobs(payload: Payload, now: Date = new Date(), keepDays = spreadsheetJobKeepDays()): Promise<SpreadsheetCleanupResult> {
  const cutoff = new Date(now.getTime() - keepDays * 86_400_000)
  // Finished before the cutoff; a record without finishedAt (finished by an older version) by its creation.
  const where: Where = {
    and: [
      { status: { in: ['done', 'failed'] } },
      { or: [{ finishedAt: { less_than: cutoff.toISOString() } }, { and: [{ finishedAt: { exists: false } }, { createdAt: { less_than: cutoff.toISOString() } }] }] },
    ],
  }
  const old = await payload.db.find<{ id: Id }>({ collection: SPREADSHEET_JOBS, where, select: { id: true } as never, pagination: false, limit: 0 })
  const deletedJobs = old.docs.map((d) => d.id)
  // The records first (committed), then the files: a file left by a failed delete is caught by the sweep below
  // on the next run, whereas a record whose file went first would offer a download that no longer exists.
  if (deletedJobs.length) await payload.db.deleteMany({ collection: SPREADSHEET_JOBS, where: { id: { in: deletedJobs } } })

  // Every file of a job that no longer has a record (just deleted, or deleted by an administrator), once it is older
  // than the cutoff or its job is one deleted here. A file of a live job, or a fresh one whose record is being
  // written, stays.
  const deletedFiles: string[] = []
  let names: string[] = []
  try {
    names = await readdir(jobFilesDir())
  } catch {
    return { deletedJobs, deletedFiles }
  }
  const justDeleted = new Set(deletedJobs.map(String))
  const owners = new Set(names.map((n) => /^(\d+)-/.exec(n)?.[1]).filter((id): id is string => Boolean(id)))
  const live = new Set<string>()
  if (owners.size) {
    const found = await payload.db.find<{ id: Id }>({ collection: SPREADSHEET_JOBS, where: { id: { in: [...owners].map(Number) } }, select: { id: true } as never, pagination: false, limit: 0 })
    for (const d of found.docs) live.add(String(d.id))
  }
  for (const name of names) {
    const owner = /^(\d+)-/.exec(name)?.[1]
    if (!owner || live.has(owner)) continue
    const file = jobFile(name)
    const modified = justDeleted.has(owner) ? 0 : ((await stat(file).catch(() => null))?.mtime.getTime() ?? 0)
    if (modified >= cutoff.getTime()) continue
    await rm(file, { force: true })
    deletedFiles.push(name)
  }
  if (deletedJobs.length || deletedFiles.length) payload.logger.info({ msg: `deleted ${deletedJobs.length} finished spreadsheet job(s) and ${deletedFiles.length} file(s) older than ${keepDays} days` })
  return { deletedJobs, deletedFiles }
}
