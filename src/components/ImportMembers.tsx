'use client'
// Members from a spreadsheet: download the template, upload the filled-in sheet. Every row is checked first: a
// sheet with mistakes imports nothing and every bad row is named. A small sheet is imported at once (all or none);
// a large one in the background, with its progress here and a per-row result file to download.
import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

import { JobProgress, type JobState } from './SpreadsheetJobStatus'

const SHOWN_PROBLEMS = 30

export function ImportMembers() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const zh = i18n.language !== 'en'
  const [busy, setBusy] = useState(false)
  const [problems, setProblems] = useState<string[]>([])
  const [done, setDone] = useState<string | null>(null)
  const [jobId, setJobId] = useState<number | string | null>(null)
  const [finished, setFinished] = useState<JobState | null>(null)
  if (!id) return <p>{zh ? '保存申报后即可导入成员单位。' : 'Save the application first, then import its members.'}</p>
  const half = (m: string) => {
    const parts = m.split(' / ')
    return parts.length < 2 ? m : zh ? parts[0]! : parts.slice(1).join(' / ')
  }
  const upload = async (file: File) => {
    setBusy(true)
    setProblems([])
    setDone(null)
    setJobId(null)
    setFinished(null)
    const form = new FormData()
    form.append('file', file)
    const response = await fetch(`/api/members/import?application=${id}`, { method: 'POST', credentials: 'include', body: form })
    const json = (await response.json().catch(() => ({}))) as { created?: number; skipped?: number; job?: { id: number | string }; errors?: { message?: string }[] }
    setBusy(false)
    if (!response.ok) return setProblems((json.errors ?? [{ message: String(response.status) }]).map((e) => half(e.message ?? '')))
    if (response.status === 202 && json.job) return setJobId(json.job.id)
    setDone(zh ? `已导入 ${json.created ?? 0} 个成员单位` : `Imported ${json.created ?? 0} member units`)
    window.location.reload()
  }
  return (
    <div className="import-members" style={{ border: '1px dashed var(--theme-elevation-250)', padding: '0.75rem', marginBottom: '1rem', borderRadius: 4 }}>
      <strong>{zh ? '从表格导入成员单位' : 'Import member units from a spreadsheet'}</strong>
      <div style={{ display: 'flex', gap: '1rem', alignItems: 'center', marginTop: '0.5rem', flexWrap: 'wrap' }}>
        <a href="/api/members/import-template" download className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} data-download-template>
          {zh ? '下载模板（.xlsx）' : 'Download the template (.xlsx)'}
        </a>
        <label className="btn btn--style-primary btn--size-small" style={{ margin: 0 }}>
          {busy ? (zh ? '正在上传并检查…' : 'Uploading and checking…') : zh ? '选择表格并导入' : 'Choose a sheet and import'}
          <input
            type="file"
            name="members-sheet"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            disabled={busy || (jobId !== null && finished === null)}
            style={{ display: 'none' }}
            onChange={(e) => {
              const file = e.target.files?.[0]
              e.target.value = ''
              if (file) void upload(file)
            }}
          />
        </label>
      </div>
      {done && <p className="import-members__done" style={{ color: '#067647' }}>{done}</p>}
      {jobId !== null && (
        <div className="import-members__job">
          <p style={{ margin: '0.5rem 0 0' }}>
            {zh ? '表格已通过检查，正在后台导入（可离开本页，进度见“导入导出任务”）。' : 'The sheet passed the checks and is being imported in the background (you may leave; see “Imports and exports”).'}
          </p>
          <JobProgress id={jobId} onFinished={setFinished} />
          {finished && (
            <button type="button" className="btn btn--style-secondary btn--size-small" style={{ margin: '0.5rem 0 0' }} onClick={() => window.location.reload()} data-import-reload>
              {zh ? '刷新以查看成员单位' : 'Reload to see the member units'}
            </button>
          )}
        </div>
      )}
      {problems.length > 0 && (
        <div role="alert" className="import-members__problems" style={{ color: 'var(--theme-error-500)' }}>
          <p style={{ margin: '0.5rem 0 0' }}>{zh ? `未导入任何数据，请修改以下各行后重新上传（共 ${problems.length} 处）：` : `Nothing was imported. Correct these rows and upload again (${problems.length} in all):`}</p>
          <ul>
            {problems.slice(0, SHOWN_PROBLEMS).map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          {problems.length > SHOWN_PROBLEMS && <p>{zh ? `……另有 ${problems.length - SHOWN_PROBLEMS} 处` : `… and ${problems.length - SHOWN_PROBLEMS} more`}</p>}
        </div>
      )}
    </div>
  )
}
