import type { CollectionConfig } from 'payload'

import { trashOnlyUnlessAdmin } from '../access/trash'

import { isCityOfficer, isLoggedIn } from '../access/roles'
import { DEFAULT_NOTICE_WORKING_DAYS, POLICY_SETS, type PolicySetId } from '../policies'

export const POLICY_SET_OPTIONS = (Object.keys(POLICY_SETS) as PolicySetId[]).map((id) => ({
  value: id,
  label: { zh: POLICY_SETS[id].title.zh, en: POLICY_SETS[id].title.en },
}))

export const CARRIER_KIND_OPTIONS = [
  { value: 'consortium', label: { zh: '创新联合体', en: 'Innovation consortium' } },
  { value: 'tic', label: { zh: '技术创新中心', en: 'Technology innovation centre' } },
  { value: 'complex', label: { zh: '产业创新服务综合体', en: 'Industrial innovation service complex' } },
]

/** A call for applications (申报通知) under one policy set. */
export const Programs: CollectionConfig = {
  slug: 'programs',
  labels: { singular: { zh: '申报批次', en: 'Programme' }, plural: { zh: '申报批次', en: 'Programmes' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'policySet', 'carrierKind', 'opensOn', 'closesOn'],
    group: { zh: '申报管理', en: 'Applications' },
  },
  access: { read: isLoggedIn, create: isCityOfficer, update: isCityOfficer, delete: trashOnlyUnlessAdmin(isCityOfficer) },
  trash: true,
  fields: [
    { name: 'title', type: 'text', required: true, label: { zh: '批次名称', en: 'Title' } },
    { name: 'year', type: 'number', required: true, label: { zh: '年度', en: 'Year' } },
    { name: 'policySet', type: 'select', required: true, index: true, label: { zh: '适用政策', en: 'Policy set' }, options: POLICY_SET_OPTIONS },
    { name: 'carrierKind', type: 'select', required: true, label: { zh: '载体类型', en: 'Carrier kind' }, options: CARRIER_KIND_OPTIONS },
    {
      type: 'row',
      fields: [
        { name: 'opensOn', type: 'date', required: true, label: { zh: '申报开始', en: 'Opens on' } },
        { name: 'closesOn', type: 'date', required: true, label: { zh: '申报截止', en: 'Closes on' } },
      ],
    },
    {
      name: 'noticeWorkingDays',
      type: 'number',
      min: 1,
      max: 30,
      defaultValue: DEFAULT_NOTICE_WORKING_DAYS,
      label: { zh: '公示期（工作日）', en: 'Public notice period (working days)' },
    },
    {
      name: 'minReviews',
      type: 'number',
      min: 1,
      max: 15,
      label: { zh: '专家评审最少人数', en: 'Minimum expert reviews' },
      admin: { description: { zh: '留空则按政策默认值', en: 'Leave empty for the policy default' } },
    },
    { name: 'description', type: 'richText', label: { zh: '申报通知', en: 'Call text' } },
  ],
}
