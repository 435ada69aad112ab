import type { CollectionConfig } from 'payload'

import { fieldIsAdmin, isAdmin, isLoggedIn } from '../access/roles'
import { auditChanges } from '../hooks/auditChanges'

/**
 * China's holidays and worked weekend days for the years the installed `chinese-days` package does not know yet
 * (or a correction of one it knows). The working-day calendar is the package's days with these on top.
 */
export const CalendarDays: CollectionConfig = {
  slug: 'calendar-days',
  labels: { singular: { zh: '节假日调整', en: 'Calendar day' }, plural: { zh: '节假日与调休', en: 'Holidays and worked days' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['date', 'kind', 'name'],
    group: { zh: '系统', en: 'System' },
    description: {
      zh: '系统已内置国务院公布的节假日安排（chinese-days）；新年度安排公布后，如系统尚未更新，请在此逐日录入放假日和调休上班日。',
      en: "The State Council's schedules are built in (chinese-days); enter a new year's holidays and worked weekend days here until the system is updated.",
    },
  },
  defaultSort: 'date',
  access: { read: isLoggedIn, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: { afterChange: [auditChanges(['date', 'kind', 'name'])] },
  fields: [
    { name: 'date', type: 'date', required: true, unique: true, index: true, label: { zh: '日期', en: 'Date' }, access: { create: fieldIsAdmin, update: fieldIsAdmin }, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy年M月d日' } } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: { zh: '类型', en: 'Kind' },
      options: [
        { value: 'holiday', label: { zh: '放假', en: 'Holiday' } },
        { value: 'workday', label: { zh: '调休上班', en: 'Worked (weekend) day' } },
      ],
      access: { create: fieldIsAdmin, update: fieldIsAdmin },
    },
    { name: 'name', type: 'text', required: true, label: { zh: '名称', en: 'Name' }, admin: { description: { zh: '如：春节', en: 'e.g. Spring Festival' } } },
  ],
}
