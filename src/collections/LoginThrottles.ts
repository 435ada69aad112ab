// Counters of sign-in and password-reset attempts (src/auth/throttle.ts). Written only by the server; an
// administrator reads them (who is paused, from where) and may delete one to lift its pause.
import type { CollectionConfig, FieldAccess, PayloadRequest } from 'payload'

import { hasRole, isAdmin, nobody } from '../access/roles'

const serverOwned: { create: FieldAccess; update: FieldAccess } = { create: () => false, update: () => false }

export const LoginThrottles: CollectionConfig = {
  slug: 'login-throttles',
  labels: { singular: { zh: '登录限制', en: 'Sign-in throttle' }, plural: { zh: '登录限制', en: 'Sign-in throttles' } },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['email', 'address', 'attempts', 'pausedUntil', 'lastAttemptAt'],
    group: { zh: '系统', en: 'System' },
    hidden: ({ user }) => !hasRole(user as PayloadRequest['user'], 'admin'),
    description: {
      zh: '登录与密码重置的尝试计数。暂停到期自动解除；删除一条记录即立即解除该暂停。',
      en: 'Counts of sign-in and password-reset attempts. A pause ends by itself; deleting a row lifts it at once.',
    },
  },
  defaultSort: '-lastAttemptAt',
  access: { read: isAdmin, create: nobody, update: nobody, delete: isAdmin },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true, label: { zh: '计数键', en: 'Key' }, access: serverOwned, admin: { readOnly: true } },
    {
      name: 'scope',
      type: 'select',
      label: { zh: '范围', en: 'Scope' },
      access: serverOwned,
      admin: { readOnly: true },
      options: [
        { value: 'account-address', label: { zh: '账户（同一地址）', en: 'Account from one address' } },
        { value: 'address', label: { zh: '地址', en: 'Address' } },
        { value: 'account', label: { zh: '账户（所有地址）', en: 'Account from all addresses' } },
        { value: 'reset-account', label: { zh: '密码重置（账户）', en: 'Password reset (account)' } },
        { value: 'reset-address', label: { zh: '密码重置（地址）', en: 'Password reset (address)' } },
      ],
    },
    { name: 'email', type: 'text', index: true, label: { zh: '邮箱', en: 'Email' }, access: serverOwned, admin: { readOnly: true } },
    { name: 'address', type: 'text', label: { zh: '来源地址', en: 'Address' }, access: serverOwned, admin: { readOnly: true } },
    { name: 'attempts', type: 'number', defaultValue: 0, label: { zh: '尝试次数', en: 'Attempts' }, access: serverOwned, admin: { readOnly: true } },
    { name: 'windowStartedAt', type: 'date', label: { zh: '计数开始', en: 'Window started' }, access: serverOwned, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'pausedUntil', type: 'date', index: true, label: { zh: '暂停至', en: 'Paused until' }, access: serverOwned, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'lastAttemptAt', type: 'date', label: { zh: '最近尝试', en: 'Last attempt' }, access: serverOwned, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
