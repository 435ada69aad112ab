'use client'
// The rule of an override, picked from the 原则上 (in-principle) rules this application currently fails — never a
// rule id typed by hand. Rows saved earlier keep their rule, shown by its title.
import { FieldLabel, useDocumentInfo, useField, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

type Bilingual = { zh: string; en: string }
type Item = { ruleId: string; title: Bilingual; severity: string; status: string; violation?: { message: Bilingual } }

export function OverrideRuleField({ path, readOnly }: { path: string; readOnly?: boolean }) {
  const { value, setValue } = useField<string>({ path })
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const lang: 'zh' | 'en' = i18n.language === 'en' ? 'en' : 'zh'
  const [items, setItems] = useState<Item[] | null>(null)

  useEffect(() => {
    if (!id) return
    void fetch(`/api/applications/${id}/checklist`, { credentials: 'include' })
      .then((r) => (r.ok ? r.json() : { items: [] }))
      .then((json: { items?: Item[] }) => setItems((json.items ?? []).filter((i) => i.severity === 'overridable')))
  }, [id])

  const failing = (items ?? []).filter((i) => i.status === 'fail' || i.ruleId === value)
  const saved = Boolean(value) && (items ?? []).some((i) => i.ruleId === value && i.status === 'overridden')
  return (
    <div className="field-type override-rule" style={{ marginBottom: '1rem' }}>
      <FieldLabel label={lang === 'zh' ? '豁免的“原则上”条款' : 'In-principle rule to override'} path={path} required />
      {items === null ? (
        <p>{lang === 'zh' ? '正在读取本申报的合规检查…' : 'Reading the checklist…'}</p>
      ) : failing.length === 0 ? (
        <p style={{ color: 'var(--theme-elevation-600)' }}>{lang === 'zh' ? '本申报目前没有未满足的“原则上”条款，无需豁免。' : 'This application fails no in-principle rule: nothing to override.'}</p>
      ) : (
        <select name="override-rule" value={value ?? ''} disabled={readOnly || saved} onChange={(e) => setValue(e.target.value)} style={{ width: '100%', padding: '0.4rem' }}>
          <option value="">{lang === 'zh' ? '— 选择未满足的条款 —' : '— choose a failing rule —'}</option>
          {failing.map((i) => (
            <option key={i.ruleId} value={i.ruleId}>
              {i.title[lang]}
              {i.violation ? `：${i.violation.message[lang].replace(/\s*\[[a-z][a-z0-9-]*(?:\.[a-z0-9.-]+)+\]/gi, '')}` : ''}
            </option>
          ))}
        </select>
      )}
    </div>
  )
}
