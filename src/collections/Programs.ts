import type { CollectionConfig, Field, Where } from 'payload'

import { trashOnlyUnlessAdmin } from '../access/trash'
import { lockVersionField } from '../fields/lock-version'
import { validatePattern } from '../workflow/document-numbers'

import { fieldIsCityOfficer, isCityOfficer, isLoggedIn } from '../access/roles'
import { revalidateProgram } from '../hooks/revalidate/programs'
import { POLICY_SETS, type PolicySetId } from '../policies'

export const POLICY_SET_OPTIONS = (Object.keys(POLICY_SETS) as PolicySetId[]).map((id) => ({
  value: id,
  label: { zh: POLICY_SETS[id].title.zh, en: POLICY_SETS[id].title.en },
}))

export const CARRIER_KIND_OPTIONS = [
  { value: 'consortium', label: { zh: '创新联合体', en: 'Innovation consortium' } },
  { value: 'tic', label: { zh: '技术创新中心', en: 'Technology innovation centre' } },
  { value: 'complex', label: { zh: '产业创新服务综合体', en: 'Industrial innovation service complex' } },
]

// Shown on the public notice board and the carriers' pages: read by every staff user, written by the city bureau.
const publicField = { read: () => true, create: fieldIsCityOfficer, update: fieldIsCityOfficer }

/** What a public notice of this programme states: who issues it, its number, and how and where to object. */
const publicNoticeFields: Field = {
  name: 'publicNotice',
  type: 'group',
  label: { zh: '公示与公开信息', en: 'Public notice and publication' },
  admin: { description: { zh: '显示在公开网站的公示栏和载体页面上', en: 'Shown on the public notice board and the carriers\' pages' } },
  access: publicField,
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'issuingOffice', type: 'text', maxLength: 60, access: publicField, label: { zh: '发布单位', en: 'Issuing office' }, admin: { description: { zh: '如：宁波市科学技术局', en: 'e.g. Ningbo Municipal Science and Technology Bureau' } } },
        { name: 'noticeDocumentNumber', type: 'text', maxLength: 40, access: publicField, label: { zh: '公示文号', en: 'Notice number' }, admin: { description: { zh: '如：甬科公示〔2026〕5号', en: 'e.g. 甬科公示〔2026〕5号' } } },
        { name: 'recognitionDocumentNumber', type: 'text', maxLength: 40, access: publicField, label: { zh: '认定（备案）文号', en: 'Recognition document number' }, admin: { description: { zh: '如：甬科高〔2026〕12号', en: 'e.g. 甬科高〔2026〕12号' } } },
      ],
    },
    {
      // 文号 in sequence: each notice and each decision takes the next number when it is issued (document-numbers.ts).
      type: 'row',
      fields: [
        { name: 'noticeNumberPattern', type: 'text', maxLength: 40, access: publicField, validate: validatePattern, label: { zh: '公示文号格式', en: 'Notice number pattern' }, admin: { description: { zh: '{year} 为年度，{n} 为顺序号，如：甬科公示〔{year}〕{n}号；留空则用上面的公示文号', en: '{year}: the year, {n}: the number, e.g. 甬科公示〔{year}〕{n}号; empty: the fixed number above' } } },
        { name: 'noticeNextNumber', type: 'number', min: 1, max: 99999, defaultValue: 1, access: publicField, label: { zh: '下一个公示顺序号', en: 'Next notice number' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'decisionNumberPattern', type: 'text', maxLength: 40, access: publicField, validate: validatePattern, label: { zh: '认定（备案）文号格式', en: 'Decision number pattern' }, admin: { description: { zh: '如：甬科高〔{year}〕{n}号；每份认定（备案）通知依次取号，不重号', en: 'e.g. 甬科高〔{year}〕{n}号; each decision takes the next number, never twice' } } },
        { name: 'decisionNextNumber', type: 'number', min: 1, max: 99999, defaultValue: 1, access: publicField, label: { zh: '下一个认定（备案）顺序号', en: 'Next decision number' } },
      ],
    },
    {
      name: 'objection',
      type: 'group',
      label: { zh: '异议受理', en: 'Objections' },
      access: publicField,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'department', type: 'text', maxLength: 60, access: publicField, label: { zh: '受理部门', en: 'Department' } },
            { name: 'phone', type: 'text', maxLength: 40, access: publicField, label: { zh: '联系电话', en: 'Phone' } },
            { name: 'email', type: 'email', access: publicField, label: { zh: '电子邮箱', en: 'Email' } },
          ],
        },
        { name: 'address', type: 'text', maxLength: 120, access: publicField, label: { zh: '通讯地址', en: 'Postal address' } },
        {
          name: 'instructions',
          type: 'textarea',
          maxLength: 500,
          access: publicField,
          label: { zh: '异议方式说明', en: 'How to object' },
          admin: { description: { zh: '如：单位提出异议须加盖公章，个人须署真实姓名并提供联系方式。', en: 'e.g. objections from a unit carry its seal; from a person, their real name and a contact' } },
        },
      ],
    },
  ],
}

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
  hooks: { afterChange: [revalidateProgram] },
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
      // No default: an empty field follows the parameter revision in force (5 in the first one), so a revision that
      // changes the notice period reaches every programme that did not set its own.
      label: { zh: '公示期（工作日）', en: 'Public notice period (working days)' },
      admin: { description: { zh: '留空则按公示首日有效的参数修订（文件原文参数为5个工作日）；填写则本批次固定使用该天数', en: 'Empty: the parameter revision in force on the first day of the notice (5 working days in the original figures); a value fixes this programme\'s period' } },
    },
    {
      name: 'minReviews',
      type: 'number',
      min: 1,
      max: 15,
      label: { zh: '专家评审最少人数', en: 'Minimum expert reviews' },
      admin: { description: { zh: '留空则按适用的参数修订', en: 'Empty: the parameter revision that applies' } },
    },
    {
      // The programme's own figures: the applications of this batch are judged on this revision whatever their date.
      name: 'parameterRevision',
      type: 'relationship',
      relationTo: 'policy-revisions',
      label: { zh: '适用参数修订', en: 'Parameter revision' },
      filterOptions: ({ data }): Where => ({ and: [{ policySet: { equals: data?.policySet ?? '' } }, { status: { equals: 'published' } }] }),
      admin: { description: { zh: '留空则按申报（收件）日期适用当时有效的参数修订', en: 'Empty: the revision in force on the application (received-on) date' } },
    },
    {
      name: 'requiredDocuments',
      type: 'array',
      label: { zh: '须提交的材料', en: 'Documents required' },
      labels: { singular: { zh: '材料', en: 'Document' }, plural: { zh: '材料', en: 'Documents' } },
      admin: { description: { zh: '申报单位在本批次须提交的材料清单', en: 'What applicants of this programme must submit' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'title', type: 'text', required: true, maxLength: 80, label: { zh: '材料名称', en: 'Document' } },
            { name: 'note', type: 'text', maxLength: 200, label: { zh: '说明', en: 'Note' } },
          ],
        },
      ],
    },
    { name: 'description', type: 'richText', label: { zh: '申报通知', en: 'Call text' } },
    publicNoticeFields,
    lockVersionField,
  ],
}
