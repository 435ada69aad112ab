import type { AccessResult, CollectionConfig } from 'payload'

import { districtRecords } from '../access/applications'
import { districtOf, hasRole } from '../access/roles'
import { applicationLinkFields } from '../fields/application-link'

const never = () => false

/**
 * Objections raised during a public notice: who, what, when, and the city officer's finding. Written only by the
 * receive-objection and resolve-objection transitions; the objector is known to the bureau, not to the applicant.
 */
export const Objections: CollectionConfig = {
  slug: 'objections',
  // Saved filters for the officers (src/access/query-presets.ts).
  enableQueryPresets: true,
  labels: { singular: { zh: '公示异议', en: 'Objection' }, plural: { zh: '公示异议', en: 'Objections' } },
  admin: { useAsTitle: 'summary', defaultColumns: ['application', 'receivedOn', 'objector', 'status', 'resolvedOn'], group: { zh: '评审', en: 'Review' } },
  access: {
    read: ({ req: { user } }): AccessResult => {
      if (hasRole(user, 'admin', 'city-officer')) return true
      if (hasRole(user, 'district-officer')) {
        const district = districtOf(user)
        return district === null ? false : districtRecords(district)
      }
      return false
    },
    create: never,
    update: never,
    delete: never,
  },
  fields: [
    ...applicationLinkFields(),
    { name: 'summary', type: 'text', admin: { hidden: true }, access: { create: never, update: never } },
    { name: 'objector', type: 'text', required: true, label: { zh: '异议人', en: 'Raised by' }, access: { create: never, update: never } },
    { name: 'content', type: 'textarea', required: true, label: { zh: '异议内容', en: 'What it says' }, access: { create: never, update: never } },
    { name: 'receivedOn', type: 'date', required: true, label: { zh: '收到日期', en: 'Received on' }, access: { create: never, update: never } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'open',
      index: true,
      label: { zh: '状态', en: 'Status' },
      options: [
        { value: 'open', label: { zh: '待处理', en: 'Open' } },
        { value: 'resolved', label: { zh: '已处理', en: 'Resolved' } },
      ],
      access: { create: never, update: never },
    },
    { name: 'finding', type: 'textarea', label: { zh: '核查结论', en: 'Finding' }, access: { create: never, update: never } },
    { name: 'resolvedOn', type: 'date', label: { zh: '处理日期', en: 'Resolved on' }, access: { create: never, update: never } },
    { name: 'recordedBy', type: 'text', label: { zh: '登记人', en: 'Recorded by' }, access: { create: never, update: never } },
    { name: 'resolvedBy', type: 'text', label: { zh: '处理人', en: 'Resolved by' }, access: { create: never, update: never } },
  ],
}
