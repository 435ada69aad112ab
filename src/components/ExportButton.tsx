'use client'
// "导出 Excel" above an admin list: downloads what the list shows — its filters, search and visible columns. A
// selection larger than the server's inline limit is exported by a background job: the button starts it and shows
// its progress and, when done, the file to download (also kept under 导入导出任务).
import { useListQuery, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

import { appendNested } from '../lib/query-string'
import { JobProgress } from './SpreadsheetJobStatus'

export function exportHref(slug: string, query: { where?: unknown; search?: unknown; columns?: unknown } | undefined): string {
  const params = new URLSearchParams()
  if (query?.where) appendNested(params, 'where', query.where)
  if (typeof query?.search === 'string' && query.search) params.set('search', query.search)
  if (Array.isArray(query?.columns) && query.columns.length > 0) params.set('columns', JSON.stringify(query.columns))
  const search = params.toString()
  return `/api/${slug}/export/xlsx${search ? `?${search}` : ''}`
}

export function ExportButton({ slug, inlineLimit = 500 }: { slug: string; inlineLimit?: number }) {
  const { query, data } = useListQuery()
  const { i18n } = useTranslation()
  const zh = i18n.language !== 'en'
  const [jobId, setJobId] = useState<number | string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const total = data?.totalDocs ?? 0
  const redirected = typeof window !== 'undefined' && new URLSearchParams(window.location.search).get('export') === 'background'
  const big = total > inlineLimit
  const start = async () => {
    setBusy(true)
    setProblem(null)
    const body = { where: query?.where, search: query?.search, columns: query?.columns }
    const response = await fetch(`/api/${slug}/export/xlsx`, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
    const json = (await response.json().catch(() => ({}))) as { job?: { id: number | string }; errors?: { message?: string }[] }
    setBusy(false)
    if (response.status !== 202 || !json.job) {
      const m = json.errors?.[0]?.message ?? String(response.status)
      return setProblem(m.split(' / ')[zh ? 0 : 1] ?? m)
    }
    setJobId(json.job.id)
  }
  return (
    <div className="list-export" style={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-end', margin: '0 0 0.75rem' }}>
      {big ? (
        <button type="button" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} data-export={slug} data-export-mode="job" disabled={busy || jobId !== null} onClick={() => void start()}>
          {zh ? `后台导出 Excel（${total} 条，当前筛选与列）` : `Export ${total} rows to Excel in the background (current filters and columns)`}
        </button>
      ) : (
        <a className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} href={exportHref(slug, query)} data-export={slug} download>
          {zh ? '导出 Excel（当前筛选与列）' : 'Export to Excel (current filters and columns)'}
        </a>
      )}
      {big && redirected && jobId === null && (
        <p className="list-export__hint" style={{ margin: '0.25rem 0 0' }}>
          {zh ? '所选记录较多，请点击上方按钮在后台生成，完成后即可下载。' : 'Many rows are selected: use the button above to export them in the background, then download the file.'}
        </p>
      )}
      {problem && <p role="alert" style={{ color: 'var(--theme-error-500)', margin: '0.25rem 0 0' }}>{problem}</p>}
      {jobId !== null && (
        <div style={{ minWidth: 320 }}>
          <JobProgress id={jobId} />
        </div>
      )}
    </div>
  )
}
