// Payload's own collections get explicit access too (closed by default). Payload builds them itself, so their
// access is set on the built config (payload.config.ts) rather than in a collection file.
import type { Access, PayloadRequest, SanitizedConfig, Where } from 'payload'

import { errorResponse, platformError } from '../lib/errors'
import { OFFICE, refuseOtherSharing } from './query-presets'
import { hasRole, isAdmin, nobody } from './roles'

/** The presets' own field labels and sharing options, in Chinese first (Payload's are English strings). */
const PRESET_LABELS: Record<string, { zh: string; en: string }> = {
  title: { zh: '名称', en: 'Title' },
  isShared: { zh: '已共享', en: 'Shared' },
  access: { zh: '共享设置', en: 'Sharing' },
  where: { zh: '筛选条件', en: 'Filters' },
  columns: { zh: '显示列', en: 'Columns' },
  groupBy: { zh: '分组', en: 'Group by' },
}
const CONSTRAINT_LABELS: Record<string, { zh: string; en: string }> = {
  onlyMe: { zh: '仅自己', en: 'Only me' },
  [OFFICE]: { zh: '本单位同事（同一科技局）', en: 'My office (the same bureau)' },
  everyone: { zh: '所有人（不可选）', en: 'Everyone (not offered)' },
  specificUsers: { zh: '指定用户（不可选）', en: 'Specific users (not offered)' },
}
const OPERATION_LABELS: Record<string, { section: { zh: string; en: string }; who: { zh: string; en: string } }> = {
  read: { section: { zh: '查看与使用', en: 'Read' }, who: { zh: '谁可以查看和使用', en: 'Who may see and use it' } },
  update: { section: { zh: '修改', en: 'Update' }, who: { zh: '谁可以修改', en: 'Who may change it' } },
  delete: { section: { zh: '删除', en: 'Delete' }, who: { zh: '谁可以删除', en: 'Who may delete it' } },
}
const NOT_COLUMNS = ['access', 'constraint', 'users', 'relatedCollection', 'groupBy']
type AnyField = {
  name?: string
  type?: string
  label?: unknown
  fields?: AnyField[]
  options?: { value: string; label: unknown }[]
  validate?: unknown
  admin?: { hidden?: boolean; disableListColumn?: boolean; disableListFilter?: boolean; components?: Record<string, unknown> }
}
function relabelPresetFields(fields: AnyField[], operation?: string): void {
  for (const field of fields) {
    if (field.name && PRESET_LABELS[field.name]) field.label = PRESET_LABELS[field.name]
    // The sharing sections are collapsibles around a group named after the operation ("Read", "Update", "Delete").
    const op = field.type === 'collapsible' ? field.fields?.[0]?.name : undefined
    if (op && OPERATION_LABELS[op]) field.label = OPERATION_LABELS[op].section
    // The presets drawer's column menu offers the name, 已共享, the dates, the filter and the columns. Not the
    // sharing details, which it would name by their keys ("共享设置 > read > Users"), nor settings never shown
    // (which list a preset belongs to; group-by, which no list here uses).
    if (field.name && NOT_COLUMNS.includes(field.name)) field.admin = { ...field.admin, disableListColumn: true, disableListFilter: true }
    if (field.name === 'users') field.label = { zh: '指定用户', en: 'Specific users' }
    if (field.name === 'relatedCollection') field.label = { zh: '所属列表', en: 'List' }
    if (field.name === 'constraint' && field.options) {
      field.label = OPERATION_LABELS[operation ?? '']?.who ?? { zh: '谁可以使用', en: 'Who may use it' }
      for (const option of field.options) if (CONSTRAINT_LABELS[option.value]) option.label = CONSTRAINT_LABELS[option.value]
    }
    if (field.fields) relabelPresetFields(field.fields, field.name && OPERATION_LABELS[field.name] ? field.name : operation)
  }
}

/**
 * A preset's columns and filter named as the list names them, in the admin's language (src/components/PresetColumns):
 * Payload's own field shows the computed columns by their keys and its cells print English. No list here groups its
 * rows, so the group-by setting, which would change nothing, is not offered.
 */
function readPresetsInWords(fields: AnyField[]): void {
  for (const field of fields) {
    const components = (field.admin ??= {}).components ?? {}
    if (field.name === 'columns') field.admin.components = { ...components, Field: '/src/components/PresetColumns#PresetColumnsField', Cell: '/src/components/PresetColumns#PresetColumnsCell' }
    if (field.name === 'where') field.admin.components = { ...components, Cell: '/src/components/PresetColumns#PresetWhereCell' }
    if (field.name === 'groupBy') field.admin.hidden = true
  }
}

const overRest = (req: PayloadRequest) => req.payloadAPI === 'REST'

/**
 * Document locks (payload-locked-documents): the admin's editing view takes and reads them on the server. Over
 * REST only an administrator touches them, so nobody can plant a lock in someone else's name; on the server a
 * lock is taken, changed and released only in one's own name.
 */
const ownLock: Access = ({ req, data }) => {
  const { user } = req
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  if (overRest(req)) return false
  const owner = (data as { user?: { value?: unknown } | null } | undefined)?.user
  if (owner && typeof owner === 'object' && owner.value !== undefined) {
    const value = typeof owner.value === 'object' && owner.value !== null ? (owner.value as { id?: unknown }).id : owner.value
    if (String(value) !== String(user.id)) return false
  }
  return true
}
const readLocks: Access = ({ req }) => Boolean(req.user) && (hasRole(req.user, 'admin') || !overRest(req))
const changeOwnLock: Access = ({ req }) => {
  const { user } = req
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  if (overRest(req)) return false
  return { 'user.value': { equals: user.id } }
}

export function closeBuiltIns(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    if (collection.slug === 'payload-locked-documents') {
      collection.access = { ...collection.access, read: readLocks, create: ownLock, update: changeOwnLock, delete: changeOwnLock }
    }
    if (collection.slug === 'payload-query-presets') {
      collection.hooks.beforeValidate = [refuseOtherSharing, ...(collection.hooks.beforeValidate ?? [])]
      relabelPresetFields(collection.fields as AnyField[])
      // The drawer's columns: name, shared and when (the filter and the columns can be added as columns).
      collection.admin.defaultColumns = ['title', 'isShared', 'updatedAt']
      readPresetsInWords(collection.fields as AnyField[])
      const sharing = (collection.fields as AnyField[]).find((f) => f.name === 'access')
      // Payload's lock-out check saves a trial preset in a second transaction beside the request's, which on SQLite
      // waits for the request's own write lock. With only "only me" and "my office" allowed, the author always
      // keeps access, so there is nothing to check.
      if (sharing) sharing.validate = () => true
    }
    if (collection.slug === 'payload-migrations') {
      collection.access = { ...collection.access, read: isAdmin, create: nobody, update: nobody, delete: nobody }
    }
    if (collection.slug === 'payload-preferences') {
      // Each user only their own (Payload's rule); create is the same (the user field is set by Payload's hook).
      const own: Access = ({ req: { user } }) => {
        if (!user) return false
        const where: Where = { and: [{ 'user.value': { equals: user.id } }, { 'user.relationTo': { equals: user.collection } }] }
        return where
      }
      collection.access = { ...collection.access, read: own, update: own, delete: own, create: ({ req: { user } }) => Boolean(user) }
      // Deleting a preference that is not there is a 404, not a database error.
      collection.endpoints = (collection.endpoints || []).map((endpoint) =>
        endpoint.method === 'delete' && endpoint.path === '/:key'
          ? {
              ...endpoint,
              handler: async (req: PayloadRequest) => {
                if (!req.user) return errorResponse(401, [platformError(401)])
                const key = String(req.routeParams?.key ?? '')
                const found = await req.payload.find({
                  collection: 'payload-preferences',
                  where: { and: [{ key: { equals: key } }, { 'user.value': { equals: req.user.id } }, { 'user.relationTo': { equals: req.user.collection } }] },
                  limit: 1,
                  depth: 0,
                  overrideAccess: true,
                  req,
                })
                if (found.docs.length === 0) return errorResponse(404, [platformError(404)])
                return endpoint.handler(req)
              },
            }
          : endpoint,
      )
    }
  }
  return config
}
