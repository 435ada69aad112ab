// A client can tell when a field it sent would be ignored: a create or update made for a user (REST, or the Local
// API with overrideAccess: false) that sends a key the collection does not have, a number as text ("100"), or a
// field the user may not set is refused with 400 in the one error shape, naming the field by its label — instead of
// Payload's silent dropping (unknown keys, fields denied by field access) or coercion ("100" → 100).
//
// The admin's edit form submits every field it shows, read-only ones included (reduceFieldsToValues in
// @payloadcms/ui's Form): a field the user may not change is therefore accepted when it carries the value already
// stored (or, on create, its default or nothing). A field the user may not even read is refused whenever it is sent,
// (empty counts as nothing sent), so the comparison cannot be used to guess a hidden value. The check runs only once the user's collection-level
// access to the record is established; without it Payload refuses (403/404) exactly as before.
import type { CollectionBeforeOperationHook, CollectionSlug, FlattenedField, PayloadRequest, Where } from 'payload'

import { numberProblem } from '../fields/strict-inputs'
import { validationError } from './violations'
import type { ViolationOut } from '../lib/errors'
import { platform } from '../lib/errors'

type Data = Record<string, unknown>
type Problem = { path: string; zh: string; en: string; rule: string }

/** Keys Payload itself reads from a body besides the fields: the auth form's passwords. */
const AUTH_KEYS = new Set(['password', 'confirm-password', 'collection', '_strategy'])

const isObject = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date)

function labelOf(field: FlattenedField): { zh: string; en: string } {
  const label = (field as { label?: unknown }).label
  if (isObject(label)) {
    const zh = typeof label.zh === 'string' ? label.zh : field.name
    return { zh, en: typeof label.en === 'string' ? label.en : zh }
  }
  if (typeof label === 'string') return { zh: label, en: label }
  return { zh: field.name, en: field.name }
}

const join = (parent: { zh: string; en: string } | null, own: { zh: string; en: string }) =>
  parent ? { zh: `${parent.zh} · ${own.zh}`, en: `${parent.en} · ${own.en}` } : own

const DAY = /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})$/

/**
 * What a value means, for "is this the stored value?": empty is empty (null, '', [], {}, false), a relationship is
 * its id, a date is its instant, numbers and ids compare as text, array rows and objects key by key. Generous on
 * purpose: calling an echo "the same" only lets Payload drop it as before; calling it "changed" would break the form.
 */
export function meaning(value: unknown): unknown {
  if (value === null || value === undefined || value === '' || value === false) return undefined
  if (value instanceof Date) return String(value.getTime())
  if (typeof value === 'string') return DAY.test(value) && !Number.isNaN(Date.parse(value)) ? String(Date.parse(value)) : value.trim() || undefined
  if (typeof value === 'number' || typeof value === 'bigint') return String(value)
  if (Array.isArray(value)) {
    const rows = value.map(meaning).filter((v) => v !== undefined)
    return rows.length > 0 ? rows : undefined
  }
  if (isObject(value)) {
    if ('relationTo' in value && 'value' in value) return `${String(value.relationTo)}:${String(meaning(isObject(value.value) ? value.value.id : value.value))}`
    // A populated document stands for its id.
    if ('id' in value && ('createdAt' in value || 'updatedAt' in value)) return meaning(value.id)
    const out: Data = {}
    for (const key of Object.keys(value).sort()) {
      if (key === 'id') continue
      const v = meaning(value[key])
      if (v !== undefined) out[key] = v
    }
    return Object.keys(out).length > 0 ? out : undefined
  }
  return value
}

const same = (a: unknown, b: unknown) => JSON.stringify(meaning(a)) === JSON.stringify(meaning(b))

/** The admin form sends an array or blocks field that has no rows as its row count, 0, not as []. */
function rowCountEcho(field: FlattenedField, value: unknown, expected: unknown): boolean {
  if ((field.type !== 'array' && field.type !== 'blocks') || typeof value !== 'number') return false
  return value === (Array.isArray(expected) ? expected.length : 0)
}

type AccessFn = (args: Record<string, unknown>) => boolean | Promise<boolean>

async function allowed(fn: unknown, args: Record<string, unknown>): Promise<boolean> {
  if (typeof fn !== 'function') return true
  return Boolean(await (fn as AccessFn)(args))
}

async function defaultOf(field: FlattenedField, req: PayloadRequest): Promise<unknown> {
  const d = (field as { defaultValue?: unknown }).defaultValue
  if (typeof d === 'function') {
    try {
      return await (d as (a: unknown) => unknown)({ user: req.user, locale: req.locale, req })
    } catch {
      return undefined
    }
  }
  return d
}

interface Walk {
  req: PayloadRequest
  operation: 'create' | 'update'
  id?: number | string
  /** The whole body and the stored record (update), for the access functions. */
  data: Data
  doc: Data | null
  problems: Problem[]
}

const serverOwned = (path: string, label: { zh: string; en: string }): Problem => ({
  path,
  rule: 'field.server-owned',
  zh: `“${label.zh}”不能由您填写或修改（由系统或主管部门维护），本次未保存`,
  en: `"${label.en}" cannot be set or changed by you (the system or the bureau keeps it): nothing was saved`,
})

/** Walks one level of fields against one level of the body (and of the stored record). */
async function walk(w: Walk, fields: FlattenedField[], sent: Data, stored: Data | null, path: string, parent: { zh: string; en: string } | null, extra: Set<string>): Promise<void> {
  const byName = new Map(fields.filter((f) => 'name' in f && f.name).map((f) => [f.name, f]))
  for (const key of Object.keys(sent)) {
    const value = sent[key]
    const at = path ? `${path}.${key}` : key
    const field = byName.get(key)
    if (!field || (field as { hidden?: boolean }).hidden) {
      if (extra.has(key)) continue
      w.problems.push({
        path: at,
        rule: 'request.unknown-field',
        zh: `请求中含有不存在的字段“${at.slice(0, 60)}”，本次未保存`,
        en: `The request sends a field that does not exist ("${at.slice(0, 60)}"): nothing was saved`,
      })
      continue
    }
    const label = join(parent, labelOf(field))
    const current = stored ? stored[key] : undefined
    const access = (field as { access?: Record<string, unknown> }).access
    const args = { req: w.req, id: w.id, data: w.data, doc: w.doc ?? undefined, siblingData: sent }
    if (access && !(field as { virtual?: unknown }).virtual) {
      if (w.operation === 'update' && !(await allowed(access.read, args))) {
        // Not readable: never sent by the form; comparing would reveal the hidden value. (On create there is no
        // stored value to reveal, and read rules may depend on the record that does not exist yet.)
        if (meaning(value) !== undefined) w.problems.push(serverOwned(at, label))
        continue
      }
      if (!(await allowed(access[w.operation], args))) {
        const expected = w.operation === 'update' ? current : await defaultOf(field, w.req)
        if (!same(value, expected) && !rowCountEcho(field, value, expected)) w.problems.push(serverOwned(at, label))
        continue
      }
    }
    switch (field.type) {
      case 'number': {
        const numbers = field.hasMany && Array.isArray(value) ? value : [value]
        if (numbers.some((n) => n !== null && n !== undefined && (typeof n !== 'number' || !Number.isFinite(n)))) {
          w.problems.push({
            path: at,
            rule: 'field.not-a-number',
            zh: `“${label.zh}”应填写数字（不带引号或单位），收到的是“${String(value).slice(0, 30)}”`,
            en: `"${label.en}" must be a number (no quotes or units), not "${String(value).slice(0, 30)}"`,
          })
          break
        }
        // Checked here as well as by the field's validate: Payload skips validation of fields hidden by a condition.
        for (const n of numbers) {
          const problem = typeof n === 'number' ? numberProblem(field, n) : null
          if (problem) {
            w.problems.push({ path: at, rule: 'field.invalid-number', zh: `“${label.zh}”：${problem.zh}`, en: `"${label.en}": ${problem.en}` })
            break
          }
        }
        break
      }
      case 'checkbox':
        if (value !== null && value !== undefined && typeof value !== 'boolean') {
          w.problems.push({ path: at, rule: 'field.not-a-boolean', zh: `“${label.zh}”应为是或否（true/false）`, en: `"${label.en}" must be true or false` })
        }
        break
      case 'group':
      case 'tab':
        if (isObject(value)) await walk(w, field.flattenedFields, value, isObject(current) ? current : null, at, label, new Set())
        break
      case 'array':
        if (Array.isArray(value)) {
          const rows = Array.isArray(current) ? (current as Data[]) : []
          for (const [i, row] of value.entries()) {
            if (!isObject(row)) continue
            const was = rows.find((r) => isObject(r) && row.id !== undefined && String(r.id) === String(row.id)) ?? null
            await walk(w, field.flattenedFields, row, was, `${at}.${i}`, label, new Set(['id']))
          }
        }
        break
      case 'blocks':
        if (Array.isArray(value)) {
          for (const [i, row] of value.entries()) {
            if (!isObject(row)) continue
            const block = field.blocks.find((b) => b.slug === row.blockType)
            if (block) await walk(w, block.flattenedFields, row, null, `${at}.${i}`, label, new Set(['id', 'blockType', 'blockName']))
          }
        }
        break
      default:
        break
    }
  }
}

/** May the user do this operation on this record at all? If not, Payload answers 403/404 itself. */
export async function mayWrite(req: PayloadRequest, collection: { slug: string; access: Record<string, unknown> }, operation: 'create' | 'update', id: number | string | undefined, data: Data): Promise<boolean> {
  const fn = collection.access[operation]
  if (typeof fn !== 'function') return Boolean(req.user)
  const result = await (fn as (a: unknown) => unknown)({ req, id, data })
  if (!result) return false
  if (result === true || operation === 'create' || id === undefined) return true
  const found = await req.payload.db.findOne({ collection: collection.slug as CollectionSlug, where: { and: [{ id: { equals: id } }, result as Where] }, req })
  return Boolean(found)
}

export const refuseIgnoredFields: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return args
  // System writes (hooks, transitions, seeds) pass overrideAccess; REST requests never do.
  if ((args as { overrideAccess?: boolean }).overrideAccess === true) return args
  const r = (args.req ?? req) as PayloadRequest
  const context = (r.context ?? {}) as Record<string, unknown>
  if (context.seed || context.transition) return args
  const data = args.data as Data | undefined
  if (!isObject(data)) return args
  const op = operation === 'create' ? 'create' : 'update'
  const id = (args as { id?: number | string }).id
  if (!(await mayWrite(r, collection as never, op, id, data))) return args

  const doc = op === 'update' && id !== undefined ? ((await r.payload.db.findOne({ collection: collection.slug as CollectionSlug, where: { id: { equals: id } }, req: r })) as Data | null) : null
  const extra = new Set<string>(collection.auth ? AUTH_KEYS : [])
  const problems: Problem[] = []
  // Payload's own keys: the id only as the record's own, the update time is Payload's (a stale echo is harmless).
  const body = { ...data }
  if ('id' in body) {
    if (op === 'update' && (body.id === undefined || body.id === null || String(body.id) === String(id ?? ''))) delete body.id
    else if (op === 'create' && (body.id === undefined || body.id === null || body.id === '')) delete body.id
  }
  delete body.updatedAt
  if (op === 'create' && meaning(body.createdAt) === undefined) delete body.createdAt
  const w: Walk = { req: r, operation: op, id, data, doc, problems }
  const fields = [
    ...collection.flattenedFields,
    // Not declared as fields, but Payload reads them: treated as server-owned (only the stored value is accepted).
    { name: 'id', type: 'text', label: { zh: '编号', en: 'ID' }, access: { create: () => false, update: () => false } } as FlattenedField,
  ]
  // A bulk update (PATCH with `where`) has no one stored record to compare with: a field the user may not set is refused.
  await walk(w, fields, body, doc, '', null, extra)
  if (problems.length === 0) return args
  const violations: ViolationOut[] = problems.map((p) => platform(p.rule, p.zh, p.en, p.path))
  throw validationError(
    collection.slug as never,
    problems.map((p) => ({ path: p.path, message: `${p.zh} / ${p.en}`, ruleId: p.rule })),
    violations,
  )
}
