'use client'
// Members from a spreadsheet: download the template, upload the filled-in sheet; all rows or none, and every
// bad row named (the server's per-row report is shown as a list).
import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

export function ImportMembers() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const zh = i18n.language !== 'en'
  const [busy, setBusy] = useState(false)
  const [problems, setProblems] = useState<string[]>([])
  const [done, setDone] = useState<string | null>(null)
  if (!id) return <p>{zh ? '保存申报后即可导入成员单位。' : 'Save the application first, then import its members.'}</p>
  const half = (m: string) => {
    const parts = m.split(' / ')
    return parts.length < 2 ? m : zh ? parts[0]! : parts.slice(1).join(' / ')
  }
  const upload = async (file: File) => {
    setBusy(true)
    setProblems([])
    setDone(null)
    const form = new FormData()
    form.append('file', file)
    const response = await fetch(`/api/members/import?application=${id}`, { method: 'POST', credentials: 'include', body: form })
    const json = (await response.json().catch(() => ({}))) as { created?: number; message?: string; errors?: { message?: string }[] }
    setBusy(false)
    if (!response.ok) return setProblems((json.errors ?? [{ message: String(response.status) }]).map((e) => half(e.message ?? '')))
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
          {busy ? (zh ? '正在导入…' : 'Importing…') : zh ? '选择表格并导入' : 'Choose a sheet and import'}
          <input
            type="file"
            name="members-sheet"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            disabled={busy}
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
      {problems.length > 0 && (
        <div role="alert" className="import-members__problems" style={{ color: 'var(--theme-error-500)' }}>
          <p style={{ margin: '0.5rem 0 0' }}>{zh ? '未导入任何数据，请修改以下各行后重新上传：' : 'Nothing was imported. Correct these rows and upload again:'}</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}
