'use client'
// A relationship column of an admin list. Payload's own cell reads "‹没有 申报批次›" until the row scrolls into view
// and the title arrives, so a list that has every programme filled in first says it has none. Here a filled cell
// reads "…" until its title is loaded (asked at once, through the list's shared loader: one request per collection
// for the page), and only a truly empty one reads "—".
import { useConfig, useListRelationships, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useMemo } from 'react'

type Id = number | string
type Value = { relationTo: string; value: Id }

/** Payload's cell shows at most three related titles, then "and N more". */
const SHOWN = 3

const EMPTY = (
  <span className="cell-empty" aria-label="无 / none" style={{ color: 'var(--theme-elevation-400)' }}>
    —
  </span>
)

function valuesOf(cellData: unknown, relationTo: unknown): Value[] {
  const list = Array.isArray(cellData) ? cellData : cellData === null || cellData === undefined || cellData === '' ? [] : [cellData]
  const values: Value[] = []
  for (const item of list) {
    if (item && typeof item === 'object' && 'relationTo' in item && 'value' in item) {
      const { relationTo: to, value } = item as { relationTo: string; value: unknown }
      const id = value && typeof value === 'object' ? (value as { id?: Id }).id : (value as Id)
      if (id !== undefined && id !== null) values.push({ relationTo: to, value: id })
    } else if (item && typeof item === 'object' && 'id' in item && typeof relationTo === 'string') values.push({ relationTo, value: (item as { id: Id }).id })
    else if ((typeof item === 'number' || typeof item === 'string') && typeof relationTo === 'string') values.push({ relationTo, value: item })
  }
  return values
}

export function RelationshipCell({ cellData, field }: { cellData?: unknown; field?: { relationTo?: unknown } }) {
  const { documents, getRelationships } = useListRelationships()
  const { getEntityConfig } = useConfig()
  const { i18n } = useTranslation()
  const all = useMemo(() => valuesOf(cellData, field?.relationTo), [cellData, field?.relationTo])
  const shown = all.slice(0, SHOWN)
  const key = shown.map((v) => `${v.relationTo}:${v.value}`).join(',')

  useEffect(() => {
    // Ask only for what nobody asked for yet: asking again would load a loaded title a second time.
    const missing = shown.filter((v) => documents?.[v.relationTo]?.[v.value] === undefined)
    if (missing.length > 0) getRelationships?.(missing)
    // Keyed on `key` (what `shown` holds): `documents` changes with every title loaded and must not ask again.
  }, [key, getRelationships])

  if (all.length === 0) return EMPTY
  const en = i18n.language === 'en'
  const parts = shown.map((v) => {
    const doc = documents?.[v.relationTo]?.[v.value] as Record<string, unknown> | false | null | undefined
    if (doc === undefined || doc === null) return { key: `${v.relationTo}:${v.value}`, text: '…', loading: true }
    // Not found, or not readable by this user: its number, never a made-up "none".
    if (doc === false) return { key: `${v.relationTo}:${v.value}`, text: `#${v.value}`, loading: false }
    const titleField = getEntityConfig({ collectionSlug: v.relationTo })?.admin?.useAsTitle ?? 'id'
    const title = doc[titleField]
    return { key: `${v.relationTo}:${v.value}`, text: typeof title === 'string' || typeof title === 'number' ? String(title) : `#${v.value}`, loading: false }
  })
  const more = all.length - shown.length
  const loading = parts.some((p) => p.loading)
  return (
    <span className="relationship-cell" data-loading={loading ? 'true' : undefined} aria-busy={loading || undefined}>
      {parts.map((p, i) => (
        <React.Fragment key={p.key}>
          {i > 0 && (en ? ', ' : '、')}
          {p.loading ? <span aria-label={en ? 'loading' : '加载中'}>…</span> : p.text}
        </React.Fragment>
      ))}
      {more > 0 && (en ? ` and ${more} more` : ` 等${all.length}项`)}
    </span>
  )
}
