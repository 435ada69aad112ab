'use client'
// The shared register of units: type a unified social credit code or part of a unit's name; a registered unit is
// linked as the member (no second registration). A code that is not registered is checked (which character, which
// check digit); an unknown unit is added with the "+" of the field below.
import { useField, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

type Found = { id: number | string; name: string; district: { name: string | null } | null }
type Refusal = { errors?: { data?: { violations?: { message: { zh: string; en: string } }[] } }[] }

/** Eighteen letters and digits: a credit code; anything else is looked up as a name. */
const looksLikeCode = (text: string): boolean => /^[0-9A-Za-z]{18}$/.test(text)

export function MemberUnitPicker() {
  const { value, setValue } = useField<number | string | null>({ path: 'organization' })
  const { i18n } = useTranslation()
  const zh = i18n.language !== 'en'
  const [query, setQuery] = useState('')
  const [found, setFound] = useState<Found[]>([])
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const lookUp = async () => {
    const text = query.trim()
    setBusy(true)
    setMessage(null)
    setFound([])
    const byCode = looksLikeCode(text)
    const url = byCode ? `/api/organizations/by-code/${encodeURIComponent(text.toUpperCase())}` : `/api/organizations/by-name?q=${encodeURIComponent(text)}`
    const response = await fetch(url, { credentials: 'include' })
    const json = (await response.json().catch(() => ({}))) as Refusal & { found?: boolean; organization?: Found; organizations?: Found[]; more?: boolean }
    setBusy(false)
    if (!response.ok) {
      const m = json.errors?.[0]?.data?.violations?.[0]?.message
      return setMessage(m ? (zh ? m.zh : m.en) : zh ? '查找失败，请稍后重试' : 'The lookup failed: try again shortly')
    }
    const units = byCode ? (json.found && json.organization ? [json.organization] : []) : (json.organizations ?? [])
    if (units.length === 0) {
      return setMessage(
        byCode
          ? zh ? '登记册中还没有这个单位：请用下方“单位”栏的“+”登记新单位（填写同一代码）' : 'No unit with this code yet: register it with the "+" of the field below (same code)'
          : zh ? '没有名称含此文字的单位：可改用统一社会信用代码查找，或用下方“单位”栏的“+”登记新单位' : 'No unit has this in its name: try its credit code, or register it with the "+" of the field below',
      )
    }
    setFound(units)
    if (json.more) setMessage(zh ? '只列出前10个：输入更完整的名称可缩小范围' : 'Only the first 10 are listed: type more of the name to narrow it down')
  }

  return (
    <div className="field-type member-unit-picker" style={{ marginBottom: '1rem' }}>
      <label className="field-label" htmlFor="member-credit-code">
        {zh ? '按统一社会信用代码或单位名称查找' : 'Find the unit by its unified social credit code or its name'}
      </label>
      <div style={{ display: 'flex', gap: '0.5rem', alignItems: 'center' }}>
        <input
          id="member-credit-code"
          name="member-credit-code"
          value={query}
          maxLength={60}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault()
              if (query.trim() !== '') void lookUp()
            }
          }}
          placeholder={zh ? '91330200… 或 宁波大学' : '91330200… or a name'}
          style={{ width: '20rem' }}
        />
        <button type="button" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} disabled={busy || query.trim() === ''} onClick={() => void lookUp()} data-lookup-unit>
          {zh ? '查找' : 'Find'}
        </button>
      </div>
      {message && (
        <p role="alert" className="member-unit-picker__message" style={{ color: found.length > 0 ? 'inherit' : 'var(--theme-error-500)' }}>
          {message}
        </p>
      )}
      {found.map((unit) => (
        <p className="member-unit-picker__found" key={unit.id}>
          {zh ? '已登记：' : 'Registered: '}
          <strong>{unit.name}</strong>
          {unit.district?.name ? `（${unit.district.name}）` : ''}{' '}
          {String(value) === String(unit.id) ? (
            <span style={{ color: '#067647' }}>{zh ? '✓ 已选用为本成员单位' : '✓ linked as this member'}</span>
          ) : (
            <button type="button" className="btn btn--style-primary btn--size-small" style={{ margin: 0 }} onClick={() => setValue(unit.id)} data-link-unit={unit.id}>
              {zh ? '选用此单位' : 'Use this unit'}
            </button>
          )}
        </p>
      ))}
    </div>
  )
}
