import type { CollectionConfig } from 'payload'
import { ValidationError } from 'payload'

import { fieldIsAdmin, hasRole, isAdmin, ROLE_LABELS, ROLES } from '../access/roles'
import { canCreateUsers, roleFieldEditable, selfOrAdmin, usersVisibleToViewer } from '../access/users'
import { authEndpoints } from '../auth/endpoints'
import { checkPasswordChange } from '../auth/password'
import { secureCookies } from '../../config/env'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { zh: '用户', en: 'User' }, plural: { zh: '用户', en: 'Users' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'organization', 'district'],
    group: { zh: '系统', en: 'System' },
  },
  auth: {
    // Repeated failures are throttled by src/auth (per account and address, per address, per account) instead of
    // Payload's per-user counter, which loses counts under concurrent attempts and tells which emails exist.
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    // Secure under https; SameSite=Lax keeps the session off cross-site posts (CSRF is also checked by origin).
    cookies: { secure: secureCookies(), sameSite: 'Lax' },
  },
  // login, refresh-token, logout, unlock and forgot-password: see src/auth/endpoints.ts.
  endpoints: authEndpoints,
  access: {
    read: usersVisibleToViewer,
    create: canCreateUsers,
    update: selfOrAdmin,
    delete: isAdmin,
    unlock: isAdmin,
    admin: ({ req: { user } }) => Boolean(user),
  },
  hooks: {
    beforeOperation: [checkPasswordChange],
    beforeChange: [
      ({ data, req, operation }) => {
        // A city officer may create experts and applicants, never staff or admins.
        if (req.user && !hasRole(req.user, 'admin') && data.role && !['expert', 'applicant'].includes(data.role)) {
          if (operation === 'create' || data.role !== (req.user as { role?: string }).role) {
            throw new ValidationError({
              collection: 'users',
              errors: [{ path: 'role', message: '只有系统管理员可以授予工作人员角色 / only an administrator can grant a staff role' }],
            })
          }
        }
        return data
      },
    ],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { zh: '姓名', en: 'Name' } },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'applicant',
      saveToJWT: true,
      index: true,
      label: { zh: '角色', en: 'Role' },
      options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      access: { update: roleFieldEditable },
    },
    {
      name: 'district',
      type: 'relationship',
      relationTo: 'districts',
      saveToJWT: true,
      index: true,
      label: { zh: '所属区县', en: 'District' },
      admin: { condition: (data) => data?.role === 'district-officer', description: { zh: '区县科技局工作人员必填', en: 'Required for district officers' } },
      access: { update: roleFieldEditable },
      validate: (value: unknown, { siblingData }: { siblingData: { role?: string } }) =>
        siblingData.role === 'district-officer' && !value ? '区县工作人员须指定区县 / a district officer needs a district' : true,
    },
    {
      // Drafting and publishing policy parameter revisions: not every city officer; only an administrator grants it.
      name: 'canEditPolicy',
      type: 'checkbox',
      defaultValue: false,
      saveToJWT: true,
      label: { zh: '可修订政策参数', en: 'May revise policy parameters' },
      admin: { condition: (data) => data?.role === 'city-officer', description: { zh: '允许起草、预览和发布政策参数修订；仅系统管理员可以授予', en: 'May draft, preview and publish policy parameter revisions; only an administrator grants it' } },
      access: { create: fieldIsAdmin, update: fieldIsAdmin },
    },
    {
      name: 'organization',
      type: 'relationship',
      relationTo: 'organizations',
      saveToJWT: true,
      index: true,
      label: { zh: '所属单位', en: 'Organisation' },
      admin: { condition: (data) => data?.role === 'applicant' || data?.role === 'expert' },
      access: { update: roleFieldEditable },
      validate: (value: unknown, { siblingData }: { siblingData: { role?: string } }) =>
        siblingData.role === 'applicant' && !value ? '申报用户须指定所属单位 / an applicant needs an organisation' : true,
    },
    {
      name: 'title',
      type: 'select',
      label: { zh: '职称', en: 'Professional title' },
      admin: { condition: (data) => data?.role === 'expert' },
      // The bureau records an expert's title (Weihai's expert rule counts it): the expert cannot raise their own.
      access: { create: roleFieldEditable, update: roleFieldEditable },
      options: [
        { value: 'junior', label: { zh: '初级', en: 'Junior' } },
        { value: 'intermediate', label: { zh: '中级', en: 'Intermediate' } },
        { value: 'associate-senior', label: { zh: '副高级', en: 'Associate senior' } },
        { value: 'senior', label: { zh: '正高级', en: 'Senior' } },
      ],
    },
    {
      name: 'discipline',
      type: 'text',
      label: { zh: '学科领域', en: 'Discipline' },
      admin: { condition: (data) => data?.role === 'expert' },
    },
    { name: 'phone', type: 'text', label: { zh: '联系电话', en: 'Phone' } },
    {
      name: 'currentPassword',
      type: 'text',
      virtual: true,
      label: { zh: '当前密码', en: 'Current password' },
      admin: {
        // Only on one's own account: an administrator setting someone else's password needs none.
        condition: (data, _siblingData, { user }) => Boolean(user && data?.id !== undefined && String(user.id) === String(data.id)),
        description: { zh: '修改自己的密码时须填写', en: 'Needed when you change your own password' },
        components: { Field: '/src/components/CurrentPasswordField#CurrentPasswordField' },
      },
    },
    {
      // Bumped under the row lock whenever the session list is rewritten (src/auth/account-lock.ts).
      name: 'sessionsRevision',
      type: 'number',
      defaultValue: 0,
      access: { read: () => false, create: () => false, update: () => false },
      admin: { hidden: true },
    },
    {
      name: 'language',
      type: 'select',
      defaultValue: 'zh',
      label: { zh: '邮件语言', en: 'Email language' },
      options: [
        { value: 'zh', label: { zh: '简体中文', en: 'Simplified Chinese' } },
        { value: 'en', label: { zh: '英文', en: 'English' } },
      ],
    },
  ],
}
