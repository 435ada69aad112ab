'use client'
// The score sheet: a TIC is scored on the 42 second-level indicators of 附件1 (0–100 each); consortia and
// complexes on the review form. The total shown here is a preview; the server computes the saved one.
import { FieldError, useField, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { CONSORTIUM_REVIEW_FORM, TIC_INDEX } from '../policies/tic-index'

type Scores = Record<string, number>

export function ScoresField({ path, field, readOnly }: { path?: string; field?: { name?: string }; readOnly?: boolean }) {
  const fieldPath = path ?? field?.name ?? 'scores'
  const { value, setValue, showError, errorMessage } = useField<Scores | null>({ path: fieldPath })
  const applicationId = useFormFields(([fields]) => fields.application?.value as number | string | { id: number | string } | undefined)
  const appId = typeof applicationId === 'object' && applicationId !== null ? applicationId.id : applicationId
  const { i18n } = useTranslation()
  const lang: 'zh' | 'en' = i18n.language === 'en' ? 'en' : 'zh'
  const [kind, setKind] = useState<string | null>(null)

  useEffect(() => {
    if (!appId) return
    void fetch(`/api/applications/${appId}?depth=0`, { credentials: 'include' })
      .then((r) => (r.ok ? r.json() : null))
      .then((doc: { carrierKind?: string } | null) => setKind(doc?.carrierKind ?? 'consortium'))
      .catch(() => setKind('consortium'))
  }, [appId])

  const scores: Scores = value && typeof value === 'object' ? value : {}
  const set = (code: string, raw: string) => {
    const next = { ...scores }
    if (raw === '') delete next[code]
    else next[code] = Number(raw)
    setValue(next)
  }
  const input = (code: string, max: number, label: string) => {
    const v = scores[code]
    const bad = v !== undefined && (!Number.isInteger(v) || v < 0 || v > max)
    return (
      <input
        type="number"
        min={0}
        max={max}
        step={1}
        name={`score-${code}`}
        aria-label={label}
        aria-invalid={bad}
        disabled={readOnly}
        value={v ?? ''}
        onChange={(e) => set(code, e.target.value)}
        style={{ width: 80, borderColor: bad ? 'var(--theme-error-500)' : undefined }}
      />
    )
  }
  const T = (zh: string, en: string) => (lang === 'zh' ? zh : en)

  if (!appId) return <p className="scores-field scores-field--empty">{T('请先选择申报，再评分', 'Choose the application first, then score it')}</p>
  if (kind === null) return <p className="scores-field">{T('正在载入评分表…', 'Loading the score sheet…')}</p>

  const criteria = kind === 'tic' ? TIC_INDEX.flatMap((f) => f.children.map((c) => ({ code: c.code, max: 100 }))) : CONSORTIUM_REVIEW_FORM.map((c) => ({ code: c.id, max: c.maxPoints }))
  const filled = criteria.filter((c) => scores[c.code] !== undefined).length
  const sum = criteria.reduce((s, c) => s + (Number.isFinite(scores[c.code]) ? (scores[c.code] as number) : 0), 0)
  return (
    <div className="field-type scores-field" style={{ marginBottom: '1.5rem' }}>
      <label className="field-label">{T('评分表', 'Score sheet')}</label>
      {showError && errorMessage ? <FieldError path={fieldPath} message={errorMessage} showError /> : null}
      <p className="scores-field__progress" style={{ color: 'var(--theme-elevation-600)' }}>
        {kind === 'tic'
          ? T(`已评 ${filled}/${criteria.length} 项二级指标（每项 0–100 分）`, `${filled} of ${criteria.length} indicators scored (0–100 each)`)
          : T(`已评 ${filled}/${criteria.length} 项，合计 ${sum} 分（满分 100）`, `${filled} of ${criteria.length} criteria scored, ${sum} points of 100`)}
      </p>
      {kind === 'tic' ? (
        <table style={{ width: '100%' }}>
          <tbody>
            {TIC_INDEX.map((first) => (
              <React.Fragment key={first.code}>
                <tr>
                  <th colSpan={2} style={{ textAlign: 'left', paddingTop: '0.75rem' }}>
                    {first.code}. {first[lang]}
                  </th>
                </tr>
                {first.children.map((c) => (
                  <tr key={c.code}>
                    <td>
                      {c.code} {c[lang]}
                    </td>
                    <td>{input(c.code, 100, `${c.code} ${c[lang]}`)}</td>
                  </tr>
                ))}
              </React.Fragment>
            ))}
          </tbody>
        </table>
      ) : (
        <table style={{ width: '100%' }}>
          <tbody>
            {CONSORTIUM_REVIEW_FORM.map((c) => (
              <tr key={c.id}>
                <td>
                  {c.label[lang]}（0–{c.maxPoints}）
                </td>
                <td>{input(c.id, c.maxPoints, c.label[lang])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
