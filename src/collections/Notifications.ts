// STUB — replaced by the notifications work (issue 6).
import type { CollectionConfig } from 'payload'

export const Notifications: CollectionConfig = {
  slug: 'notifications',
  labels: { singular: { zh: '邮件通知', en: 'Notification' }, plural: { zh: '邮件通知', en: 'Notifications' } },
  fields: [{ name: 'businessKey', type: 'text', required: true, unique: true }],
}
