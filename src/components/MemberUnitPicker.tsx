'use client'
// The shared register of units: type a unified social credit code; if the unit is registered, link it as the
// member (no second registration); if not, the code is checked (which character, which check digit) and the
// unit can be added with the "+" of the field below.
import { useField, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

type Found = { id: number | string; name: string; district: { name: string | null } | null }

export function MemberUnitPicker() {
  const { value, setValue } = useField<number | string | null>({ path: 'organization' })
  const { i18n } = useTranslation()
  const zh = i18n.language !== 'en'
  const [code, setCode] = useState('')
  const [found, setFound] = useState<Found | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const lookUp = async () => {
    setBusy(true)
    setMessage(null)
    setFound(null)
    const response = await fetch(`/api/organizations/by-code/${encodeURIComponent(code.trim().toUpperCase())}`, { credentials: 'include' })
    const json = (await response.json().catch(() => ({}))) as { found?: boolean; organization?: Found; errors?: { data?: { message?: { zh: string; en: string } }; message?: string }[] }
    setBusy(false)
    if (!response.ok) {
      const m = json.errors?.[0]?.data?.message
      return setMessage(m ? (zh ? m.zh : m.en) : (json.errors?.[0]?.message ?? String(response.status)))
    }
    if (!json.found || !json.organization) {
      return setMessage(zh ? '登记册中还没有这个单位：请用下方“单位”栏的“+”登记新单位（填写同一代码）' : 'No unit with this code yet: register it with the "+" of the field below (same code)')
    }
    setFound(json.organization)
  }

  return (
    <div className="field-type member-unit-picker" style={{ marginBottom: '1rem' }}>
      <label className="field-label" htmlFor="member-credit-code">
        {zh ? '按统一社会信用代码查找单位' : 'Find the unit by its unified social credit code'}
      </label>
      <div style={{ display: 'flex', gap: '0.5rem', alignItems: 'center' }}>
        <input id="member-credit-code" name="member-credit-code" value={code} maxLength={18} onChange={(e) => setCode(e.target.value)} placeholder="91330200…" style={{ width: '16rem', fontFamily: 'monospace' }} />
        <button type="button" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} disabled={busy || code.trim() === ''} onClick={() => void lookUp()} data-lookup-unit>
          {zh ? '查找' : 'Find'}
        </button>
      </div>
      {message && (
        <p role="alert" className="member-unit-picker__message" style={{ color: 'var(--theme-error-500)' }}>
          {message}
        </p>
      )}
      {found && (
        <p className="member-unit-picker__found">
          {zh ? '已登记：' : 'Registered: '}
          <strong>{found.name}</strong>
          {found.district?.name ? `（${found.district.name}）` : ''}{' '}
          {String(value) === String(found.id) ? (
            <span style={{ color: '#067647' }}>{zh ? '✓ 已选用为本成员单位' : '✓ linked as this member'}</span>
          ) : (
            <button type="button" className="btn btn--style-primary btn--size-small" style={{ margin: 0 }} onClick={() => setValue(found.id)} data-link-unit={found.id}>
              {zh ? '选用此单位' : 'Use this unit'}
            </button>
          )}
        </p>
      )}
    </div>
  )
}
