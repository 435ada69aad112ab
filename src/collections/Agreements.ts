import type { CollectionConfig } from 'payload'

import { trashOnlyUnlessAdmin } from '../access/trash'
import { versionsOfReadableParents } from '../access/versions'

import { canCreateChildAsApplicantOrStaff, childrenEditableByApplicantOrStaff, childrenVisibleToViewer } from '../access/application-children'
import { applicationLinkFields } from '../fields/application-link'
import { copyApplicationLink } from '../hooks/copyApplicationLink'
import { guardApplicationEditable } from '../hooks/guardApplicationEditable'
import { requireVisibleApplication } from '../hooks/requireVisibleApplication'
import { readableUpload } from '../access/media'

/** Formation agreement / letter of intent / charter (组建协议 / 意向书 / 章程), signed by every member. */
export const Agreements: CollectionConfig = {
  slug: 'agreements',
  labels: { singular: { zh: '组建协议', en: 'Agreement' }, plural: { zh: '组建协议', en: 'Agreements' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'application', 'kind', 'signedOn'], group: { zh: '申报管理', en: 'Applications' } },
  versions: { maxPerDoc: 20 },
  trash: true,
  access: {
    read: childrenVisibleToViewer,
    create: canCreateChildAsApplicantOrStaff,
    update: childrenEditableByApplicantOrStaff,
    delete: trashOnlyUnlessAdmin(childrenEditableByApplicantOrStaff),
    readVersions: versionsOfReadableParents('agreements'),
  },
  hooks: { beforeChange: [requireVisibleApplication, guardApplicationEditable, copyApplicationLink] },
  fields: [
    ...applicationLinkFields(),
    { name: 'title', type: 'text', required: true, label: { zh: '名称', en: 'Title' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'formation-agreement',
      label: { zh: '类型', en: 'Kind' },
      options: [
        { value: 'formation-agreement', label: { zh: '组建协议', en: 'Formation agreement' } },
        { value: 'letter-of-intent', label: { zh: '意向书', en: 'Letter of intent' } },
        { value: 'charter', label: { zh: '章程', en: 'Charter' } },
      ],
    },
    { name: 'terms', type: 'textarea', label: { zh: '任务、权利与义务', en: 'Tasks, rights and obligations' } },
    {
      name: 'signatories',
      labels: { singular: { zh: '签署方', en: 'Signatory' }, plural: { zh: '签署方', en: 'Signatories' } },
      type: 'array',
      label: { zh: '签署方', en: 'Signatories' },
      fields: [
        { name: 'organization', type: 'relationship', relationTo: 'organizations', required: true, label: { zh: '单位', en: 'Organisation' } },
        { name: 'signatory', type: 'text', required: true, label: { zh: '签署人', en: 'Signed by' } },
        { name: 'signedOn', type: 'date', required: true, label: { zh: '签署日期', en: 'Signed on' } },
      ],
    },
    { name: 'signedOn', type: 'date', label: { zh: '协议生效日期', en: 'Effective on' } },
    { name: 'file', type: 'upload', relationTo: 'media', label: { zh: '协议文本', en: 'Signed copy' }, filterOptions: readableUpload },
  ],
}
