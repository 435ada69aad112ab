'use client'
// The progress of one import/export job (a `spreadsheet-jobs` record): 排队中 → 进行中 n / N → 已完成 with the
// result file to download, or 失败 with the reason. Polls the record, which only its owner (and admins) can read.
import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

export interface JobState {
  id: number | string
  status: 'queued' | 'running' | 'done' | 'failed'
  total?: number | null
  processed?: number | null
  created?: number | null
  skipped?: number | null
  failed?: number | null
  message?: string | null
  resultFile?: string | null
}

const half = (m: string, zh: boolean) => {
  const parts = m.split(' / ')
  return parts.length < 2 ? m : zh ? parts[0]! : parts.slice(1).join(' / ')
}

export function JobProgress({ id, onFinished }: { id: number | string; onFinished?: (job: JobState) => void }) {
  const { i18n } = useTranslation()
  const zh = i18n.language !== 'en'
  const [job, setJob] = useState<JobState | null>(null)
  useEffect(() => {
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const poll = async () => {
      const response = await fetch(`/api/spreadsheet-jobs/${id}?depth=0`, { credentials: 'include' }).catch(() => null)
      const next = response?.ok ? ((await response.json()) as JobState) : null
      if (stopped) return
      if (next) setJob(next)
      if (next && (next.status === 'done' || next.status === 'failed')) {
        onFinished?.(next)
        return
      }
      timer = setTimeout(() => void poll(), 1000)
    }
    void poll()
    return () => {
      stopped = true
      if (timer) clearTimeout(timer)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id])
  const total = job?.total ?? 0
  const processed = job?.processed ?? 0
  const percent = total > 0 ? Math.min(100, Math.round((processed / total) * 100)) : 0
  const status = job?.status ?? 'queued'
  const label =
    status === 'queued'
      ? zh ? '排队中…' : 'Queued…'
      : status === 'running'
        ? zh ? `进行中：${processed} / ${total}` : `Running: ${processed} of ${total}`
        : status === 'done'
          ? zh ? '已完成' : 'Done'
          : zh ? '失败' : 'Failed'
  return (
    <div className="spreadsheet-job" data-job-status={status} data-job-id={String(id)} style={{ marginTop: '0.5rem' }}>
      <div role="status" aria-live="polite" className="spreadsheet-job__label">{label}</div>
      <progress max={100} value={status === 'done' ? 100 : percent} style={{ width: '100%', maxWidth: 420 }} aria-label={label} />
      {job?.message && <p className="spreadsheet-job__message" style={{ margin: '0.25rem 0' }}>{half(job.message, zh)}</p>}
      {job?.resultFile && (
        <a className="btn btn--style-secondary btn--size-small spreadsheet-job__download" style={{ margin: 0 }} href={`/api/spreadsheet-jobs/${id}/result`} download data-job-result>
          {zh ? '下载结果（Excel）' : 'Download the result (Excel)'}
        </a>
      )}
    </div>
  )
}

/** The record's own edit view: the same progress and download. */
export function SpreadsheetJobField() {
  const { id } = useDocumentInfo()
  if (!id) return null
  return <JobProgress id={id} />
}
