// The spreadsheet job: one large members import or list export (src/workflow/spreadsheet-jobs.ts). The record
// carries the progress and the result; the task only dispatches. A run that throws (a busy database, a crash) is
// retried and resumes after the last committed chunk.
import type { Payload } from 'payload'

import { runExportJob } from '../../workflow/export'
import { runMemberImportJob } from '../../workflow/import-members'
import { finishSpreadsheetJob, SPREADSHEET_JOBS, type SpreadsheetJobDoc } from '../../workflow/spreadsheet-jobs'

export async function runSpreadsheetJob(payload: Payload, id: string | number): Promise<{ status: string }> {
  const job = (await payload.findByID({ collection: SPREADSHEET_JOBS, id, depth: 0, overrideAccess: true, disableErrors: true })) as unknown as SpreadsheetJobDoc | null
  if (!job) return { status: 'missing' }
  if (job.status === 'done' || job.status === 'failed') return { status: job.status }
  if (job.kind === 'import-members') await runMemberImportJob(payload, job)
  else if (job.kind === 'export') await runExportJob(payload, job)
  else await finishSpreadsheetJob(payload, job.id, { status: 'failed', message: '未知的任务类型 / unknown job kind' })
  const after = (await payload.findByID({ collection: SPREADSHEET_JOBS, id, depth: 0, overrideAccess: true, disableErrors: true })) as unknown as SpreadsheetJobDoc | null
  return { status: after?.status ?? 'missing' }
}

/** After the last retry: the person sees "failed" with the reason instead of a job stuck at "running". */
export async function failSpreadsheetJob(payload: Payload, id: string | number, error: unknown): Promise<void> {
  const message = error instanceof Error ? error.message.slice(0, 300) : String(error).slice(0, 300)
  await finishSpreadsheetJob(payload, id, { status: 'failed', message: `处理失败，请稍后重试 / the job failed, please try again later (${message})` })
}
