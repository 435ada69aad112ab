'use client'
// The application's workflow in the admin: transition buttons (with a reason where one is needed), the
// compliance checklist of its policy set, and the timeline of every transition.
import { useAuth, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import type { PolicySetId } from '../policies/types'
import { journeySentence, journeyStep } from '../policies/journey'
import { findTransition, STATE_LABELS, type State } from '../policies/workflows'
import { formatDay } from '../email/format'
import { DANGER, DANGER_STYLE } from './danger'

type Bilingual = { zh: string; en: string }
type Violation = { ruleId: string; message: Bilingual }
type TransitionOption = { name: string; label: Bilingual; to: string; needsReason: boolean; allowed: boolean; violations: Violation[] }
type ChecklistItem = { ruleId: string; title: Bilingual; severity: string; status: string; violation?: Violation; override?: { reason: string }; reason?: Bilingual; note?: string }
type AuditRow = { id: string; at: string; action?: string; transition?: string; from?: string; to?: string; reason?: string; summary?: string; actorName?: string; actorRole?: string; actorOffice?: string | null; actorOfficeEn?: string | null }
type ExceptionRow = { id: number | string; ruleId: string; reason: string; status: 'pending' | 'granted' | 'refused'; decisionReason?: string | null; createdAt: string; decidedAt?: string | null }
type ObjectionRow = { id: string; objector: string; content: string; receivedOn: string; status: string; finding?: string; resolvedOn?: string }

const CORRECTABLE: { value: string; zh: string; en: string; date: boolean }[] = [
  { value: 'noticeStartsOn', zh: '公示开始日期', en: 'Notice start', date: true },
  { value: 'noticeEndsOn', zh: '公示结束日期', en: 'Notice end', date: true },
  { value: 'recognizedOn', zh: '认定（批复）日期', en: 'Recognition date', date: true },
  { value: 'receivedOn', zh: '收件日期', en: 'Received on', date: true },
  { value: 'officialName', zh: '正式名称', en: 'Official name', date: false },
  { value: 'officialNameEn', zh: '英文名称', en: 'English name', date: false },
]
// China's day in the reader's language: 2026年11月22日, or 22 November 2026 (as every date in the product).
const day = (iso: string | undefined, lang: 'zh' | 'en') => (iso ? formatDay(iso, lang) : '—')

const dayTime = (iso: string, lang: 'zh' | 'en') => {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(iso))
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? ''
  return `${formatDay(iso, lang)} ${get('hour')}:${get('minute')}`
}
// Brackets and colon of the reader's language: （…）：in Chinese, (…): in English.
const paren = (text: string, lang: 'zh' | 'en') => (lang === 'zh' ? `（${text}）` : ` (${text})`)
const colon = (lang: 'zh' | 'en') => (lang === 'zh' ? '：' : ': ')
// The office that acted, by its name (鄞州区科技局; entries from before it was kept name the role); the person after it.
const OFFICE_EN: Record<string, string> = { 市科技局: 'City S&T bureau', 区县科技局: 'District S&T bureau', 申报单位: 'Applicant', 专家: 'Expert', 系统管理员: 'Administrator', 系统: 'System' }
const actorText = (row: Pick<AuditRow, 'actorName' | 'actorRole' | 'actorOffice' | 'actorOfficeEn'>, lang: 'zh' | 'en') => {
  const named = lang === 'zh' ? row.actorOffice : row.actorOfficeEn
  const office = named || (row.actorRole ? (lang === 'zh' ? row.actorRole : (OFFICE_EN[row.actorRole] ?? row.actorRole)) : lang === 'zh' ? '系统（定时任务）' : 'System (scheduled)')
  if (!row.actorName || !row.actorRole || row.actorRole === '系统') return office
  // The demo's names carry their office in brackets (李主任（鄞州区科技局）): not said twice.
  const person = row.actorName.replace(/（[^）]*）$/, '')
  return `${office} · ${person}`
}

/** Server messages read "中文 / English": show the half in the reader's language. */
/** A rule's message ends with its id in brackets, for the API; a person reads the words and the article. */
// Rule ids ([tic.funding.total-10m]) are for the log, not for people: wherever they stand (the revision's name may follow).
const plain = (message: string) => message.replace(/\s*\[[a-z][a-z0-9-]*(?:\.[a-z0-9.-]+)+\]/gi, '')

const onlyLang = (message: string, lang: 'zh' | 'en') => {
  const parts = message.split(' / ')
  if (parts.length < 2) return message
  return lang === 'zh' ? parts[0]! : parts.slice(1).join(' / ')
}

const STATUS_STYLE: Record<string, { zh: string; en: string; color: string }> = {
  pass: { zh: '符合', en: 'pass', color: '#067647' },
  fail: { zh: '不符合', en: 'fail', color: '#b42318' },
  overridden: { zh: '已豁免', en: 'overridden', color: '#b54708' },
  'not-yet-applicable': { zh: '尚未适用', en: 'not yet applicable', color: '#667085' },
  'not-applicable': { zh: '不适用', en: 'not applicable', color: '#98a2b3' },
}

export function WorkflowPanel() {
  const { id, savedDocumentData } = useDocumentInfo()
  const policySet = useFormFields(([fields]) => fields.policySet?.value as PolicySetId | undefined)
  // Reload the checklist after every save: it reflects the saved record, not the form.
  const savedAt = (savedDocumentData as { updatedAt?: string } | undefined)?.updatedAt
  const status = (savedDocumentData as { status?: State } | undefined)?.status
  const { i18n } = useTranslation()
  const lang: 'zh' | 'en' = i18n.language === 'en' ? 'en' : 'zh'
  const [transitions, setTransitions] = useState<TransitionOption[]>([])
  const [checklist, setChecklist] = useState<ChecklistItem[]>([])
  // The parameter revision the checklist was judged on ("依据2027年修订参数").
  const [revision, setRevision] = useState<{ zh: string; en: string } | null>(null)
  const [timeline, setTimeline] = useState<AuditRow[]>([])
  const [objections, setObjections] = useState<ObjectionRow[]>([])
  const [exceptions, setExceptions] = useState<ExceptionRow[]>([])
  const [asking, setAsking] = useState<string | null>(null)
  const [exceptionText, setExceptionText] = useState('')
  const { user } = useAuth()
  const role = (user as { role?: string } | null)?.role
  const isCity = role === 'admin' || role === 'city-officer'
  const [reason, setReason] = useState('')
  const [objector, setObjector] = useState('')
  const [objectionContent, setObjectionContent] = useState('')
  const [objectionOn, setObjectionOn] = useState('')
  const [correctField, setCorrectField] = useState('noticeEndsOn')
  const [correctValue, setCorrectValue] = useState('')
  const [errors, setErrors] = useState<string[]>([])
  const [busy, setBusy] = useState(false)
  // An irreversible transition waits here for the officer to confirm its consequence.
  const [confirming, setConfirming] = useState<TransitionOption | null>(null)

  const load = useCallback(async () => {
    if (!id) return
    const [t, c, a, o, x] = await Promise.all([
      fetch(`/api/applications/${id}/transitions`, { credentials: 'include' }).then((r) => r.json()),
      fetch(`/api/applications/${id}/checklist`, { credentials: 'include' }).then((r) => r.json()),
      fetch(`/api/audit-log?where[application][equals]=${id}&where[action][in]=transition,correction&sort=at&limit=100&depth=0`, { credentials: 'include' }).then((r) => r.json()),
      // Objections are the bureau's (applicants get 403 or nothing): who objected stays with the bureau.
      fetch(`/api/objections?where[application][equals]=${id}&sort=receivedOn&limit=100&depth=0`, { credentials: 'include' }).then((r) => (r.ok ? r.json() : { docs: [] })),
      fetch(`/api/exception-requests?where[application][equals]=${id}&sort=-createdAt&limit=100&depth=0`, { credentials: 'include' }).then((r) => (r.ok ? r.json() : { docs: [] })),
    ])
    setExceptions(x.docs ?? [])
    setTransitions(t.transitions ?? [])
    setChecklist(c.items ?? [])
    setRevision(c.revision ?? null)
    setTimeline(a.docs ?? [])
    setObjections(o.docs ?? [])
  }, [id])

  useEffect(() => {
    void load()
  }, [load, savedAt])

  if (!id) return null

  const messageOf = (json: { errors?: { message?: string; data?: { violations?: Violation[] } }[] }, status: number) => {
    const violations = json.errors?.[0]?.data?.violations ?? []
    return violations.length ? violations.map((v) => plain(v.message[lang])) : [onlyLang(json.errors?.[0]?.message ?? String(status), lang)]
  }
  const askException = async (ruleId: string) => {
    setBusy(true)
    setErrors([])
    const response = await fetch('/api/exception-requests', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ application: id, ruleId, reason: exceptionText.trim() }),
    })
    const json = await response.json().catch(() => ({}))
    setBusy(false)
    if (!response.ok) return setErrors(messageOf(json, response.status))
    setAsking(null)
    setExceptionText('')
    await load()
  }
  const decideException = async (row: ExceptionRow, status: 'granted' | 'refused') => {
    setBusy(true)
    setErrors([])
    const response = await fetch(`/api/exception-requests/${row.id}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ status, decisionReason: reason.trim() }),
    })
    const json = await response.json().catch(() => ({}))
    setBusy(false)
    if (!response.ok) return setErrors(messageOf(json, response.status))
    setReason('')
    await load()
  }

  const run = async (option: TransitionOption) => {
    if (option.needsReason && reason.trim().length === 0) {
      setErrors([lang === 'zh' ? '此操作须填写理由' : 'This action needs a reason'])
      return
    }
    setBusy(true)
    setErrors([])
    const extra =
      option.name === 'receive-objection'
        ? { objection: { objector, content: objectionContent, receivedOn: objectionOn || undefined } }
        : option.name === 'correct-record'
          ? { corrections: { [correctField]: correctValue } }
          : {}
    const response = await fetch(`/api/applications/${id}/transition`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: option.name, reason: reason.trim() || undefined, ...extra }),
    })
    const json = await response.json()
    setBusy(false)
    if (!response.ok) {
      const violations: Violation[] = json.errors?.[0]?.data?.violations ?? []
      setErrors(violations.length ? violations.map((v) => plain(v.message[lang])) : [onlyLang(json.errors?.[0]?.message ?? String(response.status), lang)])
      return
    }
    setReason('')
    window.location.reload()
  }

  return (
    <div className="workflow-panel" style={{ border: '1px solid var(--theme-elevation-150)', padding: '1rem', marginBottom: '1.5rem', borderRadius: 4 }}>
      <h3 style={{ marginTop: 0 }}>{lang === 'zh' ? '流程操作' : 'Workflow'}</h3>
      {transitions.length === 0 && (
        <p className="workflow-holder">
          {policySet && status ? journeySentence(journeyStep(policySet, status), lang) : lang === 'zh' ? '当前没有可执行的操作' : 'No action available now'}
          {policySet && status && timeline.length > 0 && journeyStep(policySet, status).holder
            ? lang === 'zh'
              ? `（自${day(timeline[timeline.length - 1]!.at, 'zh')}起）`
              : ` (since ${day(timeline[timeline.length - 1]!.at, 'en')})`
            : ''}
        </p>
      )}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
        {transitions.map((t) => {
          const danger = DANGER[t.name]
          const tone = danger ? DANGER_STYLE[danger.tone] : null
          return (
            <button
              key={t.name}
              type="button"
              className={`btn btn--size-small ${danger ? `btn--danger-${danger.tone}` : 'btn--style-primary'}`}
              data-transition={t.name}
              data-danger={danger?.tone}
              disabled={busy}
              title={t.allowed ? '' : t.violations.map((v) => plain(v.message[lang])).join('\n')}
              onClick={() => (danger ? setConfirming(t) : void run(t))}
              style={{ opacity: t.allowed ? 1 : 0.6, ...(tone ? { background: tone.background, borderColor: tone.border, color: tone.color, borderWidth: 1, borderStyle: 'solid' } : {}) }}
            >
              {danger ? '⚠ ' : ''}
              {t.label[lang]}
            </button>
          )
        })}
      </div>
      {confirming && DANGER[confirming.name] && (
        <div role="alertdialog" aria-labelledby="transition-confirm-title" className="transition-confirm" style={{ marginTop: '0.75rem', padding: '0.75rem 1rem', borderRadius: 4, border: `1px solid ${DANGER_STYLE[DANGER[confirming.name]!.tone].border}`, background: '#fef3f2' }}>
          <p id="transition-confirm-title" style={{ margin: '0 0 0.5rem', fontWeight: 600 }}>
            {lang === 'zh' ? `确认「${confirming.label.zh}」？` : `Confirm "${confirming.label.en}"?`}
          </p>
          <p style={{ margin: '0 0 0.75rem' }}>{DANGER[confirming.name]!.consequence[lang]}</p>
          <button
            type="button"
            className="btn btn--size-small"
            data-confirm-transition={confirming.name}
            style={{ margin: '0 0.5rem 0 0', background: DANGER_STYLE[DANGER[confirming.name]!.tone].background, color: DANGER_STYLE[DANGER[confirming.name]!.tone].color, border: `1px solid ${DANGER_STYLE[DANGER[confirming.name]!.tone].border}` }}
            onClick={() => {
              const t = confirming
              setConfirming(null)
              void run(t)
            }}
          >
            {lang === 'zh' ? `确认${confirming.label.zh}` : `Yes, ${confirming.label.en.toLowerCase()}`}
          </button>
          <button type="button" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} onClick={() => setConfirming(null)}>
            {lang === 'zh' ? '取消' : 'Cancel'}
          </button>
        </div>
      )}
      {transitions.some((t) => t.name === 'receive-objection') && (
        <fieldset className="objection-input" style={{ marginTop: '0.5rem' }}>
          <legend>{lang === 'zh' ? '登记异议：异议人、内容、收到日期' : 'Objection: who, what, when'}</legend>
          <input name="objector" placeholder={lang === 'zh' ? '异议人（单位或个人）' : 'Raised by'} value={objector} onChange={(e) => setObjector(e.target.value)} style={{ width: '100%' }} />
          <textarea name="objection-content" placeholder={lang === 'zh' ? '异议内容' : 'What it says'} value={objectionContent} onChange={(e) => setObjectionContent(e.target.value)} style={{ width: '100%', minHeight: 50 }} />
          <input name="objection-received-on" type="date" value={objectionOn} onChange={(e) => setObjectionOn(e.target.value)} />
        </fieldset>
      )}
      {transitions.some((t) => t.name === 'correct-record') && (
        <fieldset className="correction-input" style={{ marginTop: '0.5rem' }}>
          <legend>{lang === 'zh' ? '更正记录（须写明理由，申报单位将收到通知）' : 'Correct the record (reason required; the applicant is told)'}</legend>
          <select name="correct-field" value={correctField} onChange={(e) => setCorrectField(e.target.value)}>
            {CORRECTABLE.map((f) => (
              <option key={f.value} value={f.value}>
                {f[lang]}
              </option>
            ))}
          </select>{' '}
          <input
            name="correct-value"
            type={CORRECTABLE.find((f) => f.value === correctField)?.date ? 'date' : 'text'}
            value={correctValue}
            onChange={(e) => setCorrectValue(e.target.value)}
          />
        </fieldset>
      )}
      {(transitions.some((t) => t.needsReason) || (isCity && exceptions.some((x) => x.status === 'pending'))) && (
        <textarea
          name="transition-reason"
          placeholder={lang === 'zh' ? '理由（退回、不予通过、摘牌等须填写）' : 'Reason (needed to return, reject, delist…)'}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          style={{ width: '100%', marginTop: '0.5rem', minHeight: 60 }}
        />
      )}
      {errors.length > 0 && (
        <ul className="workflow-errors" style={{ color: '#b42318' }}>
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}

      <h4>{lang === 'zh' ? '合规检查' : 'Compliance checklist'}</h4>
      {revision && <p data-checklist-revision style={{ fontSize: '0.85rem', margin: '0 0 0.5rem' }}>{lang === 'zh' ? `依据${revision.zh}` : `Under the ${revision.en}`}</p>}
      <table className="workflow-checklist" style={{ width: '100%', fontSize: '0.85rem' }}>
        <tbody>
          {checklist.map((item, index) => (
            // Each document the programme requires is an item of the same check: the index keeps the rows apart.
            <tr key={`${item.ruleId}-${index}`} data-required-document={item.ruleId === 'guard.required-documents' ? item.status : undefined}>
              <td style={{ color: STATUS_STYLE[item.status]?.color, whiteSpace: 'nowrap' }}>{STATUS_STYLE[item.status]?.[lang] ?? item.status}</td>
              <td>
                <span title={item.ruleId}>{item.title[lang]}</span>
                {item.severity === 'overridable' && <span title={lang === 'zh' ? '原则上条款，可由市科技局说明理由后豁免' : 'In-principle rule: a city officer may override it with a reason'}> ⚖</span>}
                {item.note && <div style={{ color: '#667085' }}>{item.note}</div>}
                {item.violation && <div style={{ color: '#b42318' }}>{plain(item.violation.message[lang])}</div>}
                {item.override && <div style={{ color: '#b54708' }}>{item.override.reason}</div>}
                {item.status === 'not-yet-applicable' && item.reason && <div style={{ color: '#667085' }}>{item.reason[lang]}</div>}
                {exceptions
                  .filter((x) => x.ruleId === item.ruleId)
                  .map((x) => (
                    <div key={x.id} className="exception-request" data-exception-status={x.status} style={{ marginTop: 4, paddingLeft: 8, borderLeft: '3px solid #b54708' }}>
                      {lang === 'zh' ? '豁免申请' : 'Exception request'}
                      {paren(day(x.createdAt, lang), lang)}
                      {colon(lang)}
                      {x.reason}
                      <div>
                        {x.status === 'pending'
                          ? lang === 'zh'
                            ? '待市科技局决定'
                            : 'Awaiting the city bureau'
                          : `${x.status === 'granted' ? (lang === 'zh' ? '同意豁免' : 'Granted') : lang === 'zh' ? '不予豁免' : 'Refused'}${paren(day(x.decidedAt ?? undefined, lang), lang)}${x.decisionReason ? `${colon(lang)}${x.decisionReason}` : ''}`}
                      </div>
                      {x.status === 'pending' && isCity && (
                        <div style={{ display: 'flex', gap: '0.5rem', marginTop: 4 }}>
                          <button type="button" className="btn btn--style-primary btn--size-small" style={{ margin: 0 }} disabled={busy} data-decide-exception="granted" onClick={() => void decideException(x, 'granted')}>
                            {lang === 'zh' ? '同意豁免' : 'Grant'}
                          </button>
                          <button type="button" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} disabled={busy} data-decide-exception="refused" onClick={() => void decideException(x, 'refused')}>
                            {lang === 'zh' ? '不予豁免' : 'Refuse'}
                          </button>
                          <span style={{ color: '#667085' }}>{lang === 'zh' ? '（决定理由写在上方“理由”框中）' : '(write the reason in the box above)'}</span>
                        </div>
                      )}
                    </div>
                  ))}
                {item.status === 'fail' && item.severity === 'overridable' && role === 'applicant' && !exceptions.some((x) => x.ruleId === item.ruleId && x.status === 'pending') && (
                  asking === item.ruleId ? (
                    <div className="exception-input" style={{ marginTop: 4 }}>
                      <textarea
                        name="exception-reason"
                        placeholder={lang === 'zh' ? '请说明申请豁免的理由（至少10个字）' : 'Why should this rule be waived? (at least 10 characters)'}
                        value={exceptionText}
                        onChange={(e) => setExceptionText(e.target.value)}
                        style={{ width: '100%', minHeight: 50 }}
                      />
                      <button type="button" className="btn btn--style-primary btn--size-small" style={{ margin: 0 }} disabled={busy} data-submit-exception={item.ruleId} onClick={() => void askException(item.ruleId)}>
                        {lang === 'zh' ? '提交豁免申请' : 'Send the request'}
                      </button>
                    </div>
                  ) : (
                    <button type="button" className="btn btn--style-secondary btn--size-small" style={{ margin: '4px 0 0' }} data-ask-exception={item.ruleId} onClick={() => setAsking(item.ruleId)}>
                      {lang === 'zh' ? '申请豁免' : 'Ask for an exception'}
                    </button>
                  )
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h4>{lang === 'zh' ? '办理记录' : 'Timeline'}</h4>
      <ol className="workflow-timeline" style={{ fontSize: '0.85rem' }}>
        {timeline.map((row) => (
          <li key={row.id}>
            {dayTime(row.at, lang)} · {actorText(row, lang)} ·{' '}
            {row.action === 'correction' ? (
              row.summary
            ) : (
              <>
                {(policySet && row.from && row.transition && findTransition(policySet, row.from as State, row.transition)?.label[lang]) ?? row.transition}
                {paren(`${STATE_LABELS[row.from as State]?.[lang] ?? row.from} → ${STATE_LABELS[row.to as State]?.[lang] ?? row.to}`, lang)}
              </>
            )}
            {row.reason ? ` · ${row.reason}` : ''}
          </li>
        ))}
      </ol>
      {objections.length > 0 && (
        <>
          <h4>{lang === 'zh' ? '公示异议' : 'Objections'}</h4>
          <ul className="workflow-objections" style={{ fontSize: '0.85rem' }}>
            {objections.map((o) => (
              <li key={o.id}>
                {day(o.receivedOn, lang)} · {o.objector}
                {colon(lang)}
                {o.content} · {o.status === 'resolved' ? `${lang === 'zh' ? '核查结论' : 'Finding'}${paren(day(o.resolvedOn, lang), lang)}${colon(lang)}${o.finding ?? ''}` : lang === 'zh' ? '待处理' : 'open'}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
