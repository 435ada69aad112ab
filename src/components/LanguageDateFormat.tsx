'use client'
// The admin's dates in its language. Payload formats the document header's 创建时间/最后修改 (and version lists,
// relationship labels…) with `admin.dateFormat`, one pattern for every language: with 'yyyy年M月d日' the English admin
// read "Last Modified 2026年11月22日". This provider sets the pattern of the signed-in user's language in the
// client's config: 2026年11月22日, or 22 November 2026 — the English style of every date in the product
// (src/email/format.ts formatDay, src/components/LocalDateField.tsx).
import { useConfig, useTranslation } from '@payloadcms/ui'
import type { ClientConfig } from 'payload'
import React, { useEffect } from 'react'

export const DATE_PATTERN = { zh: 'yyyy年M月d日', en: 'd MMMM yyyy' } as const

export function LanguageDateFormat({ children }: { children?: React.ReactNode }) {
  const { config, setConfig } = useConfig()
  const { i18n } = useTranslation()
  const pattern = i18n.language === 'en' ? DATE_PATTERN.en : DATE_PATTERN.zh
  useEffect(() => {
    // A page may put the server's config back (Payload's PageConfigProvider): set the pattern again when it does.
    if (config.admin?.dateFormat === pattern) return
    // The setter is React's state setter: the update applies to the config as it is then, not as rendered here.
    ;(setConfig as unknown as React.Dispatch<React.SetStateAction<ClientConfig>>)((current) => (current.admin?.dateFormat === pattern ? current : { ...current, admin: { ...current.admin, dateFormat: pattern } }))
  }, [config, pattern, setConfig])
  return <>{children}</>
}
