import type { CollectionConfig } from 'payload'

import { childrenVisibleToViewer } from '../access/application-children'
import { fieldIsCityOfficer, hasRole, isAdmin, isCityOfficer } from '../access/roles'
import { applicationLinkFields } from '../fields/application-link'
import { copyApplicationLink } from '../hooks/copyApplicationLink'
import { applyExceptionDecision, checkExceptionRequest } from '../hooks/exceptionRequests'
import { requireVisibleApplication } from '../hooks/requireVisibleApplication'

/**
 * "申请豁免": an applicant asks the city bureau to waive an "in principle" (原则上) rule its application fails,
 * with a reason; a city officer grants or refuses it with a reason. A grant becomes an override of the rule.
 */
export const ExceptionRequests: CollectionConfig = {
  slug: 'exception-requests',
  // Saved filters for the officers (src/access/query-presets.ts).
  enableQueryPresets: true,
  labels: { singular: { zh: '豁免申请', en: 'Exception request' }, plural: { zh: '豁免申请', en: 'Exception requests' } },
  admin: { useAsTitle: 'label', defaultColumns: ['application', 'ruleTitle', 'status', 'createdAt'], group: { zh: '申报管理', en: 'Applications' } },
  access: {
    read: childrenVisibleToViewer,
    create: ({ req: { user } }) => hasRole(user, 'admin', 'city-officer', 'applicant'),
    update: isCityOfficer,
    delete: isAdmin,
    readVersions: () => false,
  },
  hooks: { beforeChange: [requireVisibleApplication, copyApplicationLink, checkExceptionRequest], afterChange: [applyExceptionDecision] },
  fields: [
    ...applicationLinkFields(),
    { name: 'label', type: 'text', label: { zh: '豁免申请', en: 'Exception request' }, admin: { hidden: true }, access: { create: () => false, update: () => false } },
    { name: 'ruleId', type: 'text', required: true, index: true, label: { zh: '条款编号', en: 'Rule' }, access: { update: () => false }, admin: { hidden: true } },
    { name: 'ruleTitle', type: 'text', label: { zh: '条款', en: 'Rule' }, access: { create: () => false, update: () => false }, admin: { readOnly: true } },
    { name: 'reason', type: 'textarea', required: true, minLength: 10, label: { zh: '申请理由', en: 'Reason given' }, access: { update: () => false } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      label: { zh: '处理结果', en: 'Decision' },
      options: [
        { value: 'pending', label: { zh: '待市科技局决定', en: 'Awaiting the city bureau' } },
        { value: 'granted', label: { zh: '同意豁免', en: 'Granted' } },
        { value: 'refused', label: { zh: '不予豁免', en: 'Refused' } },
      ],
      access: { create: () => false, update: fieldIsCityOfficer },
    },
    { name: 'decisionReason', type: 'textarea', label: { zh: '决定理由', en: 'Reason for the decision' }, access: { create: () => false, update: fieldIsCityOfficer } },
    { name: 'requestedBy', type: 'relationship', relationTo: 'users', label: { zh: '申请人', en: 'Requested by' }, access: { create: () => false, update: () => false }, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'decidedBy', type: 'relationship', relationTo: 'users', label: { zh: '决定人', en: 'Decided by' }, access: { create: () => false, update: () => false }, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'decidedAt', type: 'date', label: { zh: '决定时间', en: 'Decided at' }, access: { create: () => false, update: () => false }, admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
