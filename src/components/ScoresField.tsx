'use client'
// The expert's score sheet: a TIC is scored on the 42 second-level indicators of 附件1 (0–100 each);
// consortia and complexes on the review form. The total is computed by the server, never typed.
import { useField, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { CONSORTIUM_REVIEW_FORM, TIC_INDEX } from '../policies/tic-index'

type Scores = Record<string, number>

export function ScoresField({ path }: { path: string }) {
  const { value, setValue } = useField<Scores | null>({ path })
  const applicationId = useFormFields(([fields]) => fields.application?.value as number | string | undefined)
  const { i18n } = useTranslation()
  const lang: 'zh' | 'en' = i18n.language === 'en' ? 'en' : 'zh'
  const [kind, setKind] = useState<string | null>(null)

  useEffect(() => {
    if (!applicationId) return
    void fetch(`/api/applications/${applicationId}?depth=0`, { credentials: 'include' })
      .then((r) => (r.ok ? r.json() : null))
      .then((doc: { carrierKind?: string } | null) => setKind(doc?.carrierKind ?? 'consortium'))
  }, [applicationId])

  const scores: Scores = value ?? {}
  const set = (code: string, raw: string) => {
    const next = { ...scores }
    if (raw === '') delete next[code]
    else next[code] = Number(raw)
    setValue(next)
  }
  const input = (code: string, max: number) => (
    <input
      type="number"
      min={0}
      max={max}
      step={1}
      name={`score-${code}`}
      value={scores[code] ?? ''}
      onChange={(e) => set(code, e.target.value)}
      style={{ width: 80 }}
    />
  )

  if (!applicationId) return <p>{lang === 'zh' ? '请先选择申报' : 'Choose the application first'}</p>
  if (kind === null) return null
  return (
    <div className="field-type scores-field" style={{ marginBottom: '1.5rem' }}>
      <label className="field-label">{lang === 'zh' ? '评分' : 'Scores'}</label>
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
                    <td>{input(c.code, 100)}</td>
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
                <td>{input(c.id, c.maxPoints)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
