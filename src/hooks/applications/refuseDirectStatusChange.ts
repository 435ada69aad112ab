import type { CollectionBeforeOperationHook } from 'payload'

import { rejectMessage } from '../violations'

/**
 * Status moves only through named transitions. A plain create or update that tries to set it is refused
 * with a message, rather than silently ignored (the field's access would drop it).
 */
export const refuseDirectStatusChange: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return args
  const context = (args.req?.context ?? req.context ?? {}) as Record<string, unknown>
  if (context.transition || context.seed) return args
  const data = args.data as { status?: unknown } | undefined
  if (!data || data.status === undefined) return args
  if (operation === 'create') {
    if (data.status !== 'draft') rejectMessage('applications', 'status', '新建申报只能是草稿', 'a new application starts as a draft')
    return args
  }
  const id = (args as { id?: number | string }).id
  if (id === undefined) rejectMessage('applications', 'status', '状态只能通过流程操作改变', 'the status changes only through workflow transitions')
  const current = await req.payload.findByID({ collection: 'applications', id: id as number, depth: 0, overrideAccess: true, req, select: { status: true } })
  if (current.status !== data.status) {
    rejectMessage(
      'applications',
      'status',
      `状态只能通过流程操作改变（POST /api/applications/${String(id)}/transition）`,
      `the status changes only through workflow transitions (POST /api/applications/${String(id)}/transition)`,
    )
  }
  return args
}
