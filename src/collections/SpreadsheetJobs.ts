import type { CollectionConfig } from 'payload'

import { hasRole } from '../access/roles'
import { spreadsheetJobResultEndpoint } from '../workflow/spreadsheet-jobs'

export const SPREADSHEET_JOB_STATUSES = [
  { value: 'queued', label: { zh: '排队中', en: 'Queued' } },
  { value: 'running', label: { zh: '进行中', en: 'Running' } },
  { value: 'done', label: { zh: '已完成', en: 'Done' } },
  { value: 'failed', label: { zh: '失败', en: 'Failed' } },
]

/**
 * 导入导出任务: one large import or export run off the request by the jobs queue (src/jobs/tasks/spreadsheets.ts),
 * with its progress and its result file (under DATA_DIR/spreadsheet-jobs). Only the person who started it and
 * administrators read it; nobody writes it over REST (the endpoints and the job write it, server-side).
 */
export const SpreadsheetJobs: CollectionConfig = {
  slug: 'spreadsheet-jobs',
  labels: { singular: { zh: '导入导出任务', en: 'Import/export job' }, plural: { zh: '导入导出任务', en: 'Imports and exports' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'processed', 'total', 'createdAt'],
    group: { zh: '系统', en: 'System' },
  },
  access: {
    read: ({ req: { user } }) => (!user ? false : hasRole(user, 'admin') ? true : { owner: { equals: user.id } }),
    create: () => false,
    update: () => false,
    delete: ({ req: { user } }) => hasRole(user, 'admin'),
  },
  endpoints: [spreadsheetJobResultEndpoint],
  fields: [
    { name: 'title', type: 'text', label: { zh: '任务', en: 'Job' }, admin: { readOnly: true } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: { zh: '类型', en: 'Kind' },
      options: [
        { value: 'import-members', label: { zh: '导入成员单位', en: 'Import member units' } },
        { value: 'export', label: { zh: '导出 Excel', en: 'Export to Excel' } },
      ],
      admin: { readOnly: true },
    },
    { name: 'status', type: 'select', required: true, defaultValue: 'queued', index: true, label: { zh: '状态', en: 'Status' }, options: SPREADSHEET_JOB_STATUSES, admin: { readOnly: true } },
    { name: 'owner', type: 'relationship', relationTo: 'users', index: true, label: { zh: '发起人', en: 'Started by' }, admin: { readOnly: true } },
    { name: 'target', type: 'text', label: { zh: '数据集', en: 'Collection' }, admin: { readOnly: true, hidden: true } },
    { name: 'application', type: 'relationship', relationTo: 'applications', label: { zh: '申报', en: 'Application' }, admin: { readOnly: true } },
    { name: 'total', type: 'number', label: { zh: '总行数', en: 'Rows' }, admin: { readOnly: true } },
    { name: 'processed', type: 'number', defaultValue: 0, label: { zh: '已处理', en: 'Processed' }, admin: { readOnly: true } },
    { name: 'created', type: 'number', defaultValue: 0, label: { zh: '已导入', en: 'Imported' }, admin: { readOnly: true } },
    { name: 'skipped', type: 'number', defaultValue: 0, label: { zh: '已存在（跳过）', en: 'Already there (skipped)' }, admin: { readOnly: true } },
    { name: 'failed', type: 'number', defaultValue: 0, label: { zh: '未导入', en: 'Not imported' }, admin: { readOnly: true } },
    { name: 'message', type: 'textarea', label: { zh: '结果', en: 'Result' }, admin: { readOnly: true } },
    {
      name: 'progress',
      type: 'ui',
      label: { zh: '进度与结果文件', en: 'Progress and result' },
      admin: { components: { Field: '/src/components/SpreadsheetJobStatus#SpreadsheetJobField' } },
    },
    // Server bookkeeping, never shown: the job's parameters, its failures, the result file and the longest write.
    { name: 'params', type: 'json', admin: { hidden: true } },
    { name: 'failures', type: 'json', admin: { hidden: true } },
    { name: 'resultFile', type: 'text', admin: { hidden: true } },
    { name: 'resultName', type: 'text', admin: { hidden: true } },
    { name: 'maxHoldMs', type: 'number', admin: { hidden: true } },
    { name: 'claimToken', type: 'text', index: true, admin: { hidden: true } },
    { name: 'startedAt', type: 'date', label: { zh: '开始时间', en: 'Started' }, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'finishedAt', type: 'date', label: { zh: '完成时间', en: 'Finished' }, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
