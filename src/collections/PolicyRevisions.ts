import type { Access, CollectionConfig, Endpoint, FieldAccess, PayloadRequest } from 'payload'

import { hasRole } from '../access/roles'
import { auditRevision, canEditPolicy, checkRevision, fillFromBase, forgetRevisions } from '../hooks/policyRevisions'
import { describeError, errorBody, logRefusal, platformError } from '../lib/errors'
import { ALL_PARAMETER_KEYS } from '../policies'
import { previewRevision } from '../workflow/revision-preview'
import { POLICY_SET_OPTIONS } from './Programs'

const mayEdit: Access = ({ req: { user } }) => canEditPolicy(user)
// Only drafts are edited or deleted; a published revision is the record decisions point to.
const draftsOfEditors: Access = ({ req: { user } }) => (canEditPolicy(user) ? { status: { equals: 'draft' } } : false)
const serverOwned: { create: FieldAccess; update: FieldAccess } = { create: () => false, update: () => false }

/** GET /api/policy-revisions/:id/preview — what would newly fail or pass if this draft were published. */
const previewEndpoint: Endpoint = {
  path: '/:id/preview',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!req.user) return Response.json(errorBody([platformError(401)]), { status: 401 })
    if (!canEditPolicy(req.user)) return Response.json(errorBody([platformError(403)]), { status: 403 })
    try {
      const id = String(req.routeParams?.id ?? '')
      await req.payload.findByID({ collection: 'policy-revisions', id, depth: 0, overrideAccess: false, user: req.user, req })
      return Response.json(await previewRevision(req, id))
    } catch (error) {
      const { status, violations, name } = describeError(error)
      if (status >= 500) throw error
      logRefusal(req, status, violations)
      return Response.json(errorBody(violations, name), { status })
    }
  },
}

/**
 * 政策参数修订: one policy set's figures with the day they take effect. A city officer with the permission drafts,
 * previews and publishes; the engine judges every date on the revision in force that day.
 */
export const PolicyRevisions: CollectionConfig = {
  slug: 'policy-revisions',
  labels: { singular: { zh: '政策参数修订', en: 'Policy parameter revision' }, plural: { zh: '政策参数修订', en: 'Policy parameter revisions' } },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'policySet', 'effectiveFrom', 'effectiveTo', 'status'],
    group: { zh: '申报管理', en: 'Applications' },
    description: { zh: '各政策文件的金额上限、比例、限额、门槛、公示天数、评审人数和分数线；按生效日期适用，已发布的修订不可更改', en: "Each policy set's caps, percentages, quotas, thresholds, notice days, quorum and pass mark; applied by effective date; a published revision never changes" },
  },
  defaultSort: '-effectiveFrom',
  endpoints: [previewEndpoint],
  access: {
    // Staff read the figures that judge their files; applicants see them in the messages that cite them.
    read: ({ req: { user } }) => hasRole(user, 'admin', 'city-officer', 'district-officer'),
    create: mayEdit,
    update: draftsOfEditors,
    delete: draftsOfEditors,
  },
  hooks: { beforeValidate: [fillFromBase], beforeChange: [checkRevision], afterChange: [forgetRevisions, auditRevision] },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'policySet', type: 'select', required: true, index: true, label: { zh: '适用政策', en: 'Policy set' }, options: POLICY_SET_OPTIONS },
        { name: 'label', type: 'text', required: true, maxLength: 60, label: { zh: '修订名称', en: 'Name' }, admin: { description: { zh: '如：2027 年修订参数（检查结果显示“依据2027 年修订参数”）', en: 'e.g. 2027 年修订参数 (checks say "依据2027 年修订参数")' } } },
        { name: 'labelEn', type: 'text', maxLength: 60, label: { zh: '英文名称', en: 'English name' }, admin: { description: { zh: '如：2027 revision', en: 'e.g. 2027 revision' } } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'effectiveFrom', type: 'date', required: true, index: true, label: { zh: '生效日期', en: 'Takes effect on' }, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy年M月d日' } } },
        { name: 'effectiveTo', type: 'date', label: { zh: '失效日期（可空）', en: 'Last day (optional)' }, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy年M月d日' } } },
      ],
    },
    {
      name: 'values',
      type: 'array',
      label: { zh: '参数', en: 'Figures' },
      labels: { singular: { zh: '参数', en: 'Figure' }, plural: { zh: '参数', en: 'Figures' } },
      admin: { description: { zh: '新建时自动带出该政策在生效日期的全部现行参数；修改需要调整的数值，并注明依据的文件和条款。金额以元计，比例填百分数', en: 'A new revision starts with every figure in force on its day; change what is revised and name the document and article. Money in yuan, percentages as percent' }, initCollapsed: false, components: { RowLabel: '/src/components/ParameterRowLabel#ParameterRowLabel' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'key', type: 'select', required: true, label: { zh: '参数项', en: 'Figure' }, options: ALL_PARAMETER_KEYS.map((o) => ({ value: o.value, label: { zh: o.label.zh, en: o.label.en } })), admin: { width: '35%' } },
            // Percentages carry decimals (3.5%); whole numbers where the unit needs them are checked per figure (checkRevisionValues).
            { name: 'value', type: 'number', required: true, custom: { fractional: true }, label: { zh: '数值', en: 'Value' }, admin: { width: '22%' } },
            { name: 'document', type: 'text', maxLength: 120, label: { zh: '依据文件', en: 'Document' }, admin: { width: '28%' } },
            { name: 'article', type: 'text', maxLength: 40, label: { zh: '条款', en: 'Article' }, admin: { width: '15%' } },
          ],
        },
      ],
    },
    {
      name: 'preview',
      type: 'ui',
      label: { zh: '影响预览', en: 'Preview' },
      admin: { components: { Field: '/src/components/RevisionPreview#RevisionPreview' } },
    },
    { name: 'reason', type: 'textarea', maxLength: 1000, label: { zh: '修订理由', en: 'Reason' }, admin: { description: { zh: '发布时必填（至少10个字）；追溯生效的修订只能由系统管理员发布', en: 'Required to publish (10 characters at least); only an administrator publishes a retroactive revision' } } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      label: { zh: '状态', en: 'Status' },
      options: [
        { value: 'draft', label: { zh: '草稿', en: 'Draft' } },
        { value: 'published', label: { zh: '已发布', en: 'Published' } },
      ],
      admin: { position: 'sidebar', description: { zh: '选择“已发布”并保存即发布；发布后不可更改', en: 'Choose Published and save to publish; it cannot change afterwards' } },
    },
    { name: 'publishedAt', type: 'date', label: { zh: '发布时间', en: 'Published at' }, access: serverOwned, admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'publishedBy', type: 'relationship', relationTo: 'users', label: { zh: '发布人', en: 'Published by' }, access: serverOwned, admin: { position: 'sidebar', readOnly: true } },
    { name: 'createdBy', type: 'relationship', relationTo: 'users', label: { zh: '起草人', en: 'Drafted by' }, access: serverOwned, admin: { position: 'sidebar', readOnly: true } },
  ],
}
