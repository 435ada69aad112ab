'use client'
// Payload's json and code fields edit in Monaco, which it loads from a public CDN: on an intranet it never
// renders. This shows the value as plain text; only an administrator may edit it (as JSON in a textarea).
import { FieldLabel, useAuth, useField, useTranslation } from '@payloadcms/ui'
import type { ClientField } from 'payload'
import React, { useState } from 'react'

const show = (value: unknown): string => (typeof value === 'string' ? value : value === null || value === undefined ? '' : JSON.stringify(value, null, 2))

export function PlainJsonField({ field, path, readOnly }: { field: ClientField & { type?: string; label?: unknown }; path?: string; readOnly?: boolean }) {
  const fieldPath = path ?? (field as { name: string }).name
  const { value, setValue } = useField<unknown>({ path: fieldPath })
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const zh = i18n.language !== 'en'
  const [draft, setDraft] = useState<string | null>(null)
  const [invalid, setInvalid] = useState(false)
  const isCode = field.type === 'code'
  const editable = !readOnly && (user as { role?: string } | null)?.role === 'admin'
  const text = show(value)

  return (
    <div className="field-type plain-json-field" style={{ marginBottom: '1.5rem' }}>
      <FieldLabel label={(field as { label?: never }).label} path={fieldPath} />
      {editable ? (
        <>
          <textarea
            name={fieldPath}
            rows={Math.min(20, Math.max(4, (draft ?? text).split('\n').length + 1))}
            value={draft ?? text}
            onChange={(e) => {
              setDraft(e.target.value)
              if (isCode) return setValue(e.target.value)
              try {
                setValue(e.target.value.trim() === '' ? null : JSON.parse(e.target.value))
                setInvalid(false)
              } catch {
                setInvalid(true)
              }
            }}
            style={{ width: '100%', fontFamily: 'monospace' }}
          />
          {invalid && <p role="alert" style={{ color: 'var(--theme-error-500)' }}>{zh ? '不是有效的 JSON，未采用' : 'Not valid JSON; not applied'}</p>}
        </>
      ) : text === '' ? (
        <p style={{ color: 'var(--theme-elevation-500)' }}>{zh ? '（空）' : '(empty)'}</p>
      ) : (
        <pre style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', background: 'var(--theme-elevation-50)', padding: '0.75rem', maxHeight: '24rem', overflow: 'auto' }}>{text}</pre>
      )}
    </div>
  )
}
