'use client'
// Above the applications list: run one named transition with one reason on the selected rows, then see per row
// whether it was done or refused (with the rule). The server applies each row through the single-row guards.
import { useAuth, useSelection, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useMemo, useState } from 'react'

import type { Role } from '../policies/types'
import { STATE_LABELS, WORKFLOWS, type State } from '../policies/workflows'
import { DANGER, DANGER_STYLE } from './danger'

type Bilingual = { zh: string; en: string }
type Row = { id: number | string; ok: boolean; title?: string; status?: string; message?: Bilingual; violations?: { ruleId: string; message: Bilingual }[] }

/** One label per transition name, whatever the policy set calls it. */
const GENERIC: Record<string, Bilingual> = {
  recommend: { zh: '审核推荐', en: 'Recommend' },
  'open-expert-review': { zh: '组织专家评审（论证）', en: 'Open expert review' },
  'conclude-review': { zh: '完成专家评审', en: 'Conclude expert review' },
  'pass-formal-check': { zh: '形式审查通过', en: 'Formal check passed' },
  'refer-for-approval': { zh: '报领导小组办公室批准', en: 'Refer for approval' },
  'refer-to-government': { zh: '报市政府常务会议审定', en: 'Refer to the government' },
  'start-public-notice': { zh: '发布公示', en: 'Start public notice' },
  approve: { zh: '批准（认定）', en: 'Approve' },
  file: { zh: '予以备案', en: 'File' },
  'start-evaluation': { zh: '启动年度评价', en: 'Start evaluation' },
  'conclude-evaluation': { zh: '评价完成，继续建设', en: 'Conclude evaluation' },
  return: { zh: '退回修改', en: 'Return for revision' },
  reject: { zh: '不予通过', en: 'Reject' },
}
const ONE_AT_A_TIME = new Set(['receive-objection', 'resolve-objection', 'correct-record', 'submit', 'resubmit', 'delist', 'cancel', 'terminate', 'complete-construction'])

export function BulkTransition() {
  const { user } = useAuth()
  const { getSelectedIds, count } = useSelection()
  const { i18n } = useTranslation()
  const router = useRouter()
  const lang: 'zh' | 'en' = i18n.language === 'en' ? 'en' : 'zh'
  const role = (user as { role?: Role } | null)?.role
  const options = useMemo(() => {
    const byName = new Map<string, { label: Bilingual; needsReason: boolean }>()
    const acting = role === 'admin' ? 'city-officer' : role
    for (const wf of Object.values(WORKFLOWS))
      for (const t of wf.transitions)
        if (acting && t.roles.includes(acting) && !ONE_AT_A_TIME.has(t.name))
          byName.set(t.name, { label: GENERIC[t.name] ?? t.label, needsReason: Boolean(t.needsReason || byName.get(t.name)?.needsReason) })
    return [...byName.entries()]
  }, [role])
  const [name, setName] = useState('')
  const [reason, setReason] = useState('')
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  const [results, setResults] = useState<Row[] | null>(null)
  if (!role || !['admin', 'city-officer', 'district-officer'].includes(role) || options.length === 0) return null
  const chosen = options.find(([n]) => n === name)?.[1]
  const danger = DANGER[name]

  const start = () => {
    setError('')
    if (!name) return setError(lang === 'zh' ? '请选择要执行的操作' : 'Choose an action')
    if (count === 0) return setError(lang === 'zh' ? '请先在列表中勾选申报' : 'Select applications in the list first')
    if (chosen?.needsReason && !reason.trim()) return setError(lang === 'zh' ? '此操作须填写理由' : 'This action needs a reason')
    setConfirming(true)
  }
  const run = async () => {
    setConfirming(false)
    setBusy(true)
    const response = await fetch('/api/applications/bulk-transition', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ids: getSelectedIds(), name, reason: reason.trim() || undefined }),
    })
    const json = await response.json()
    setBusy(false)
    if (!response.ok) return setError(json.errors?.[0]?.data?.violations?.[0]?.message?.[lang] ?? json.errors?.[0]?.message ?? String(response.status))
    setResults(json.results)
    router.refresh()
  }

  const tone = danger ? DANGER_STYLE[danger.tone] : null
  return (
    <div className="bulk-transition" style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 6, padding: '0.75rem 1rem', margin: '0 0 1rem' }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', alignItems: 'center' }}>
        <strong>{lang === 'zh' ? `批量办理（已选 ${count} 件）` : `Bulk action (${count} selected)`}</strong>
        <select name="bulk-transition" value={name} onChange={(e) => { setName(e.target.value); setConfirming(false) }} aria-label={lang === 'zh' ? '操作' : 'Action'}>
          <option value="">{lang === 'zh' ? '— 选择操作 —' : '— choose an action —'}</option>
          {options.map(([n, o]) => (
            <option key={n} value={n}>
              {o.label[lang]}
            </option>
          ))}
        </select>
        <input name="bulk-reason" value={reason} onChange={(e) => setReason(e.target.value)} placeholder={chosen?.needsReason ? (lang === 'zh' ? '理由（必填）' : 'Reason (required)') : lang === 'zh' ? '理由或备注（可选）' : 'Reason or note (optional)'} style={{ flex: '1 1 16rem', padding: '0.3rem 0.5rem' }} />
        <button type="button" className="btn btn--style-primary btn--size-small" style={{ margin: 0, ...(tone ? { background: tone.background, borderColor: tone.border, color: tone.color } : {}) }} disabled={busy} onClick={start} data-bulk-run>
          {busy ? (lang === 'zh' ? '办理中…' : 'Working…') : lang === 'zh' ? '执行' : 'Run'}
        </button>
      </div>
      {confirming && (
        <div role="alertdialog" className="bulk-confirm" style={{ marginTop: '0.75rem', padding: '0.75rem', borderRadius: 4, border: `1px solid ${tone?.border ?? 'var(--theme-elevation-300)'}`, background: danger ? '#fef3f2' : 'var(--theme-elevation-50)' }}>
          <p style={{ margin: '0 0 0.5rem' }}>
            {lang === 'zh' ? `将对已选的 ${count} 件申报执行「${chosen?.label.zh}」。` : `Run "${chosen?.label.en}" on the ${count} selected applications.`}
            {danger ? ` ${danger.consequence[lang]}` : lang === 'zh' ? ' 每件申报按单件办理的规则逐一检查，不符合的将不办理。' : ' Each one is checked by the same rules as one at a time; those that fail are left as they are.'}
          </p>
          <button type="button" className="btn btn--size-small" style={{ margin: '0 0.5rem 0 0', ...(tone ? { background: tone.background, color: tone.color, borderColor: tone.border } : {}) }} onClick={() => void run()} data-bulk-confirm>
            {lang === 'zh' ? '确认执行' : 'Confirm'}
          </button>
          <button type="button" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} onClick={() => setConfirming(false)}>
            {lang === 'zh' ? '取消' : 'Cancel'}
          </button>
        </div>
      )}
      {error && <p className="bulk-error" style={{ color: '#b42318', margin: '0.5rem 0 0' }}>{error}</p>}
      {results && (
        <table className="bulk-results" style={{ marginTop: '0.75rem', width: '100%', fontSize: '0.85rem', borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              <th style={{ textAlign: 'left' }}>{lang === 'zh' ? '申报' : 'Application'}</th>
              <th style={{ textAlign: 'left' }}>{lang === 'zh' ? '结果' : 'Result'}</th>
            </tr>
          </thead>
          <tbody>
            {results.map((r) => (
              <tr key={String(r.id)} data-result={r.ok ? 'done' : 'refused'}>
                <td style={{ padding: '2px 8px 2px 0' }}>
                  <a href={`/admin/collections/applications/${r.id}`}>{r.title ?? `#${r.id}`}</a>
                </td>
                <td style={{ padding: '2px 0', color: r.ok ? '#067647' : '#b42318' }}>
                  {r.ok
                    ? `${lang === 'zh' ? '已办理' : 'Done'} → ${STATE_LABELS[r.status as State]?.[lang] ?? r.status}`
                    : `${lang === 'zh' ? '未办理' : 'Refused'}：${r.violations?.length ? r.violations.map((v) => v.message[lang]).join('；') : (r.message?.[lang] ?? '')}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
