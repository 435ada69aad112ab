import type { CollectionConfig } from 'payload'

import { trashOnlyUnlessAdmin } from '../access/trash'
import { versionsOfReadableParents } from '../access/versions'

import { canCreateChildAsApplicantOrStaff, childrenEditableByApplicantOrStaff, childrenVisibleToViewer } from '../access/application-children'
import { applicationLinkFields } from '../fields/application-link'
import { checkIpShares } from '../hooks/checkIpShares'
import { copyApplicationLink } from '../hooks/copyApplicationLink'
import { guardApplicationEditable } from '../hooks/guardApplicationEditable'
import { requireVisibleApplication } from '../hooks/requireVisibleApplication'
import { readableUpload } from '../access/media'

/** IP sharing contract (知识产权共享协议): ownership, licence and benefit shares that add up to 100%. */
export const IpContracts: CollectionConfig = {
  slug: 'ip-contracts',
  labels: { singular: { zh: '知识产权协议', en: 'IP contract' }, plural: { zh: '知识产权协议', en: 'IP contracts' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'application', 'ownership', 'signedOn'], group: { zh: '申报管理', en: 'Applications' } },
  versions: { maxPerDoc: 20 },
  trash: true,
  access: {
    read: childrenVisibleToViewer,
    create: canCreateChildAsApplicantOrStaff,
    update: childrenEditableByApplicantOrStaff,
    delete: trashOnlyUnlessAdmin(childrenEditableByApplicantOrStaff),
    readVersions: versionsOfReadableParents('ip-contracts'),
  },
  hooks: { beforeChange: [requireVisibleApplication, guardApplicationEditable, copyApplicationLink, checkIpShares] },
  fields: [
    ...applicationLinkFields(),
    { name: 'title', type: 'text', required: true, label: { zh: '名称', en: 'Title' } },
    {
      name: 'ownership',
      type: 'select',
      required: true,
      label: { zh: '权属约定', en: 'Ownership' },
      options: [
        { value: 'joint', label: { zh: '共同所有', en: 'Jointly owned' } },
        { value: 'by-contribution', label: { zh: '按贡献归属', en: 'By contribution' } },
        { value: 'carrier', label: { zh: '归载体所有', en: 'Owned by the carrier' } },
        { value: 'lead', label: { zh: '归牵头单位所有', en: 'Owned by the lead' } },
      ],
    },
    { name: 'licenceTerms', type: 'textarea', label: { zh: '使用许可', en: 'Licence to use' } },
    {
      name: 'benefitShares',
      labels: { singular: { zh: '收益方', en: 'Share' }, plural: { zh: '收益方', en: 'Shares' } },
      type: 'array',
      required: true,
      minRows: 1,
      label: { zh: '收益分配', en: 'Benefit shares' },
      admin: { description: { zh: '各方比例以万分比录入，合计须为 10000（即 100%）', en: 'In basis points; they must add up to 10,000 (100%)' } },
      fields: [
        {
          name: 'partyKind',
          type: 'select',
          required: true,
          label: { zh: '收益方', en: 'Party' },
          options: [
            { value: 'government', label: { zh: '政府', en: 'Government' } },
            { value: 'carrier', label: { zh: '载体', en: 'Carrier' } },
            { value: 'co-builder', label: { zh: '共建单位', en: 'Co-builder' } },
            { value: 'researchers', label: { zh: '科研人员', en: 'Researchers' } },
            { value: 'member', label: { zh: '成员单位', en: 'Member unit' } },
          ],
        },
        { name: 'organization', type: 'relationship', relationTo: 'organizations', label: { zh: '单位', en: 'Organisation' } },
        { name: 'shareBasisPoints', type: 'number', required: true, min: 0, max: 10000, label: { zh: '比例（万分比）', en: 'Share (basis points)' } },
      ],
    },
    { name: 'signedOn', type: 'date', label: { zh: '签订日期', en: 'Signed on' } },
    { name: 'file', type: 'upload', relationTo: 'media', label: { zh: '协议文本', en: 'Signed copy' }, filterOptions: readableUpload },
  ],
}
