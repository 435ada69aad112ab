import type { CollectionConfig, FieldAccess } from 'payload'

import { trashOnlyUnlessAdmin } from '../access/trash'
import { versionsOfReadableParents } from '../access/versions'

import { lockVersionField } from '../fields/lock-version'

import { applicationsEditableByViewer, applicationsVisibleToViewer } from '../access/applications'
import type { RelationshipFieldValidation, UploadFieldValidation } from 'payload'
import { validations } from 'payload'

import { fieldIsCityOfficer, fieldIsStaff, hasRole } from '../access/roles'
import { checkAssignedExperts } from '../hooks/applications/checkAssignedExperts'
import { auditChanges } from '../hooks/auditChanges'
import { computeRecovery } from '../hooks/applications/computeRecovery'
import { defaultReviewDueOn, notifyExpertsAssigned } from '../hooks/applications/notifyExpertsAssigned'
import { refuseDirectStatusChange } from '../hooks/applications/refuseDirectStatusChange'
import { serializeApplicationSave } from '../hooks/applications/serializeApplicationSave'
import { keepSearchText } from '../hooks/applications/searchText'
import { searchThroughIndex } from '../hooks/applications/searchIndex'
import { checklistEndpoint, transitionEndpoint, transitionsEndpoint } from '../workflow/endpoints'
import { bulkTransitionEndpoint } from '../workflow/bulk'
import { figuresXlsxEndpoint } from '../workflow/figures'
import { exportEndpoint, exportJobEndpoint, exportListButton } from '../workflow/export'
import { awaitingDecisionEndpoint } from '../workflow/notice'
import { deriveFromProgram } from '../hooks/applications/deriveFromProgram'
import { auditNewOverrides, stampOverrides } from '../hooks/applications/stampOverrides'
import { revalidateApplication, revalidateDeletedApplication } from '../hooks/revalidate/applications'
import { DOCUMENT_LABELS, STATE_LABELS, type State } from '../policies'
import { workbenchColumns } from '../fields/workbench-columns'
import { CARRIER_KIND_OPTIONS, POLICY_SET_OPTIONS } from './Programs'

const fieldIsStaffOrExpert: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'city-officer', 'district-officer', 'expert')

const validateAssignedExperts: RelationshipFieldValidation = (value, options) =>
  hasRole(options.req.user, 'admin', 'city-officer') ? validations.relationship(value, options) : true

/** An uploaded document is one the user may read (their own upload, or one staff may see): never another unit's file by id. */
const attachmentReadable: UploadFieldValidation = async (value, options) => {
  const base = await validations.upload(value, options)
  if (base !== true) return base
  const { req } = options
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
  if (!req.user || id === null || id === undefined || id === '') return true
  const found = await req.payload.count({ collection: 'media', where: { id: { equals: id } }, overrideAccess: false, user: req.user, req })
  return found.totalDocs > 0 ? true : '只能附上本人上传或有权查看的文件 / Only a file you uploaded or may read can be attached'
}

/** A field its policy set uses: shown only there (the policy set comes from the programme, on the first save). */
const usedBy =
  (sets: string[]) =>
  (data: Record<string, unknown>): boolean =>
    typeof data?.policySet === 'string' && sets.includes(data.policySet)

export const APPLICATION_STATES = (Object.keys(STATE_LABELS) as State[]).map((value) => ({ value, label: { ...STATE_LABELS[value] } }))

/** One carrier's whole life: the application, its recognition and its public record. */
export const Applications: CollectionConfig = {
  slug: 'applications',
  // Saved filters for the officers (src/access/query-presets.ts).
  enableQueryPresets: true,
  labels: { singular: { zh: '申报', en: 'Application' }, plural: { zh: '申报', en: 'Applications' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'program', 'lead', 'status', 'nextStep', 'daysWaiting', 'submittedOn'],
    // The search box: carrier name, official name, lead unit name and credit code (see hooks/applications/searchText).
    listSearchableFields: ['title', 'searchText'],
    group: { zh: '申报管理', en: 'Applications' },
    components: { beforeListTable: [exportListButton('applications'), '/src/components/BulkTransition#BulkTransition'] },
  },
  versions: { maxPerDoc: 50 },
  trash: true,
  access: {
    read: applicationsVisibleToViewer,
    create: ({ req: { user } }) => hasRole(user, 'admin', 'city-officer', 'applicant'),
    update: applicationsEditableByViewer,
    delete: trashOnlyUnlessAdmin(({ req: { user } }) => hasRole(user, 'admin', 'city-officer')),
    readVersions: versionsOfReadableParents('applications'),
  },
  endpoints: [exportEndpoint, exportJobEndpoint, figuresXlsxEndpoint, bulkTransitionEndpoint, awaitingDecisionEndpoint, transitionEndpoint, transitionsEndpoint, checklistEndpoint],
  hooks: {
    beforeOperation: [refuseDirectStatusChange, serializeApplicationSave, searchThroughIndex],
    beforeChange: [deriveFromProgram, checkAssignedExperts, defaultReviewDueOn, stampOverrides, computeRecovery, keepSearchText],
    afterChange: [
      auditNewOverrides,
      auditChanges(['title', 'program', 'lead', 'receivedOn', 'officialName', 'officialNameEn', 'recognizedOn', 'noticeStartsOn', 'noticeEndsOn', 'assignedExperts']),
      notifyExpertsAssigned,
      revalidateApplication,
    ],
    afterDelete: [revalidateDeletedApplication],
  },
  // The public pages' queries: the register by recognition date, notices by end date, the archive by start date.
  indexes: [
    { fields: ['isPublic', 'recognizedOn'] },
    { fields: ['isPublic', 'noticeEndsOn'] },
    { fields: ['noticeStartsOn'] },
    // The admin list: its default sort (-updatedAt) outside the trash, and each filter it offers with that sort,
    // so a page of 10 is read from an index in order instead of sorting every matching row (bench/lists.ts).
    // Each ends with createdAt: Payload adds `-createdAt` to every sort as a tiebreak, and an index without it
    // leaves PostgreSQL a sort of every matching row.
    { fields: ['deletedAt', 'updatedAt', 'createdAt'] },
    { fields: ['status', 'deletedAt', 'updatedAt', 'createdAt'] },
    { fields: ['program', 'deletedAt', 'updatedAt', 'createdAt'] },
    { fields: ['district', 'deletedAt', 'updatedAt', 'createdAt'] },
    { fields: ['carrierKind', 'deletedAt', 'updatedAt', 'createdAt'] },
    { fields: ['policySet', 'deletedAt', 'updatedAt', 'createdAt'] },
  ],
  fields: [
    { name: 'title', type: 'text', required: true, label: { zh: '载体名称', en: 'Carrier name' }, admin: { description: { zh: '如：先进高分子材料', en: 'e.g. Advanced Polymer Materials' } } },
    // The English official name is built from this, never from the Chinese name ("… of 先进光学 Technology").
    { name: 'titleEn', type: 'text', maxLength: 120, label: { zh: '载体英文名称', en: 'Carrier name in English' }, admin: { description: { zh: '用于英文认定名称，如：Advanced Polymer Materials；未填写时英文名称留空，由市科技局更正补录', en: 'Used for the English official name, e.g. Advanced Polymer Materials; if empty, the English name stays empty until the city bureau adds it' } } },
    {
      type: 'row',
      fields: [
        { name: 'program', type: 'relationship', relationTo: 'programs', required: true, index: true, label: { zh: '申报批次', en: 'Programme' } },
        {
          name: 'lead',
          type: 'relationship',
          relationTo: 'organizations',
          required: true,
          index: true,
          label: { zh: '牵头单位', en: 'Lead unit' },
          // An applicant applies in its own unit's name: the field starts there.
          defaultValue: ({ user }: { user?: unknown }) => {
            const org = (user as { role?: string; organization?: unknown } | null)?.role === 'applicant' ? (user as { organization?: unknown }).organization : undefined
            return typeof org === 'object' && org !== null ? (org as { id: number }).id : (org as number | undefined)
          },
        },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      label: { zh: '状态', en: 'Status' },
      options: APPLICATION_STATES,
      // Changed only through named transitions (POST /api/applications/:id/transition).
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'policySet',
      type: 'select',
      index: true,
      label: { zh: '适用政策', en: 'Policy set' },
      options: POLICY_SET_OPTIONS,
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true, description: { zh: '由申报批次决定', en: 'Set by the programme' } },
    },
    {
      name: 'carrierKind',
      type: 'select',
      label: { zh: '载体类型', en: 'Carrier kind' },
      options: CARRIER_KIND_OPTIONS,
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'district',
      type: 'relationship',
      relationTo: 'districts',
      index: true,
      label: { zh: '属地区县', en: 'District' },
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true, description: { zh: '取自牵头单位', en: "Taken from the lead unit" } },
    },
    { name: 'submittedOn', type: 'date', label: { zh: '提交日期', en: 'Submitted on' }, access: { create: () => false, update: () => false }, admin: { position: 'sidebar', readOnly: true, date: { displayFormat: 'yyyy年M月d日' } } },
    {
      name: 'receivedOn',
      type: 'date',
      label: { zh: '纸质申报收件日期', en: 'Paper application received on' },
      // Staff record the day a paper application reached the bureau; the deadline rules use it. After submission it
      // changes only through the correction transition.
      access: { create: fieldIsStaff, update: fieldIsStaff },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' }, description: { zh: '仅工作人员填写；截止日期按此日期核查', en: 'Staff only; deadlines are checked against this date' } },
    },
    {
      name: 'searchText',
      type: 'text',
      index: true,
      // Named for what it holds: the list's search box reads "搜索 载体名称 或 正式名称、牵头单位、信用代码".
      label: { zh: '正式名称、牵头单位、信用代码', en: 'official name, lead unit, credit code' },
      access: { create: () => false, update: () => false },
      admin: { hidden: true },
    },
    ...workbenchColumns,
    {
      name: 'workflowPanel',
      type: 'ui',
      label: { zh: '流程与合规', en: 'Workflow and compliance' },
      admin: { components: { Field: '/src/components/WorkflowPanel#WorkflowPanel' } },
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: { zh: '建设方案', en: 'Plan' },
          fields: [
            { name: 'plan', type: 'richText', label: { zh: '建设方案', en: 'Construction plan' } },
            { name: 'field', type: 'text', label: { zh: '技术领域', en: 'Technology field' } },
            {
              name: 'capabilityInvestments',
              labels: { singular: { zh: '年度投入', en: 'Year' }, plural: { zh: '年度投入', en: 'Years' } },
              type: 'array',
              label: { zh: '年度能力建设投入', en: 'Capability-building investment by year' },
              admin: { description: { zh: '技术创新中心：创建期各年度创新能力建设投入总额', en: 'TIC: total capability-building investment of each creation year' } },
              fields: [
                { name: 'year', type: 'number', required: true, label: { zh: '年度', en: 'Year' } },
                { name: 'amount', type: 'number', required: true, min: 0, label: { zh: '投入总额（元）', en: 'Investment (yuan)' }, admin: { components: { Cell: '/src/components/MoneyCell#MoneyCell' } } },
              ],
            },
          ],
        },
        {
          // The documents the programme's call requires (申报批次 · 须提交的材料): the checklist lists each one and
          // submission is refused while one has no file under its title.
          label: { zh: '申报材料', en: 'Documents' },
          fields: [
            {
              name: 'attachments',
              type: 'array',
              label: { zh: '申报材料', en: 'Application documents' },
              labels: { singular: { zh: '材料', en: 'Document' }, plural: { zh: '材料', en: 'Documents' } },
              admin: { description: { zh: '按申报批次要求的材料名称逐项上传（名称须与“合规检查”中列出的材料一致）', en: 'Upload each document the programme requires, under the name the checklist lists' } },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'title', type: 'text', required: true, maxLength: 80, label: { zh: '材料名称', en: 'Document' }, admin: { width: '45%' } },
                    { name: 'file', type: 'upload', relationTo: 'media', required: true, label: { zh: '文件', en: 'File' }, validate: attachmentReadable, admin: { width: '55%' } },
                  ],
                },
              ],
            },
          ],
        },
        {
          label: { zh: '治理结构', en: 'Governance' },
          fields: [
            {
              name: 'governance',
              admin: { condition: usedBy(['wh-consortium-2022', 'zj-consortium']) },
              type: 'group',
              label: { zh: '理事会与运营', en: 'Council and operations' },
              fields: [
                { name: 'hasCouncil', type: 'checkbox', label: { zh: '设立理事会', en: 'Has a council' } },
                { name: 'chairIsLeadHead', type: 'checkbox', label: { zh: '理事长由牵头单位负责人担任', en: "The council is chaired by the lead's head" } },
                { name: 'memberUnitHeadsIncluded', type: 'checkbox', label: { zh: '理事会成员包括各成员单位负责人', en: "Every member unit's head sits on the council" } },
                { name: 'operationsTeam', type: 'checkbox', label: { zh: '设有专职运营团队', en: 'Has a dedicated operations team' } },
              ],
            },
          ],
        },
        {
          label: { zh: '综合体条件', en: 'Complex' },
          admin: { condition: (data) => data?.carrierKind === 'complex' },
          fields: [
            {
              name: 'complex',
              type: 'group',
              label: { zh: '产业创新服务综合体', en: 'Industrial innovation service complex' },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'level', type: 'select', label: { zh: '级别', en: 'Level' }, options: [
                      { value: 'town', label: { zh: '镇级', en: 'Town level' } },
                      { value: 'city', label: { zh: '市级', en: 'City level' } },
                      { value: 'province', label: { zh: '省级', en: 'Provincial level' } },
                      { value: 'ningbo-sequence', label: { zh: '列入宁波市序列', en: 'Ningbo sequence' } },
                    ] },
                    { name: 'class', type: 'select', label: { zh: '类别', en: 'Class' }, options: [
                      { value: 'cultivation', label: { zh: '培育类', en: 'Cultivation' } },
                      { value: 'creation', label: { zh: '创建类', en: 'Creation' } },
                    ] },
                  ],
                },
                { name: 'industryOutput', type: 'number', min: 0, label: { zh: '产业总产值（元）', en: 'Industry output (yuan)' } },
                { name: 'jurisdictionOutput', type: 'number', min: 0, label: { zh: '辖区内产值（元）', en: 'Output in the jurisdiction (yuan)' } },
                { name: 'concentrationBp', type: 'number', min: 0, max: 10000, label: { zh: '产业集中度（万分比）', en: 'Concentration (basis points)' } },
                { name: 'relyingUnitName', type: 'text', label: { zh: '依托单位（行业协会等）', en: 'Relying unit (e.g. an industry association)' } },
                {
                  type: 'row',
                  fields: [
                    { name: 'industryRdRatioBp', type: 'number', min: 0, max: 10000, label: { zh: '产业研发投入占比（万分比）', en: 'Industry R&D / revenue (bp)' } },
                    { name: 'cityAverageRdRatioBp', type: 'number', min: 0, max: 10000, label: { zh: '全市平均研发投入占比（万分比）', en: 'City average R&D / revenue (bp)' } },
                  ],
                },
                { name: 'is123Industry', type: 'checkbox', label: { zh: '属全市“123”千百亿产业', en: 'A "123" industry of the city' } },
                { name: 'isEmergingIndustry', type: 'checkbox', label: { zh: '属新兴产业', en: 'An emerging industry' } },
                { name: 'highTechShareBp', type: 'number', min: 0, max: 10000, label: { zh: '高新技术企业占规上企业比重（万分比）', en: 'High-tech share of above-scale enterprises (bp)' } },
                { name: 'valueAddedGrowthBp', type: 'number', label: { zh: '产业增加值增速（万分比）', en: 'Industry value-added growth (bp)' } },
              ],
            },
          ],
        },
        {
          label: { zh: '认定与公开', en: 'Recognition' },
          fields: [
            // Server-owned facts: written by the transitions, corrected only by the correction transition.
            { name: 'officialName', type: 'text', label: { zh: '正式名称', en: 'Official name' }, access: { create: () => false, update: () => false }, admin: { readOnly: true } },
            { name: 'officialNameEn', type: 'text', label: { zh: '英文名称', en: 'Official name (English)' }, access: { create: () => false, update: () => false }, admin: { readOnly: true } },
            { name: 'recognizedOn', type: 'date', label: { zh: '认定（批复）日期', en: 'Recognised on' }, access: { create: () => false, update: () => false }, admin: { readOnly: true, date: { displayFormat: 'yyyy年M月d日' } } },
            {
              type: 'row',
              fields: [
                { name: 'noticeStartsOn', type: 'date', label: { zh: '公示开始', en: 'Notice starts' }, access: { create: () => false, update: () => false }, admin: { readOnly: true, date: { displayFormat: 'yyyy年M月d日' } } },
                { name: 'noticeEndsOn', type: 'date', label: { zh: '公示结束', en: 'Notice ends' }, access: { create: () => false, update: () => false }, admin: { readOnly: true, date: { displayFormat: 'yyyy年M月d日' } } },
                { name: 'noticeClosedOn', type: 'date', label: { zh: '公示期满确认', en: 'Notice closed on' }, access: { create: () => false, update: () => false }, admin: { readOnly: true, date: { displayFormat: 'yyyy年M月d日' } } },
              ],
            },
            {
              // Issued by the named transitions (src/workflow/documents.ts); nobody writes them by hand.
              name: 'documents',
              type: 'array',
              label: { zh: '发文与证书', en: 'Issued documents' },
              labels: { singular: { zh: '文件', en: 'Document' }, plural: { zh: '文件', en: 'Documents' } },
              access: { create: () => false, update: () => false },
              admin: { readOnly: true, description: { zh: '发布公示时生成公示公告；认定（备案）时生成通知和证书', en: 'The notice is issued when the notice starts; the decision and certificate on recognition (filing)' } },
              fields: [
                { name: 'kind', type: 'select', label: { zh: '类别', en: 'Kind' }, options: (['notice', 'decision', 'certificate'] as const).map((value) => ({ value, label: { ...DOCUMENT_LABELS[value] } })) },
                { name: 'file', type: 'upload', relationTo: 'media', label: { zh: 'PDF 文件', en: 'PDF' } },
                { name: 'number', type: 'text', label: { zh: '文号', en: 'Document number' } },
                { name: 'issuedOn', type: 'date', label: { zh: '生成日期', en: 'Issued on' }, admin: { date: { displayFormat: 'yyyy年M月d日' } } },
              ],
            },
            { name: 'publicSummary', type: 'textarea', label: { zh: '公开简介', en: 'Public summary' } },
            {
              name: 'targeted',
              type: 'checkbox',
              label: { zh: '定向组织（揭榜挂帅）', en: 'Targeted organisation (open competition)' },
              // Routes a Zhejiang submission straight to the province: the bureau's decision, not the applicant's.
              access: { create: fieldIsCityOfficer, update: fieldIsCityOfficer },
              admin: { condition: usedBy(['zj-consortium']), description: { zh: '浙江省：按榜单定向组建，由省科技厅直接组织论证；由市科技局标记', en: 'Zhejiang: formed on a task list, reviewed directly by the province; set by the city bureau' } },
            },
            {
              name: 'complexConsent',
              type: 'group',
              label: { zh: '综合体同意意见', en: "The complex's consent" },
              admin: { condition: usedBy(['cx-complex']), description: { zh: '慈溪：创新联合体建设方案须经综合体依托单位和建设单位同意（第十条）', en: "Cixi: a consortium's plan needs the consent of the complex's relying and construction units (art. 10)" } },
              fields: [
                { name: 'relyingUnit', type: 'checkbox', label: { zh: '依托单位已同意', en: 'Relying unit consents' } },
                { name: 'constructionUnit', type: 'checkbox', label: { zh: '建设单位已同意', en: 'Construction unit consents' } },
              ],
            },
            {
              name: 'goals',
              labels: { singular: { zh: '目标', en: 'Goal' }, plural: { zh: '目标', en: 'Goals' } },
              type: 'array',
              label: { zh: '三年战略目标', en: 'Three-year strategic goals' },
              fields: [
                { name: 'year', type: 'number', label: { zh: '年度', en: 'Year' } },
                { name: 'goal', type: 'textarea', required: true, label: { zh: '目标', en: 'Goal' } },
              ],
            },
            {
              name: 'pledge',
              admin: { condition: usedBy(['zj-consortium']) },
              type: 'group',
              label: { zh: '军令状', en: 'Responsibility pledge' },
              // What the policy trusts is settable only by who may change it: on create as on update.
              access: { create: fieldIsCityOfficer, update: fieldIsCityOfficer },
              fields: [
                { name: 'signedOn', type: 'date', label: { zh: '签订日期', en: 'Signed on' } },
                { name: 'signatory', type: 'text', label: { zh: '签订人（法定代表人）', en: 'Signatory (legal representative)' } },
                { name: 'file', type: 'upload', relationTo: 'media', label: { zh: '文件', en: 'File' } },
              ],
            },
          ],
        },
        {
          label: { zh: '专家与评审', en: 'Experts' },
          fields: [
            {
              name: 'assignedExperts',
              type: 'relationship',
              relationTo: 'users',
              hasMany: true,
              index: true,
              label: { zh: '评审专家', en: 'Assigned experts' },
              filterOptions: { role: { equals: 'expert' } },
              // Applicants don't learn who reviews them.
              access: { read: fieldIsStaffOrExpert, create: () => false, update: fieldIsCityOfficer },
              // Validated (the experts exist and are experts) only for who may change it: an applicant or district
              // officer saving the application cannot read the experts and must not have the field re-validated.
              validate: validateAssignedExperts,
            },
            {
              name: 'reviewDueOn',
              type: 'date',
              label: { zh: '专家评审截止日期', en: 'Reviews due on' },
              access: { create: () => false, update: fieldIsCityOfficer },
              admin: { description: { zh: '首次指派专家时默认为15天后', en: 'Defaults to 15 days after the first assignment' }, date: { displayFormat: 'yyyy年M月d日' } },
            },
            {
              name: 'peerExperts',
              admin: { condition: usedBy(['wh-consortium-2022']) },
              labels: { singular: { zh: '同行评议专家', en: 'Peer expert' }, plural: { zh: '同行评议专家', en: 'Peer experts' } },
              type: 'array',
              label: { zh: '区县同行评议专家', en: 'Peer-review experts (district)' },
              access: { create: fieldIsStaff, update: fieldIsStaff },
              fields: [
                { name: 'name', type: 'text', required: true, label: { zh: '姓名', en: 'Name' } },
                { name: 'title', type: 'select', required: true, label: { zh: '职称', en: 'Title' }, options: [
                  { value: 'junior', label: { zh: '初级', en: 'Junior' } },
                  { value: 'intermediate', label: { zh: '中级', en: 'Intermediate' } },
                  { value: 'associate-senior', label: { zh: '副高级', en: 'Associate senior' } },
                  { value: 'senior', label: { zh: '正高级', en: 'Senior' } },
                ] },
                { name: 'disciplineMatch', type: 'select', required: true, label: { zh: '学科相关性', en: 'Discipline' }, options: [
                  { value: 'same', label: { zh: '同学科', en: 'Same' } },
                  { value: 'near', label: { zh: '相近学科', en: 'Near' } },
                  { value: 'other', label: { zh: '其他', en: 'Other' } },
                ] },
                { name: 'opinion', type: 'textarea', label: { zh: '评议意见', en: 'Opinion' } },
              ],
            },
          ],
        },
        {
          // The records that hang off the application, listed and added in place (Payload join fields).
          label: { zh: '成员、协议与评价', en: 'Members, agreements, evaluations' },
          fields: [
            { name: 'importMembers', type: 'ui', label: { zh: '导入成员单位', en: 'Import members' }, admin: { components: { Field: '/src/components/ImportMembers#ImportMembers' } } },
            { name: 'memberList', type: 'join', collection: 'members', on: 'application', label: { zh: '成员单位', en: 'Member units' }, admin: { defaultColumns: ['displayName', 'role', 'taskSharePermille', 'joinedOn'] } },
            { name: 'agreementList', type: 'join', collection: 'agreements', on: 'application', label: { zh: '组建协议与章程', en: 'Agreements and charters' } , admin: { defaultColumns: ['title', 'kind', 'signedOn'] } },
            { name: 'ipContractList', type: 'join', collection: 'ip-contracts', on: 'application', label: { zh: '知识产权共享协议', en: 'IP sharing contracts' } , admin: { defaultColumns: ['title', 'ownership'] } },
            { name: 'evaluationList', type: 'join', collection: 'evaluations', on: 'application', label: { zh: '年度评价与自评报告', en: 'Evaluations and self-reports' } , admin: { defaultColumns: ['year', 'kind', 'grade', 'dueOn'] } },
            { name: 'exceptionRequestList', type: 'join', collection: 'exception-requests', on: 'application', label: { zh: '豁免申请', en: 'Exception requests' }, admin: { defaultColumns: ['ruleTitle', 'reason', 'status', 'createdAt'] } },
          ],
        },
        {
          label: { zh: '政策豁免', en: 'Overrides' },
          fields: [
            {
              name: 'overrides',
              labels: { singular: { zh: '豁免', en: 'Override' }, plural: { zh: '豁免', en: 'Overrides' } },
              type: 'array',
              label: { zh: '原则性条款豁免', en: 'Overrides of "in principle" rules' },
              admin: { description: { zh: '仅市科技局可对“原则上”条款作出豁免，须写明理由', en: 'Only a city officer may override an "in principle" rule, with a written reason' } },
              // The bureau's internal reasons ("经局务会研究…") are staff-only; applicants see the checklist's status.
              access: { read: fieldIsStaff, create: fieldIsCityOfficer, update: fieldIsCityOfficer },
              fields: [
                { name: 'ruleId', type: 'text', required: true, label: { zh: '条款', en: 'Rule' }, admin: { components: { Field: '/src/components/OverrideRuleField#OverrideRuleField' } } },
                { name: 'reason', type: 'textarea', required: true, minLength: 10, label: { zh: '理由', en: 'Reason' } },
                { name: 'by', type: 'relationship', relationTo: 'users', label: { zh: '决定人', en: 'By' }, admin: { readOnly: true } },
                { name: 'at', type: 'date', label: { zh: '时间', en: 'At' }, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'disbursedTotal',
      type: 'number',
      defaultValue: 0,
      label: { zh: '累计拨付（元）', en: 'Disbursed in total (yuan)' },
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true, components: { Cell: '/src/components/MoneyCell#MoneyCell' } },
    },
    {
      name: 'panel',
      type: 'group',
      label: { zh: '专家组结论（自动计算）', en: 'Panel result (computed)' },
      admin: { position: 'sidebar', readOnly: true },
      access: { create: () => false, update: () => false },
      fields: [
        { name: 'reviewCount', type: 'number', label: { zh: '有效评审数', en: 'Counted reviews' } },
        { name: 'averageScore', type: 'number', label: { zh: '平均分', en: 'Average score' } },
        { name: 'recommend', type: 'checkbox', label: { zh: '建议通过', en: 'Recommended' } },
      ],
    },
    {
      name: 'recovery',
      type: 'group',
      label: { zh: '资金收回（摘牌、取消后）', en: 'Recovery of funds (after delisting)' },
      admin: { position: 'sidebar', condition: (data) => data?.status === 'delisted' || data?.status === 'cancelled' },
      access: { create: fieldIsCityOfficer, update: fieldIsCityOfficer },
      fields: [
        { name: 'spentCompliant', type: 'number', min: 0, label: { zh: '审计认定合规支出（元）', en: 'Compliant spending (yuan)' } },
        { name: 'nonCompliantSpending', type: 'number', min: 0, label: { zh: '不合规支出（元）', en: 'Non-compliant spending (yuan)' } },
        { name: 'recovered', type: 'number', min: 0, label: { zh: '已收回（元）', en: 'Recovered (yuan)' } },
        { name: 'amountToRecover', type: 'number', label: { zh: '应收回（元）', en: 'To recover (yuan)' }, access: { create: () => false, update: () => false }, admin: { readOnly: true } },
      ],
    },
    lockVersionField,
    {
      name: 'isPublic',
      type: 'checkbox',
      index: true,
      label: { zh: '在公开页面展示', en: 'Shown on public pages' },
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
