import type { CollectionConfig } from 'payload'

import { childrenVisibleToViewer } from '../access/application-children'
import { isCityOfficer } from '../access/roles'
import { applicationLinkFields } from '../fields/application-link'
import { exportEndpointsFor, exportListButton } from '../workflow/export'
import { moneyField } from '../fields/money'
import { auditChanges } from '../hooks/auditChanges'
import { enforceDisbursementCaps, prefillReversal } from '../hooks/enforceDisbursementCaps'
import { notifyOnDisbursement } from '../hooks/notifyOnDisbursement'
import { DISBURSEMENT_BASES } from '../policies'
import { requireVisibleApplication } from '../hooks/requireVisibleApplication'

const BASIS_LABELS: Record<string, { zh: string; en: string }> = {
  'capability-investment': { zh: '能力建设投入支持', en: 'Capability-building support' },
  'creation-grant': { zh: '首年创建经费', en: 'First-year creation grant' },
  'complex-subsidy': { zh: '综合体年度补助', en: 'Complex annual subsidy' },
  'project-subsidy': { zh: '项目经费补助', en: 'Project subsidy' },
}

/** Fiscal payments. Every save passes the caps of the policy set, inside a serialised transaction. */
export const Disbursements: CollectionConfig = {
  slug: 'disbursements',
  // Saved filters for the officers (src/access/query-presets.ts).
  enableQueryPresets: true,
  labels: { singular: { zh: '经费拨付', en: 'Disbursement' }, plural: { zh: '经费拨付', en: 'Disbursements' } },
  admin: { useAsTitle: 'reference', defaultColumns: ['application', 'basis', 'installment', 'year', 'amount', 'paidOn'], group: { zh: '资金与项目', en: 'Funding & projects' }, components: { beforeListTable: [exportListButton('disbursements')] } },
  // Kept for rows trashed before payments became permanent (they count nowhere); delete access is false for
  // everyone, so nothing can be trashed or deleted any more.
  trash: true,
  endpoints: exportEndpointsFor('disbursements'),
  access: {
    read: childrenVisibleToViewer,
    create: isCityOfficer,
    // A recorded payment is corrected by a reversal, not edited: only its reference, date and note may change.
    update: isCityOfficer,
    // Never deleted, by anyone: the ledger is the record every total is derived from.
    delete: () => false,
  },
  hooks: { beforeValidate: [prefillReversal], beforeChange: [requireVisibleApplication, enforceDisbursementCaps], afterChange: [auditChanges(['amount', 'basis', 'installment', 'year', 'reverses', 'reason']), notifyOnDisbursement] },
  fields: [
    ...applicationLinkFields(),
    { name: 'reference', type: 'text', label: { zh: '拨付文号', en: 'Payment reference' } },
    { name: 'project', type: 'relationship', relationTo: 'projects', index: true, label: { zh: '项目', en: 'Project' }, admin: { condition: (data) => data?.basis === 'project-subsidy' } },
    {
      type: 'row',
      fields: [
        { name: 'basis', type: 'select', required: true, label: { zh: '拨付依据', en: 'Basis' }, options: DISBURSEMENT_BASES.map((value) => ({ value, label: BASIS_LABELS[value] ?? { zh: value, en: value } })) },
        {
          name: 'installment',
          type: 'select',
          required: true,
          defaultValue: 'annual',
          label: { zh: '批次', en: 'Installment' },
          options: [
            { value: 'first', label: { zh: '首批（60%）', en: 'First (60%)' } },
            { value: 'remainder', label: { zh: '剩余资金（验收后）', en: 'Remainder (after acceptance)' } },
            { value: 'annual', label: { zh: '年度', en: 'Annual' } },
          ],
        },
        { name: 'year', type: 'number', required: true, index: true, min: 2000, max: 2100, label: { zh: '年度', en: 'Year' } },
      ],
    },
    moneyField({ name: 'amount', label: { zh: '金额', en: 'Amount' }, required: true }),
    { name: 'paidOn', type: 'date', label: { zh: '拨付日期', en: 'Paid on' } },
    { name: 'note', type: 'textarea', label: { zh: '备注', en: 'Note' } },
    {
      name: 'reverses',
      type: 'relationship',
      relationTo: 'disbursements',
      index: true,
      label: { zh: '冲正的拨付记录', en: 'Reverses payment' },
      admin: { description: { zh: '登记冲正：选择录错的拨付记录，金额、依据、批次、年度自动取自原记录，原记录保留', en: 'A reversal: pick the payment recorded in error; its amount, basis, installment and year are copied; the payment stays on record' } },
    },
    { name: 'reason', type: 'textarea', label: { zh: '冲正理由', en: 'Reason for the reversal' }, admin: { condition: (data) => Boolean(data?.reverses) } },
  ],
}
