import type { CollectionAfterChangeHook, FlattenedField } from 'payload'

import { chinaDay, formatDay } from '../email/format'
import { formatWan } from '../policies/money'
import { writeAudit } from './audit'
import { idOf } from './relations'

type Label = string | Record<string, string> | undefined | false | ((...args: never[]) => unknown)

const zhOf = (label: Label, fallback: string): string =>
  typeof label === 'string' ? label : label && typeof label === 'object' && 'zh' in label ? String(label.zh) : fallback

/**
 * A stored value reduced to what it means: relationships as their ids (never the populated record, which may
 * hold emails, phones or sessions), dates as China's calendar day, empty as null.
 */
function normalise(field: FlattenedField | undefined, value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null
  if (!field) return value
  if (field.type === 'relationship' || field.type === 'upload') {
    if (Array.isArray(value)) return value.map((v) => String(idOf(v))).sort()
    return String(idOf(value))
  }
  if (field.type === 'date') return chinaDay(value as string)
  if (Array.isArray(value)) return value.map((row) => (row && typeof row === 'object' ? Object.fromEntries(Object.entries(row).filter(([k]) => k !== 'id')) : row))
  return value
}

/** The value as a person reads it in the trail (option labels, dates as 2026年11月23日, money in 万元). */
function display(field: FlattenedField | undefined, value: unknown): string {
  if (value === null) return '（空）'
  if (field?.type === 'date') return formatDay(value as string, 'zh')
  if (field?.type === 'select') {
    const option = field.options.find((o) => (typeof o === 'string' ? o : o.value) === value)
    return option && typeof option === 'object' ? zhOf(option.label as Label, String(value)) : String(value)
  }
  if (field?.type === 'relationship' || field?.type === 'upload') return Array.isArray(value) ? `${value.length} 项（#${value.join('、#')}）` : `#${String(value)}`
  if (field?.type === 'number' && typeof value === 'number' && /（元）/.test(zhOf(field.label as Label, ''))) return formatWan(value)
  if (field?.type === 'checkbox') return value ? '是' : '否'
  if (typeof value === 'object') return '（已修改）'
  return String(value).slice(0, 80)
}

/**
 * Records creation and every real change of the watched fields, in plain Chinese, with the actor's snapshot.
 * Transitions and corrections write their own entry (context.transition), so their writes are not repeated here.
 */
export const auditChanges =
  (fields: string[], options: { leadIsSelf?: boolean } = {}): CollectionAfterChangeHook =>
  async ({ collection, doc, previousDoc, operation, req, context }) => {
    if (context?.transition || context?.seed) return doc
    const byName = new Map(collection.flattenedFields.map((f) => [f.name, f]))
    const changes: Record<string, { from: unknown; to: unknown }> = {}
    for (const name of fields) {
      const field = byName.get(name)
      const before = operation === 'create' ? null : normalise(field, previousDoc?.[name])
      const after = normalise(field, doc[name])
      if (JSON.stringify(before) !== JSON.stringify(after)) changes[name] = { from: before, to: after }
    }
    if (Object.keys(changes).length === 0) return doc
    const application = collection.slug === 'applications' ? doc.id : idOf(doc.application)
    const what = zhOf(collection.labels?.singular as Label, collection.slug)
    const title = doc.title ?? doc.name ?? doc.reference ?? `#${doc.id}`
    const parts = Object.entries(changes).map(([name, c]) => {
      const field = byName.get(name)
      const label = zhOf(field && 'label' in field ? (field.label as Label) : undefined, name)
      return operation === 'create' ? `${label}：${display(field, c.to)}` : `${label}：${display(field, c.from)} → ${display(field, c.to)}`
    })
    await writeAudit(req, {
      action: operation === 'create' ? 'create' : 'change',
      collectionSlug: collection.slug,
      docId: doc.id,
      application,
      lead: options.leadIsSelf ? doc.id : doc.lead,
      district: doc.district,
      changes,
      summary: `${operation === 'create' ? '新建' : '修改'}${what}“${String(title).slice(0, 60)}”：${parts.join('；')}`.slice(0, 500),
    })
    return doc
  }
