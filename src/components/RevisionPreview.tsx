'use client'
// 影响预览: which current applications, payments and project quotas would newly fail or pass if this draft were
// published. Reads the saved draft (save first), from GET /api/policy-revisions/:id/preview.
import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

type Row = {
  kind: 'application' | 'payment' | 'quota'
  collection: string
  id: number | string
  title: string
  day: string
  before: { revision: string; failing: string[] }
  newlyFailing: string[]
  newlyPassing: string[]
  titles: Record<string, { zh: string; en: string }>
}
type Preview = { revision: { label: string }; checked: Record<Row['kind'], number>; rows: Row[] }

const KIND = { application: { zh: '申报', en: 'Application' }, payment: { zh: '拨付', en: 'Payment' }, quota: { zh: '项目限额', en: 'Project quota' } }
const day = (d: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d)
  return m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` : d
}

export function RevisionPreview() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const zh = i18n.language !== 'en'
  const [preview, setPreview] = useState<Preview | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  if (id === undefined || id === null) {
    return <p style={{ color: 'var(--theme-elevation-600)' }}>{zh ? '保存草稿后可预览影响' : 'Save the draft to preview its effect'}</p>
  }
  const run = async () => {
    setBusy(true)
    setError(null)
    const response = await fetch(`/api/policy-revisions/${id}/preview`, { credentials: 'include' })
    const json = (await response.json().catch(() => ({}))) as Preview & { errors?: { message?: string }[] }
    setBusy(false)
    if (!response.ok) return setError(json.errors?.[0]?.message ?? (zh ? '无法预览' : 'Could not preview'))
    setPreview(json)
  }
  return (
    <div className="revision-preview" style={{ margin: '1rem 0' }}>
      <h4>{zh ? '影响预览' : 'Preview'}</h4>
      <button type="button" className="btn btn--style-secondary btn--size-small" data-preview-revision disabled={busy} onClick={() => void run()} style={{ margin: 0 }}>
        {busy ? (zh ? '正在计算…' : 'Computing…') : zh ? '预览影响（按已保存的草稿）' : 'Preview the effect (saved draft)'}
      </button>
      {error && <div role="alert" style={{ color: 'var(--theme-error-500)', whiteSpace: 'pre-line' }}>{error}</div>}
      {preview && (
        <div data-preview-result>
          <p>
            {zh
              ? `已核对：申报 ${preview.checked.application} 件、拨付 ${preview.checked.payment} 笔、项目 ${preview.checked.quota} 个；结果变化的记录 ${preview.rows.length} 条`
              : `Checked: ${preview.checked.application} applications, ${preview.checked.payment} payments, ${preview.checked.quota} projects; ${preview.rows.length} change outcome`}
          </p>
          {preview.rows.length > 0 && (
            <table style={{ width: '100%', fontSize: '0.85rem' }}>
              <thead>
                <tr>
                  <th style={{ textAlign: 'left' }}>{zh ? '类别' : 'Kind'}</th>
                  <th style={{ textAlign: 'left' }}>{zh ? '记录' : 'Record'}</th>
                  <th style={{ textAlign: 'left' }}>{zh ? '适用日期' : 'Day'}</th>
                  <th style={{ textAlign: 'left' }}>{zh ? '现依据' : 'Now under'}</th>
                  <th style={{ textAlign: 'left' }}>{zh ? '变化' : 'Change'}</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((r) => (
                  <tr key={`${r.collection}-${r.id}`} data-preview-row={`${r.collection}:${r.id}`} data-rules={[...r.newlyFailing, ...r.newlyPassing].join(' ')}>
                    <td>{KIND[r.kind][zh ? 'zh' : 'en']}</td>
                    <td>
                      <a href={`/admin/collections/${r.collection}/${r.id}`}>{r.title}</a>
                    </td>
                    <td>{day(r.day)}</td>
                    <td>{r.before.revision}</td>
                    <td>
                      {r.newlyFailing.length > 0 && <div style={{ color: 'var(--theme-error-500)' }}>{zh ? '新增不符合：' : 'Newly fails: '}{r.newlyFailing.map((id) => r.titles[id]?.[zh ? 'zh' : 'en'] ?? id).join(zh ? '；' : '; ')}</div>}
                      {r.newlyPassing.length > 0 && <div style={{ color: 'var(--theme-success-500)' }}>{zh ? '转为符合：' : 'Newly passes: '}{r.newlyPassing.map((id) => r.titles[id]?.[zh ? 'zh' : 'en'] ?? id).join(zh ? '；' : '; ')}</div>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </div>
  )
}
