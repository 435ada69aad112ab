import type { CollectionConfig } from 'payload'

import { trashOnlyUnlessAdmin } from '../access/trash'

import { childrenVisibleToViewer } from '../access/application-children'
import { fieldIsCityOfficer, hasRole, isCityOfficer, organizationOf } from '../access/roles'
import { applicationLinkFields } from '../fields/application-link'
import { exportEndpointsFor, exportListButton } from '../workflow/export'
import { auditChanges } from '../hooks/auditChanges'
import { copyApplicationLink } from '../hooks/copyApplicationLink'
import { applyConsequence, computeConsequence } from '../hooks/evaluations/gradeConsequence'
import { requireVisibleApplication } from '../hooks/requireVisibleApplication'
import { readableUpload } from '../access/media'

export const GRADES = [
  { value: 'excellent', label: { zh: '优秀', en: 'Excellent' } },
  { value: 'good', label: { zh: '良好', en: 'Good' } },
  { value: 'fair', label: { zh: '合格（一般）', en: 'Pass (fair)' } },
  { value: 'fail', label: { zh: '不合格（较差）', en: 'Fail (poor)' } },
]

/** Annual self-reports, expert grades, third-party and final-acceptance evaluations. */
export const Evaluations: CollectionConfig = {
  slug: 'evaluations',
  // Saved filters for the officers (src/access/query-presets.ts).
  enableQueryPresets: true,
  labels: { singular: { zh: '评价', en: 'Evaluation' }, plural: { zh: '评价', en: 'Evaluations' } },
  admin: { useAsTitle: 'label', defaultColumns: ['application', 'year', 'kind', 'grade', 'consequence'], group: { zh: '评价', en: 'Evaluation' }, components: { beforeListTable: [exportListButton('evaluations')] } },
  trash: true,
  endpoints: exportEndpointsFor('evaluations'),
  access: {
    read: childrenVisibleToViewer,
    create: isCityOfficer,
    // Applicants fill in their self-report; the grade is the bureau's (field access below).
    update: ({ req: { user } }) => (hasRole(user, 'admin', 'city-officer') ? true : hasRole(user, 'applicant') && organizationOf(user) !== null ? { lead: { equals: organizationOf(user) } } : false),
    delete: trashOnlyUnlessAdmin(isCityOfficer),
  },
  hooks: { beforeChange: [requireVisibleApplication, copyApplicationLink, computeConsequence], afterChange: [auditChanges(['grade', 'consequence']), applyConsequence] },
  indexes: [{ fields: ['application', 'year', 'kind'], unique: true }],
  fields: [
    ...applicationLinkFields(),
    { name: 'label', type: 'text', label: { zh: '评价', en: 'Evaluation' }, admin: { hidden: true } },
    {
      type: 'row',
      fields: [
        { name: 'year', type: 'number', required: true, label: { zh: '评价年度', en: 'Year evaluated' } },
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'annual',
          label: { zh: '类型', en: 'Kind' },
          options: [
            { value: 'annual', label: { zh: '年度评价', en: 'Annual evaluation' } },
            { value: 'third-party-3y', label: { zh: '三年第三方评价', en: 'Three-year third-party evaluation' } },
            { value: 'final-acceptance', label: { zh: '建设期满验收', en: 'Final acceptance' } },
          ],
        },
      ],
    },
    { name: 'dueOn', type: 'date', label: { zh: '自评报告截止', en: 'Self-report due' } },
    { name: 'selfReport', type: 'richText', label: { zh: '自评报告', en: 'Self-evaluation report' } },
    { name: 'selfReportFile', type: 'upload', relationTo: 'media', label: { zh: '自评报告附件', en: 'Self-report file' }, filterOptions: readableUpload },
    { name: 'submittedOn', type: 'date', label: { zh: '提交日期', en: 'Submitted on' } },
    { name: 'overdue', type: 'checkbox', label: { zh: '逾期未报', en: 'Overdue' }, access: { update: fieldIsCityOfficer } },
    { name: 'grade', type: 'select', label: { zh: '评价结果', en: 'Grade' }, options: GRADES, access: { create: fieldIsCityOfficer, update: fieldIsCityOfficer } },
    { name: 'indexScores', type: 'json', label: { zh: '指标得分', en: 'Indicator scores' }, access: { update: fieldIsCityOfficer }, admin: { components: { Field: '/src/components/ScoresField#ScoresField' } } },
    { name: 'consequence', type: 'textarea', label: { zh: '处理结果', en: 'Consequence' }, access: { create: () => false, update: () => false }, admin: { readOnly: true } },
    { name: 'gradedBy', type: 'relationship', relationTo: 'users', label: { zh: '评定人', en: 'Graded by' }, access: { create: () => false, update: () => false }, admin: { readOnly: true } },
  ],
}
