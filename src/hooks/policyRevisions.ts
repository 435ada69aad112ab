// Parameter revisions: a draft is filled from the revision it revises, validated figure by figure and as a whole,
// and published once, with a reason, by someone allowed to; a published revision never changes.
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionBeforeValidateHook, PayloadRequest } from 'payload'

import { hasRole } from '../access/roles'
import { chinaDay } from '../email/format'
import { todayInChina } from '../jobs/calendar'
import { platform, type ViolationOut } from '../lib/errors'
import {
  checkRevisionValues,
  isPolicySetId,
  MIN_REASON_LENGTH,
  PARAMETER_DEFS,
  parameterDef,
  revisionInForce,
  POLICY_SETS,
  shortTitle,
  type PolicySetId,
} from '../policies'
import { publishedRevisions, revisionOn, type RevisionDoc } from '../workflow/parameters'
import { writeAudit } from './audit'
import { forgetPerRequest } from './perRequest'
import { validationError } from './violations'

type Row = { key: string; value: number; document?: string | null; article?: string | null; id?: string }

const refuse = (violations: ViolationOut[]): never => {
  throw validationError(
    'policy-revisions',
    violations.map((v) => ({ path: v.field ?? 'values', message: `${v.message.zh} / ${v.message.en}`, ruleId: v.rule })),
    violations,
  )
}

/** Who may draft and publish: administrators, and city officers an administrator has given the permission. */
export const canEditPolicy = (user: PayloadRequest['user']): boolean =>
  hasRole(user, 'admin') || (hasRole(user, 'city-officer') && Boolean((user as { canEditPolicy?: unknown } | null)?.canEditPolicy))

/**
 * A draft starts from the revision in force on its effective day: every figure of the set is there to edit, with
 * its document and article; rows of another set's figures are refused later.
 */
export const fillFromBase: CollectionBeforeValidateHook = async ({ data, originalDoc, operation, req, context }) => {
  if (!data || context?.seed) return data
  if (operation === 'update' && originalDoc?.status === 'published') {
    refuse([platform('policy.revision-published', '已发布的参数修订不能修改；如需调整，请新建一个修订', 'A published revision cannot change; draft a new revision instead', 'status')])
  }
  const set = (data.policySet ?? originalDoc?.policySet) as string
  if (!isPolicySetId(set)) return data
  const rows: Row[] = (data.values ?? originalDoc?.values ?? []) as Row[]
  const missing = PARAMETER_DEFS[set].filter((d) => !rows.some((r) => r.key === d.key))
  if (missing.length === 0) return data
  const day = chinaDay(data.effectiveFrom ?? originalDoc?.effectiveFrom) ?? todayInChina()
  const base = await revisionOn(req, set, day)
  const document = shortTitle(POLICY_SETS[set].document)
  const added: Row[] = missing.map((d) => ({
    key: d.key,
    value: (base.values as Record<string, number>)[d.key] ?? d.value,
    document: d.article.startsWith('（本系统') ? '本系统默认' : document,
    article: d.article.startsWith('（本系统') ? '—' : d.article,
  }))
  // In the set's own order, so the form reads like the document.
  const all = [...rows, ...added]
  data.values = PARAMETER_DEFS[set].map((d) => all.find((r) => r.key === d.key)).filter(Boolean).concat(all.filter((r) => !parameterDef(set, r.key)))
  return data
}

/** Figures valid and consistent; dates in order; publishing by the right person, with a reason, never twice for a day. */
export const checkRevision: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, context }) => {
  if (context?.seed) return data
  const merged = { ...originalDoc, ...data } as RevisionDoc & { reason?: string | null }
  const set = merged.policySet as PolicySetId
  const problems: ViolationOut[] = []

  // One figure per key; the values as numbers.
  const rows = (merged.values ?? []) as Row[]
  const values: Record<string, unknown> = {}
  for (const row of rows) {
    if (row.key in values) {
      const d = parameterDef(set, row.key)
      problems.push(platform('policy.parameter-duplicate', `“${d?.label.zh ?? row.key}”填写了两次`, `"${d?.label.en ?? row.key}" is given twice`, 'values'))
    }
    values[row.key] = typeof row.value === 'number' ? row.value : row.value === null || row.value === undefined ? undefined : Number(row.value)
  }
  const document = shortTitle(POLICY_SETS[set].document)
  for (const p of checkRevisionValues(set, values)) {
    problems.push({ rule: p.rule, article: p.article === '—' ? null : `${document}${p.article}`, message: p.message, field: 'values' })
  }

  const from = chinaDay(merged.effectiveFrom)
  const to = chinaDay(merged.effectiveTo ?? null)
  if (from && to && to < from) {
    problems.push(platform('policy.revision-dates', `失效日期（${to}）不能早于生效日期（${from}）`, `The last day (${to}) cannot come before the first (${from})`, 'effectiveTo'))
  }

  const publishing = merged.status === 'published' && (operation === 'create' || originalDoc?.status !== 'published')
  if (publishing) {
    const today = todayInChina()
    const reason = String(merged.reason ?? '').trim()
    if (reason.length < MIN_REASON_LENGTH) {
      problems.push(platform('policy.revision-reason', `发布参数修订须写明理由（至少${MIN_REASON_LENGTH}个字）`, `Publishing a revision needs a written reason (at least ${MIN_REASON_LENGTH} characters)`, 'reason'))
    }
    // Changing figures that already governed past days rewrites decisions: an administrator's call, with a reason.
    if (from && from < today && !hasRole(req.user, 'admin')) {
      problems.push(platform('access.policy-past-effective', `生效日期 ${from} 早于今天（${today}）：追溯生效的参数修订只能由系统管理员发布，并须写明理由`, `The revision takes effect on ${from}, before today (${today}): only an administrator may publish a retroactive revision, with a written reason`, 'effectiveFrom'))
    }
    if (problems.length === 0) {
      data.publishedAt = new Date().toISOString()
      data.publishedBy = req.user?.id ?? null
    }
  }
  if (problems.length > 0) refuse(problems)
  if (operation === 'create') data.createdBy = req.user?.id ?? null
  return data
}

const fmtValue = (set: PolicySetId, key: string, v: unknown): string => {
  const d = parameterDef(set, key)
  if (typeof v !== 'number') return '（空）'
  if (d?.unit === 'yuan') return v % 10_000 === 0 ? `${(v / 10_000).toLocaleString('zh-CN')}万元` : `${v.toLocaleString('zh-CN')}元`
  if (d?.unit === 'percent') return `${v}%`
  return String(v)
}

/** Every draft save and the publication in the audit trail: which figures, from what to what, by whom, why. */
/** This request's later saves read the revisions again (they were read once per request: workflow/parameters.ts). */
export const forgetRevisions: CollectionAfterChangeHook = ({ doc, req }) => {
  forgetPerRequest(req, 'revisions:')
  return doc
}

export const auditRevision: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, context }) => {
  if (context?.seed) return doc
  const set = doc.policySet as PolicySetId
  const before = new Map<string, number>(((previousDoc?.values ?? []) as Row[]).map((r) => [r.key, r.value]))
  const changes: Record<string, { from: unknown; to: unknown }> = {}
  const parts: string[] = []
  if (operation === 'create' || doc.status === 'published') {
    // Against the figures that governed the effective day before this revision.
    const others = (await publishedRevisions(req, set)).filter((r) => String(r.id) !== String(doc.id))
    const base = revisionInForce(set, chinaDay(doc.effectiveFrom) ?? todayInChina(), others)
    const baseValues = new Map(Object.entries(base.values as Record<string, number>))
    for (const r of (doc.values ?? []) as Row[]) {
      const was = operation === 'create' || previousDoc?.status !== 'published' ? baseValues.get(r.key) : before.get(r.key)
      if (was !== undefined && was !== r.value) {
        changes[r.key] = { from: was, to: r.value }
        parts.push(`${parameterDef(set, r.key)?.label.zh ?? r.key}：${fmtValue(set, r.key, was)} → ${fmtValue(set, r.key, r.value)}`)
      }
    }
  } else {
    for (const r of (doc.values ?? []) as Row[]) {
      const was = before.get(r.key)
      if (was !== r.value) {
        changes[r.key] = { from: was ?? null, to: r.value }
        parts.push(`${parameterDef(set, r.key)?.label.zh ?? r.key}：${fmtValue(set, r.key, was)} → ${fmtValue(set, r.key, r.value)}`)
      }
    }
  }
  const publishing = doc.status === 'published' && previousDoc?.status !== 'published'
  const title = `${POLICY_SETS[set].title.zh}“${doc.label}”`
  const day = chinaDay(doc.effectiveFrom)
  const what = publishing ? `发布参数修订${title}，自${day}起施行` : operation === 'create' ? `新建参数修订草稿${title}` : `修改参数修订草稿${title}`
  if (!publishing && operation !== 'create' && parts.length === 0) return doc
  await writeAudit(req, {
    action: operation === 'create' && !publishing ? 'create' : 'change',
    collectionSlug: 'policy-revisions',
    docId: doc.id,
    transition: publishing ? 'publish-revision' : undefined,
    from: publishing ? (previousDoc?.status ?? null) : undefined,
    to: publishing ? 'published' : undefined,
    reason: publishing ? String(doc.reason ?? '') : null,
    changes,
    summary: `${what}${parts.length ? `：${parts.join('；')}` : ''}`.slice(0, 500),
  })
  return doc
}
