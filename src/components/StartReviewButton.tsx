'use client'
// "开始评审": creates the expert's own review of an assigned application, then opens its score sheet.
import { useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

export function StartReviewButton({ application }: { application: number | string }) {
  const { i18n } = useTranslation()
  const zh = i18n.language !== 'en'
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const start = async () => {
    setBusy(true)
    setError(null)
    const response = await fetch('/api/reviews', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ application, stage: 'expert-review' }),
    })
    const json = (await response.json().catch(() => ({}))) as { doc?: { id: number | string }; errors?: { message?: string }[] }
    if (response.ok && json.doc) {
      window.location.assign(`/admin/collections/reviews/${json.doc.id}`)
      return
    }
    setBusy(false)
    setError(json.errors?.[0]?.message ?? (zh ? '未能开始评审' : 'Could not start the review'))
  }
  return (
    <>
      <button type="button" className="btn btn--style-primary btn--size-small" data-start-review={application} disabled={busy} onClick={() => void start()} style={{ margin: 0 }}>
        {zh ? '开始评审' : 'Start the review'}
      </button>
      {error && <div role="alert" style={{ color: 'var(--theme-error-500)', whiteSpace: 'pre-line' }}>{error}</div>}
    </>
  )
}
