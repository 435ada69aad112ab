import type { CollectionConfig } from 'payload'

import { trashOnlyUnlessAdmin } from '../access/trash'

import { canCreateChildAsApplicantOrStaff, childrenEditableByApplicantOrStaff, childrenVisibleToViewer } from '../access/application-children'
import { applicationLinkFields } from '../fields/application-link'
import { copyApplicationLink } from '../hooks/copyApplicationLink'
import { guardApplicationEditable } from '../hooks/guardApplicationEditable'
import { nameMember } from '../hooks/nameMember'
import { districtForMemberUnit } from '../hooks/organizations/unitDistrict'
import { revalidateDeletedMember, revalidateMember } from '../hooks/revalidate/members'
import { importMembersEndpoint, importTemplateEndpoint } from '../workflow/import-members'
import { requireVisibleApplication } from '../hooks/requireVisibleApplication'

export const MEMBER_ROLES = [
  { value: 'lead', label: { zh: '牵头单位', en: 'Lead' } },
  { value: 'enterprise', label: { zh: '企业', en: 'Enterprise' } },
  { value: 'university', label: { zh: '高校', en: 'University' } },
  { value: 'institute', label: { zh: '科研院所', en: 'Research institute' } },
  { value: 'service', label: { zh: '服务机构', en: 'Service body' } },
  { value: 'financial', label: { zh: '金融机构', en: 'Financial institution' } },
]

/** A unit's membership in an application (成员单位). */
export const Members: CollectionConfig = {
  slug: 'members',
  labels: { singular: { zh: '成员单位', en: 'Member unit' }, plural: { zh: '成员单位', en: 'Member units' } },
  admin: { useAsTitle: 'displayName', defaultColumns: ['organization', 'application', 'role', 'taskSharePermille'], group: { zh: '申报管理', en: 'Applications' } },
  trash: true,
  access: {
    read: childrenVisibleToViewer,
    create: canCreateChildAsApplicantOrStaff,
    update: childrenEditableByApplicantOrStaff,
    delete: trashOnlyUnlessAdmin(childrenEditableByApplicantOrStaff),
  },
  endpoints: [importMembersEndpoint, importTemplateEndpoint],
  hooks: { beforeChange: [requireVisibleApplication, guardApplicationEditable, copyApplicationLink, nameMember], afterChange: [districtForMemberUnit, revalidateMember], afterDelete: [revalidateDeletedMember] },
  indexes: [{ fields: ['application', 'organization'], unique: true }],
  fields: [
    ...applicationLinkFields(),
    { name: 'unitByCode', type: 'ui', label: { zh: '按统一社会信用代码查找单位', en: 'Find the unit by its credit code' }, admin: { components: { Field: '/src/components/MemberUnitPicker#MemberUnitPicker' } } },
    { name: 'organization', type: 'relationship', relationTo: 'organizations', required: true, index: true, label: { zh: '单位', en: 'Organisation' } },
    { name: 'displayName', type: 'text', label: { zh: '成员单位名称', en: 'Member unit name' }, admin: { hidden: true } },
    { name: 'role', type: 'select', required: true, label: { zh: '角色', en: 'Role' }, options: MEMBER_ROLES },
    { name: 'tasks', type: 'textarea', label: { zh: '承担任务', en: 'Tasks' } },
    { name: 'taskSharePermille', type: 'number', min: 0, max: 1000, label: { zh: '任务分工占比（‰）', en: 'Task share (‰)' } },
    {
      type: 'row',
      fields: [
        { name: 'joinedOn', type: 'date', label: { zh: '加入日期', en: 'Joined on' } },
        { name: 'leftOn', type: 'date', label: { zh: '退出日期', en: 'Left on' } },
      ],
    },
    { name: 'headName', type: 'text', label: { zh: '单位负责人', en: "Unit's head" } },
  ],
}
