'use client'
// Payload's date field with the display format of the admin's language: 2027年1月31日 in Chinese, 31 January 2027 in
// English (react-datepicker's default is 01/31/2027, and `admin.date.displayFormat` is one string for all languages).
import { DateTimeField, useTranslation } from '@payloadcms/ui'
import type { DateFieldClientProps } from 'payload'
import React from 'react'

const FORMATS: Record<string, { zh: string; en: string }> = {
  dayOnly: { zh: 'yyyy年M月d日', en: 'd MMMM yyyy' },
  dayAndTime: { zh: 'yyyy年M月d日 HH:mm', en: 'd MMMM yyyy, HH:mm' },
  monthOnly: { zh: 'yyyy年M月', en: 'MMMM yyyy' },
}

export function LocalDateField(props: DateFieldClientProps) {
  const { i18n } = useTranslation()
  const date = (props.field.admin?.date ?? {}) as { pickerAppearance?: string; displayFormat?: string }
  const format = FORMATS[date.pickerAppearance ?? 'dayOnly']
  // A field that names the Chinese day format ('yyyy年M月d日') means "a day": in English it reads as one too.
  if (!format || (date.displayFormat && date.displayFormat !== FORMATS.dayOnly!.zh)) return <DateTimeField {...props} />
  const displayFormat = i18n.language === 'en' ? format.en : format.zh
  const field = { ...props.field, admin: { ...props.field.admin, date: { ...date, displayFormat } } } as DateFieldClientProps['field']
  return <DateTimeField {...props} field={field} />
}

/** The list column of a date field, in the admin's language (2026年11月22日; 22 November 2026), with the time where the field has one. */
export function LocalDateCell({ cellData, field }: { cellData?: unknown; field?: { admin?: { date?: { pickerAppearance?: string } } } }) {
  const { i18n } = useTranslation()
  if (typeof cellData !== 'string' && !(cellData instanceof Date)) return null
  const date = new Date(cellData)
  if (Number.isNaN(date.getTime())) return null
  const withTime = field?.admin?.date?.pickerAppearance === 'dayAndTime'
  const en = i18n.language === 'en'
  const text = new Intl.DateTimeFormat(en ? 'en-GB' : 'zh-CN', {
    // China's day, on the server's render as in any browser (the project's dates are China's: src/email/format.ts).
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', hour12: false } : {}),
  }).format(date)
  return <span className="date-cell">{text}</span>
}
