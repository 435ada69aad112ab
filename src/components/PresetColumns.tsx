'use client'
// A saved filter's columns (显示列) and filter (筛选条件), as an officer reads them: by the list's column labels, in
// the admin's language. Payload's own field names the computed columns by their keys (nextStep, daysWaiting: it
// labels only stored fields), and its cells print the keys as English words ("next Step", "No where query").
import { getTranslation } from '@payloadcms/translations'
import { FieldLabel, PillSelector, useConfig, useField, useTranslation } from '@payloadcms/ui'
import type { ClientField } from 'payload'
import { flattenTopLevelFields } from 'payload/shared'
import React, { useCallback, useMemo } from 'react'

interface Column {
  accessor: string
  active: boolean
}

/** The label of each column of a collection's list, by accessor, in the admin's language. */
function useColumnLabels(collectionSlug: unknown): { labels: Map<string, string>; defaults: string[] } {
  const { getEntityConfig } = useConfig()
  const { i18n } = useTranslation()
  return useMemo(() => {
    const collection = typeof collectionSlug === 'string' ? getEntityConfig({ collectionSlug }) : null
    const labels = new Map<string, string>()
    if (!collection) return { labels, defaults: [] }
    const fields = flattenTopLevelFields(collection.fields as ClientField[], { i18n, keepPresentationalFields: true, moveSubFieldsToTop: true }) as (ClientField & { accessor?: string; name?: string; label?: unknown })[]
    for (const field of fields) {
      const accessor = field.accessor ?? field.name
      const label = field.label ? getTranslation(field.label as never, i18n) : ''
      if (accessor && typeof label === 'string' && label) labels.set(accessor, label)
    }
    return { labels, defaults: (collection.admin?.defaultColumns as string[] | undefined) ?? [] }
  }, [collectionSlug, getEntityConfig, i18n])
}

const columnsOf = (value: unknown): Column[] =>
  Array.isArray(value) ? value.filter((c): c is Column => Boolean(c) && typeof c === 'object' && typeof (c as Column).accessor === 'string') : []

/** The preset form's 显示列: a pill per column, on or off, named as the list names it. */
export function PresetColumnsField({ field: { label, required } }: { field: { label?: unknown; required?: boolean } }) {
  const { path, setValue, value } = useField<Column[] | null>()
  const { value: relatedCollection } = useField<string>({ path: 'relatedCollection' })
  const { i18n } = useTranslation()
  const { labels, defaults } = useColumnLabels(relatedCollection)
  // A preset saved without columns shows the list's default ones.
  const columns = useMemo(() => {
    const saved = columnsOf(value)
    return saved.length ? saved : defaults.map((accessor) => ({ accessor, active: true }))
  }, [value, defaults])
  const onClick = useCallback(
    ({ pill }: { pill: { name: string } }) => setValue(columns.map((c) => (c.accessor === pill.name ? { ...c, active: !c.active } : c))),
    [columns, setValue],
  )
  const zh = i18n.language !== 'en'
  return (
    <div className="field-type query-preset-columns-field">
      <FieldLabel as="h3" label={label as never} path={path} required={required} />
      {columns.length ? (
        <PillSelector
          onClick={onClick}
          pills={columns.filter((c) => labels.has(c.accessor)).map((c) => ({ name: c.accessor, Label: labels.get(c.accessor), selected: c.active }))}
        />
      ) : (
        <p className="query-preset-columns-field__hint">{zh ? '此列表没有可选的列' : 'This list has no columns to choose from'}</p>
      )}
    </div>
  )
}

/** The presets list's 显示列 cell: the shown columns' labels (the list's default ones when it saved none). */
export function PresetColumnsCell({ cellData, rowData }: { cellData?: unknown; rowData?: { relatedCollection?: unknown } }) {
  const { i18n } = useTranslation()
  const { labels, defaults } = useColumnLabels(rowData?.relatedCollection)
  const en = i18n.language === 'en'
  const saved = columnsOf(cellData)
  const shown = (saved.length ? saved.filter((c) => c.active).map((c) => c.accessor) : defaults).filter((a) => labels.has(a))
  const names = shown.map((a) => labels.get(a)).join(en ? ', ' : '、')
  return <span>{saved.length ? names : en ? `${names} (default)` : `${names}（默认）`}</span>
}

/** How many conditions a where holds (each field condition once, however deep in and/or). */
function countConditions(where: unknown): number {
  if (!where || typeof where !== 'object') return 0
  let count = 0
  for (const [key, value] of Object.entries(where as Record<string, unknown>)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) count += value.reduce((n: number, part) => n + countConditions(part), 0)
    else count += 1
  }
  return count
}

/** The presets list's 筛选条件 cell: how many conditions it applies (their fields and values are in the preset). */
export function PresetWhereCell({ cellData }: { cellData?: unknown }) {
  const { i18n } = useTranslation()
  const n = countConditions(cellData)
  const en = i18n.language === 'en'
  if (!n) return <span>{en ? 'No conditions' : '无筛选条件'}</span>
  return <span>{en ? `${n} condition${n === 1 ? '' : 's'}` : `${n} 个条件`}</span>
}
