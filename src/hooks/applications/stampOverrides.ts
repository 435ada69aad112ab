import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { isRuleId, rulesOfSet, type PolicySetId } from '../../policies'
import { formatDay } from '../../email/format'
import { writeAudit } from '../audit'
import { rejectMessage } from '../violations'

type OverrideRow = { id?: string; ruleId?: string; reason?: string; by?: unknown; at?: string }

/**
 * An override names an "in principle" (原则上) rule of the application's own policy set. Who and when are
 * stamped by the server, never typed; existing overrides can't be rewritten.
 */
export const stampOverrides: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (!Array.isArray(data.overrides)) return data
  const policySet = (data.policySet ?? originalDoc?.policySet) as PolicySetId | undefined
  const previous = new Map<string, OverrideRow>(((originalDoc?.overrides ?? []) as OverrideRow[]).filter((o) => o.id).map((o) => [String(o.id), o]))
  const overridable = new Set<string>(policySet ? rulesOfSet(policySet).filter((r) => r.severity === 'overridable').map((r) => r.id) : [])

  data.overrides = (data.overrides as OverrideRow[]).map((row) => {
    const before = row.id ? previous.get(String(row.id)) : undefined
    if (before) return { ...before, id: before.id }
    const ruleId = String(row.ruleId ?? '').trim()
    if (!isRuleId(ruleId) || !overridable.has(ruleId)) {
      rejectMessage(
        'applications',
        'overrides',
        `条款 ${ruleId} 不是本政策中的“原则上”条款，不能豁免`,
        `rule ${ruleId} is not an "in principle" rule of ${policySet ?? 'this policy set'} and cannot be overridden`,
      )
    }
    if (!row.reason || row.reason.trim().length < 10) {
      rejectMessage('applications', 'overrides', '豁免须写明理由（至少10个字）', 'an override needs a written reason (at least 10 characters)')
    }
    return { ...row, ruleId, by: req.user?.id ?? null, at: new Date().toISOString() }
  })
  return data
}

/** New overrides and removed ones are both in the trail: who, when, which rule, and the reason given. */
export const auditNewOverrides: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  if (context?.seed) return doc
  const before = new Map(((previousDoc?.overrides ?? []) as OverrideRow[]).map((o) => [String(o.id), o]))
  const after = new Set(((doc.overrides ?? []) as OverrideRow[]).map((o) => String(o.id)))
  const base = { collectionSlug: 'applications', docId: doc.id, application: doc.id, lead: doc.lead, district: doc.district }
  for (const row of (doc.overrides ?? []) as OverrideRow[]) {
    if (before.has(String(row.id))) continue
    await writeAudit(req, { ...base, action: 'override', reason: row.reason ?? null, summary: `豁免“原则上”条款 ${row.ruleId}：${doc.title ?? ''}` })
  }
  for (const [id, row] of before) {
    if (after.has(id)) continue
    await writeAudit(req, {
      ...base,
      action: 'override',
      reason: row.reason ?? null,
      changes: { overrides: { from: { ruleId: row.ruleId, at: row.at ?? null }, to: null } },
      summary: `撤销对条款 ${row.ruleId} 的豁免（原豁免日期：${formatDay(row.at ?? null, 'zh')}）：${doc.title ?? ''}`,
    })
  }
  return doc
}
