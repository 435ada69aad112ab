import type { CollectionConfig, PayloadRequest, Where } from 'payload'

import { trashOnlyUnlessAdmin } from '../access/trash'

import { lockVersionField } from '../fields/lock-version'

import { hasRole } from '../access/roles'
import { canCreateOrganizations, financialFiguresReadable, organizationsEditableByViewer, organizationsVisibleToViewer } from '../access/organizations'
import { moneyField } from '../fields/money'
import { withMemberUnits } from '../access/member-units'
import { creditCodeExplanation } from '../lib/credit-code'
import { organizationByCodeEndpoint, organizationsByNameEndpoint } from '../workflow/organization-lookup'
import { auditChanges } from '../hooks/auditChanges'
import { guardOrganizationIdentity } from '../hooks/organizations/guardIdentity'
import { districtFromCreditCode } from '../hooks/organizations/unitDistrict'
import { revalidateOrganization } from '../hooks/revalidate/organizations'
import { refreshLeadSearchText } from '../hooks/applications/searchText'


export const ORGANIZATION_KINDS = [
  { value: 'enterprise', label: { zh: '企业', en: 'Enterprise' } },
  { value: 'university', label: { zh: '高校', en: 'University' } },
  { value: 'institute', label: { zh: '科研院所', en: 'Research institute' } },
  { value: 'new-type-rnd', label: { zh: '新型研发机构', en: 'New-type R&D institution' } },
  { value: 'service-body', label: { zh: '服务机构', en: 'Service body' } },
  { value: 'association', label: { zh: '行业协会', en: 'Industry association' } },
  { value: 'town', label: { zh: '镇（街道）', en: 'Town (street)' } },
  { value: 'park', label: { zh: '产业园区', en: 'Industrial park' } },
]

export const PLATFORMS = [
  { value: 'provincial-tech-centre', label: { zh: '省级以上企业技术中心', en: 'Provincial+ enterprise technology centre' } },
  { value: 'key-lab', label: { zh: '省级以上重点实验室', en: 'Provincial+ key laboratory' } },
  { value: 'provincial-key-research-institute', label: { zh: '省级重点企业研究院', en: 'Provincial key enterprise research institute' } },
  { value: 'provincial-rd-institution', label: { zh: '省级以上企业研发机构', en: 'Provincial+ enterprise R&D institution' } },
]

export const Organizations: CollectionConfig = {
  slug: 'organizations',
  labels: { singular: { zh: '单位', en: 'Organisation' }, plural: { zh: '单位', en: 'Organisations' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'creditCode', 'kind', 'district'],
    group: { zh: '申报管理', en: 'Applications' },
  },
  trash: true,
  endpoints: [organizationByCodeEndpoint, organizationsByNameEndpoint],
  access: {
    read: withMemberUnits(organizationsVisibleToViewer),
    create: canCreateOrganizations,
    update: organizationsEditableByViewer,
    delete: trashOnlyUnlessAdmin(({ req: { user } }) => hasRole(user, 'admin', 'city-officer')),
  },
  hooks: {
    beforeChange: [
      guardOrganizationIdentity,
      ({ data, req, operation }) => {
        if (typeof data.creditCode === 'string') data.creditCode = data.creditCode.trim().toUpperCase()
        if (operation === 'create' && req.user) data.createdBy = req.user.id
        return data
      },
      districtFromCreditCode,
    ],
    // A unit's identity (name, credit code, kind, district, city of registration) is in the trail: it decides who
    // reviews an application and what the public pages show.
    afterChange: [auditChanges(['name', 'creditCode', 'kind', 'district', 'registeredCity'], { leadIsSelf: true }), revalidateOrganization, refreshLeadSearchText],
  },
  fields: [
    { name: 'name', type: 'text', required: true, index: true, label: { zh: '单位名称', en: 'Name' } },
    {
      name: 'creditCode',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { zh: '统一社会信用代码', en: 'Unified social credit code' },
      // Says what is wrong (length, which character, the check digit expected), and names the unit already
      // registered under the code, so it is picked rather than registered twice.
      validate: async (value: unknown, { req, id }: { req: PayloadRequest; id?: number | string }) => {
        if (typeof value !== 'string' || value.trim().length === 0) return '请填写统一社会信用代码 / the unified social credit code is required'
        const code = value.trim().toUpperCase()
        const problem = creditCodeExplanation(code)
        if (problem) return `${problem.zh} / ${problem.en}`
        const where: Where = id === undefined ? { creditCode: { equals: code } } : { and: [{ creditCode: { equals: code } }, { id: { not_equals: id } }] }
        const existing = await req.payload.find({ collection: 'organizations', where, limit: 1, depth: 0, overrideAccess: true, req, select: { name: true } })
        const other = existing.docs[0]
        return other
          ? `该统一社会信用代码已登记为“${other.name}”：请直接选用该单位，无需重复登记 / this code is already registered as "${other.name}": pick that unit instead of registering it again`
          : true
      },
    },
    { name: 'kind', type: 'select', required: true, label: { zh: '单位类型', en: 'Kind' }, options: ORGANIZATION_KINDS },
    { name: 'district', type: 'relationship', relationTo: 'districts', index: true, label: { zh: '所在区县', en: 'District' } },
    { name: 'registeredCity', type: 'text', label: { zh: '注册地（城市）', en: 'City of registration' } },
    { name: 'legalRepresentative', type: 'text', label: { zh: '法定代表人', en: 'Legal representative' } },
    {
      type: 'row',
      fields: [
        {
          name: 'techLeaderKind',
          type: 'select',
          label: { zh: '科技企业称号', en: 'Technology enterprise title' },
          options: [
            { value: 'leading', label: { zh: '科技领军企业', en: 'Leading technology enterprise' } },
            { value: 'little-giant', label: { zh: '科技小巨人企业', en: 'Technology little giant' } },
          ],
        },
        { name: 'rdYearsInField', type: 'number', min: 0, label: { zh: '本领域研发年限', en: 'Years of R&D in the field' } },
      ],
    },
    { name: 'platforms', type: 'select', hasMany: true, label: { zh: '研发平台', en: 'R&D platforms' }, options: PLATFORMS },
    { name: 'hasNingboProject', type: 'checkbox', label: { zh: '承担过宁波市级以上科技项目', en: 'Has carried out a Ningbo-level or higher S&T project' } },
    {
      name: 'figures',
      type: 'array',
      label: { zh: '年度经营与研发数据', en: 'Yearly figures' },
      labels: { singular: { zh: '年度数据', en: 'Year' }, plural: { zh: '年度数据', en: 'Years' } },
      access: { read: financialFiguresReadable },
      admin: { initCollapsed: false },
      fields: [
        { name: 'year', type: 'number', required: true, min: 1990, max: 2100, label: { zh: '年度', en: 'Year' } },
        moneyField({ name: 'revenue', label: { zh: '营业收入', en: 'Revenue' } }),
        moneyField({ name: 'netAssets', label: { zh: '净资产', en: 'Net assets' } }),
        moneyField({ name: 'rdSpend', label: { zh: '研发投入', en: 'R&D spend' } }),
        { name: 'rdStaff', type: 'number', min: 0, label: { zh: '研发人员（人）', en: 'R&D staff' } },
        moneyField({ name: 'equipmentValue', label: { zh: '科研仪器设备原值', en: 'Research equipment (original value)' } }),
      ],
    },
    lockVersionField,
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: 'users',
      label: { zh: '录入人', en: 'Entered by' },
      // Units entered before this was kept (the register's seed) have nobody to name: no empty "选择一个值" box.
      admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.createdBy) },
      access: { create: () => false, update: () => false },
    },
  ],
}
