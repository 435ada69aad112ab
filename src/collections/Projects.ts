import type { CollectionConfig } from 'payload'

import { trashOnlyUnlessAdmin } from '../access/trash'

import { childrenVisibleToViewer } from '../access/application-children'
import { isCityOfficer } from '../access/roles'
import { applicationLinkFields } from '../fields/application-link'
import { moneyField } from '../fields/money'
import { auditChanges } from '../hooks/auditChanges'
import { copyApplicationLink } from '../hooks/copyApplicationLink'
import { enforceProjectQuota } from '../hooks/enforceProjectQuota'
import { notifyOnProjectAccepted } from '../hooks/notifyOnProjectAccepted'
import { PROJECT_KIND_LABELS, PROJECT_KINDS } from '../policies'
import { requireVisibleApplication } from '../hooks/requireVisibleApplication'

export const PROJECT_KIND_OPTIONS = PROJECT_KINDS.map((value) => ({ value, label: PROJECT_KIND_LABELS[value] }))

export const PROJECT_STATUSES = [
  { value: 'in-progress', label: { zh: '在研', en: 'In progress' } },
  { value: 'accepted', label: { zh: '已验收', en: 'Accepted' } },
  { value: 'failed', label: { zh: '未通过验收', en: 'Failed' } },
]

/** R&D projects a carrier or its lead undertakes; the quotas count these. */
export const Projects: CollectionConfig = {
  slug: 'projects',
  // Saved filters for the officers (src/access/query-presets.ts).
  enableQueryPresets: true,
  labels: { singular: { zh: '项目', en: 'Project' }, plural: { zh: '项目', en: 'Projects' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'application', 'kind', 'year', 'status'], group: { zh: '资金与项目', en: 'Funding & projects' } },
  trash: true,
  access: { read: childrenVisibleToViewer, create: isCityOfficer, update: isCityOfficer, delete: trashOnlyUnlessAdmin(isCityOfficer) },
  hooks: { beforeChange: [requireVisibleApplication, copyApplicationLink, enforceProjectQuota], afterChange: [auditChanges(['status', 'subsidyTotal']), notifyOnProjectAccepted] },
  fields: [
    ...applicationLinkFields(),
    { name: 'title', type: 'text', required: true, label: { zh: '项目名称', en: 'Title' } },
    {
      type: 'row',
      fields: [
        { name: 'kind', type: 'select', required: true, index: true, label: { zh: '类别', en: 'Kind' }, options: PROJECT_KIND_OPTIONS },
        { name: 'year', type: 'number', required: true, index: true, min: 2000, max: 2100, label: { zh: '立项年度', en: 'Year' } },
        { name: 'status', type: 'select', required: true, defaultValue: 'in-progress', index: true, label: { zh: '状态', en: 'Status' }, options: PROJECT_STATUSES },
      ],
    },
    { name: 'undertaker', type: 'relationship', relationTo: 'organizations', label: { zh: '承担单位', en: 'Undertaking unit' } },
    moneyField({ name: 'subsidyTotal', label: { zh: '核定补助总额', en: 'Approved subsidy' } }),
    { name: 'acceptedOn', type: 'date', label: { zh: '验收日期', en: 'Accepted on' } },
  ],
}
