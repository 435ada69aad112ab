// The email outbox: one row per message, written in the transaction of the change that caused it and sent by a
// job (src/email/deliver.ts). Read-only in the admin except for the resend checkbox (city officers), and
// POST /api/notifications/:id/resend.
import type { AccessResult, CollectionBeforeChangeHook, CollectionConfig, Endpoint, FieldAccess } from 'payload'

import { hasRole, isAdmin } from '../access/roles'
import { resendNotification, ResendError } from '../email/deliver'
import { TEMPLATE_IDS, TEMPLATE_LABELS } from '../email/templates'
import { errorResponse, platform, platformError } from '../lib/errors'

// Monaco (Payload's json/code editor) loads from a CDN: shown as plain text instead.
const PLAIN = '/src/components/PlainJsonField#PlainJsonField'

const never: FieldAccess = () => false
const readOnly = { update: never, create: never }

const STATUS_OPTIONS = [
  { value: 'queued', label: { zh: '待发送', en: 'Queued' } },
  { value: 'sending', label: { zh: '发送中', en: 'Sending' } },
  { value: 'sent', label: { zh: '已发送', en: 'Sent' } },
  { value: 'failed', label: { zh: '发送失败', en: 'Failed' } },
]

/** Ticking "resend" (city officers) on a failed or sent row puts it back in the queue. */
const applyResend: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !data.resend) return data
  data.resend = false
  const status = (originalDoc as { status?: string } | undefined)?.status
  if (status !== 'failed' && status !== 'sent') return data
  return {
    ...data,
    status: 'queued',
    attempts: 0,
    nextAttemptAt: null,
    claimToken: null,
    lastError: null,
    resendCount: ((originalDoc as { resendCount?: number | null }).resendCount ?? 0) + 1,
    resentAt: new Date().toISOString(),
    resentBy: req.user?.collection === 'users' ? req.user.id : null,
  }
}

const resendEndpoint: Endpoint = {
  path: '/:id/resend',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'city-officer')) {
      return errorResponse(403, [platform('platform.forbidden', '仅市科技局可重发邮件', 'Only city officers can resend notifications.')])
    }
    const id = req.routeParams?.id as string | undefined
    if (!id) return errorResponse(404, [platformError(404)])
    try {
      await resendNotification(req.payload, id, req.user ? { id: req.user.id } : null)
    } catch (error) {
      if (error instanceof ResendError) {
        const i = error.message.indexOf(' / ')
        return errorResponse(error.status, [platform('notification.resend-refused', i > 0 ? error.message.slice(0, i) : error.message, i > 0 ? error.message.slice(i + 3) : error.message)])
      }
      throw error
    }
    const doc = await req.payload.findByID({ collection: 'notifications', id, depth: 0, overrideAccess: true })
    return Response.json({ message: '已重新加入发送队列 / queued for resending', doc })
  },
}

export const Notifications: CollectionConfig = {
  slug: 'notifications',
  // Saved filters for the officers (src/access/query-presets.ts).
  enableQueryPresets: true,
  labels: { singular: { zh: '邮件通知', en: 'Notification' }, plural: { zh: '邮件通知', en: 'Notifications' } },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'toAddress', 'template', 'status', 'attempts', 'sentAt', 'createdAt'],
    group: { zh: '系统', en: 'System' },
    description: {
      zh: '所有邮件先写入此发件箱，再由后台任务发送；失败的邮件会自动重试，也可勾选“重新发送”。',
      en: 'Every email is written here first and sent by a background job; failures are retried, or tick "Resend".',
    },
  },
  defaultSort: '-createdAt',
  access: {
    read: ({ req: { user } }): AccessResult => {
      if (!user) return false
      if (hasRole(user, 'admin')) return true
      // A password-reset email carries a working link: only its recipient (and an administrator) may read it.
      if (hasRole(user, 'city-officer')) return { or: [{ template: { not_equals: 'password-reset' } }, { recipients: { equals: user.id } }] }
      return { recipients: { equals: user.id } }
    },
    create: () => false,
    // Only the resend checkbox is writable (field access below), and only by city officers.
    update: ({ req: { user } }) => hasRole(user, 'admin', 'city-officer'),
    delete: isAdmin,
  },
  hooks: { beforeChange: [applyResend] },
  endpoints: [resendEndpoint],
  fields: [
    { name: 'subject', type: 'text', label: { zh: '主题', en: 'Subject' }, access: readOnly, admin: { readOnly: true } },
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'queued',
          index: true,
          label: { zh: '状态', en: 'Status' },
          options: STATUS_OPTIONS,
          access: readOnly,
          admin: { readOnly: true },
        },
        { name: 'attempts', type: 'number', defaultValue: 0, label: { zh: '尝试次数', en: 'Attempts' }, access: readOnly, admin: { readOnly: true } },
        {
          name: 'nextAttemptAt',
          type: 'date',
          index: true,
          label: { zh: '下次尝试', en: 'Next attempt' },
          access: readOnly,
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    { name: 'lastError', type: 'textarea', label: { zh: '最近错误', en: 'Last error' }, access: readOnly, admin: { readOnly: true, condition: (data) => Boolean(data?.lastError) } },
    {
      name: 'resend',
      type: 'checkbox',
      defaultValue: false,
      label: { zh: '重新发送', en: 'Resend' },
      access: { create: never, update: ({ req: { user } }) => hasRole(user, 'admin', 'city-officer') },
      admin: {
        position: 'sidebar',
        description: { zh: '勾选并保存，将失败或已发送的邮件重新加入发送队列', en: 'Tick and save to queue a failed or sent email again' },
      },
    },
    {
      type: 'row',
      fields: [
        { name: 'toAddress', type: 'text', required: true, label: { zh: '收件地址', en: 'To' }, access: readOnly, admin: { readOnly: true } },
        { name: 'toName', type: 'text', label: { zh: '收件人', en: 'Recipient name' }, access: readOnly, admin: { readOnly: true } },
      ],
    },
    {
      name: 'recipients',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      index: true,
      label: { zh: '收件用户', en: 'Recipient users' },
      access: readOnly,
      admin: { readOnly: true },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'template',
          type: 'select',
          required: true,
          index: true,
          label: { zh: '模板', en: 'Template' },
          options: TEMPLATE_IDS.map((value) => ({ value, label: TEMPLATE_LABELS[value] })),
          access: readOnly,
          admin: { readOnly: true },
        },
        {
          name: 'language',
          type: 'select',
          defaultValue: 'zh',
          label: { zh: '语言', en: 'Language' },
          options: [
            { value: 'zh', label: { zh: '简体中文', en: 'Simplified Chinese' } },
            { value: 'en', label: { zh: '英文', en: 'English' } },
          ],
          access: readOnly,
          admin: { readOnly: true },
        },
      ],
    },
    { name: 'application', type: 'relationship', relationTo: 'applications', index: true, label: { zh: '所属申报（载体）', en: 'Application (carrier)' }, access: readOnly, admin: { readOnly: true } },
    {
      name: 'attachments',
      type: 'relationship',
      relationTo: 'media',
      hasMany: true,
      label: { zh: '附件', en: 'Attachments' },
      access: readOnly,
      admin: { readOnly: true, description: { zh: '随邮件发送的文件（如认定通知、证书）', en: 'Files sent with the email (e.g. the decision, the certificate)' } },
    },
    { name: 'businessKey', type: 'text', required: true, unique: true, index: true, label: { zh: '业务键', en: 'Business key' }, access: readOnly, admin: { readOnly: true, position: 'sidebar', description: { zh: '同一业务事件只发一封邮件', en: 'One email per business event' } } },
    { name: 'bodyText', type: 'textarea', label: { zh: '正文（纯文本）', en: 'Body (text)' }, access: readOnly, admin: { readOnly: true } },
    { name: 'bodyHtml', type: 'code', label: { zh: '正文（HTML）', en: 'Body (HTML)' }, access: readOnly, admin: { readOnly: true, language: 'html', components: { Field: PLAIN } } },
    { name: 'data', type: 'json', label: { zh: '模板数据', en: 'Template data' }, access: readOnly, admin: { readOnly: true, components: { Field: PLAIN } } },
    {
      type: 'collapsible',
      label: { zh: '投递记录', en: 'Delivery' },
      admin: { initCollapsed: true },
      fields: [
        { name: 'sentAt', type: 'date', index: true, label: { zh: '发送时间', en: 'Sent at' }, access: readOnly, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'lastAttemptAt', type: 'date', label: { zh: '最近尝试', en: 'Last attempt' }, access: readOnly, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'messageId', type: 'text', label: { zh: '邮件标识', en: 'Message-ID' }, access: readOnly, admin: { readOnly: true } },
        { name: 'smtpResponse', type: 'text', label: { zh: '服务器应答', en: 'SMTP response' }, access: readOnly, admin: { readOnly: true } },
        { name: 'resendCount', type: 'number', defaultValue: 0, label: { zh: '重发次数', en: 'Times resent' }, access: readOnly, admin: { readOnly: true } },
        { name: 'resentAt', type: 'date', label: { zh: '最近重发', en: 'Last resent at' }, access: readOnly, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'resentBy', type: 'relationship', relationTo: 'users', label: { zh: '重发人', en: 'Resent by' }, access: readOnly, admin: { readOnly: true } },
        { name: 'claimToken', type: 'text', index: true, label: { zh: '认领标记', en: 'Claim token' }, access: readOnly, admin: { readOnly: true } },
        { name: 'claimedAt', type: 'date', label: { zh: '认领时间', en: 'Claimed at' }, access: readOnly, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
  ],
}
