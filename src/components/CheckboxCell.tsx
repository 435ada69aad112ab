'use client'
// A checkbox column: 是/否 (Yes/No). Payload's own cell looks up `general:${value}`, so a box never ticked (null in
// the database) read "general:null".
import { useTranslation } from '@payloadcms/ui'
import React from 'react'

export function CheckboxCell({ cellData }: { cellData?: unknown }) {
  const { i18n } = useTranslation()
  const yes = cellData === true
  const text = i18n.language === 'en' ? (yes ? 'Yes' : 'No') : yes ? '是' : '否'
  return <span className="bool-cell" data-checked={yes ? 'true' : 'false'}>{text}</span>
}
