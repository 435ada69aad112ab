import type { AccessResult, CollectionConfig } from 'payload'

import { hasRole, districtOf } from '../access/roles'

/**
 * Every change of status, money or override, and every workflow transition: who, when, from, to, why.
 * Written only by the system (hooks); nobody edits or deletes it.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  // Saved filters for the officers (src/access/query-presets.ts).
  enableQueryPresets: true,
  labels: { singular: { zh: '操作记录', en: 'Audit entry' }, plural: { zh: '操作记录', en: 'Audit trail' } },
  admin: { useAsTitle: 'summary', defaultColumns: ['at', 'action', 'summary', 'actorName', 'actorRole'], group: { zh: '系统', en: 'System' } },
  defaultSort: '-at',
  access: {
    read: ({ req: { user } }): AccessResult => {
      if (!user) return false
      if (hasRole(user, 'admin', 'city-officer')) return true
      if (hasRole(user, 'district-officer')) {
        const district = districtOf(user)
        // Not the trail of an applicant's draft (what was never submitted to the district); a unit's own changes have no application.
        return district === null
          ? false
          : { and: [{ district: { equals: district } }, { or: [{ application: { exists: false } }, { 'application.status': { not_equals: 'draft' } }] }] }
      }
      if (hasRole(user, 'applicant')) {
        const organization = (user as { organization?: unknown }).organization
        const id = typeof organization === 'object' && organization !== null ? (organization as { id: number }).id : organization
        // Applicants see their applications' timeline (transitions and corrections), not money or overrides.
        return id ? { and: [{ lead: { equals: id } }, { action: { in: ['transition', 'correction'] } }] } : false
      }
      return false
    },
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  fields: [
    { name: 'at', type: 'date', required: true, index: true, label: { zh: '时间', en: 'At' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      label: { zh: '操作', en: 'Action' },
      options: [
        { value: 'transition', label: { zh: '流程流转', en: 'Transition' } },
        { value: 'change', label: { zh: '数据变更', en: 'Change' } },
        { value: 'override', label: { zh: '政策豁免', en: 'Override' } },
        { value: 'create', label: { zh: '新建', en: 'Create' } },
        { value: 'delete', label: { zh: '删除', en: 'Delete' } },
        { value: 'correction', label: { zh: '更正记录', en: 'Correction' } },
      ],
    },
    { name: 'collectionSlug', type: 'text', required: true, index: true, label: { zh: '对象类型', en: 'Collection' } },
    { name: 'docId', type: 'text', required: true, index: true, label: { zh: '对象编号', en: 'Record id' } },
    { name: 'application', type: 'relationship', relationTo: 'applications', index: true, label: { zh: '申报', en: 'Application' } },
    { name: 'lead', type: 'relationship', relationTo: 'organizations', index: true, label: { zh: '牵头单位', en: 'Lead unit' } },
    { name: 'district', type: 'relationship', relationTo: 'districts', index: true, label: { zh: '区县', en: 'District' } },
    { name: 'transition', type: 'text', label: { zh: '流转', en: 'Transition' } },
    { name: 'from', type: 'text', label: { zh: '原状态', en: 'From' } },
    { name: 'to', type: 'text', label: { zh: '新状态', en: 'To' } },
    { name: 'reason', type: 'textarea', label: { zh: '理由', en: 'Reason' } },
    // Ids and plain values for machines; people read the summary (the json editor would load code from outside).
    { name: 'changes', type: 'json', label: { zh: '变更内容', en: 'Changes' }, admin: { hidden: true, components: { Field: '/src/components/PlainJsonField#PlainJsonField' } } },
    { name: 'summary', type: 'text', label: { zh: '摘要', en: 'Summary' } },
    { name: 'user', type: 'relationship', relationTo: 'users', label: { zh: '操作人账号', en: 'Account' } },
    // A snapshot of who acted, kept when the account is deleted.
    { name: 'actorName', type: 'text', label: { zh: '操作人', en: 'By' } },
    { name: 'actorRole', type: 'text', label: { zh: '操作人角色', en: 'Role' } },
    // The acting office by name (鄞州区科技局, the city bureau, the applicant's unit), in both languages.
    { name: 'actorOffice', type: 'text', label: { zh: '办理单位', en: 'Office' } },
    { name: 'actorOfficeEn', type: 'text', label: { zh: '办理单位（英文）', en: 'Office (English)' } },
  ],
}
