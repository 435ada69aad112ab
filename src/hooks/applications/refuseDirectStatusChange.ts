import type { CollectionBeforeOperationHook } from 'payload'

import { chinaDay } from '../../email/format'
import { mayWrite } from '../refuseIgnoredFields'
import { rejectMessage } from '../violations'

/**
 * Facts the workflow owns: written only by transitions (and corrected only by the correction transition), never
 * by a plain create, update or bulk edit. Refused with a message rather than silently dropped, so the client
 * knows what was not saved.
 */
export const SERVER_OWNED_FACTS = {
  status: { zh: '状态', en: 'status', via: { zh: '流程操作', en: 'a workflow transition' } },
  noticeStartsOn: { zh: '公示开始日期', en: 'notice start', via: { zh: '“更正记录”', en: 'the correction transition' } },
  noticeEndsOn: { zh: '公示结束日期', en: 'notice end', via: { zh: '“更正记录”', en: 'the correction transition' } },
  recognizedOn: { zh: '认定（批复）日期', en: 'recognition date', via: { zh: '“更正记录”', en: 'the correction transition' } },
  officialName: { zh: '正式名称', en: 'official name', via: { zh: '“更正记录”', en: 'the correction transition' } },
  officialNameEn: { zh: '英文名称', en: 'English name', via: { zh: '“更正记录”', en: 'the correction transition' } },
  isPublic: { zh: '公开展示', en: 'public flag', via: { zh: '流程操作', en: 'a workflow transition' } },
} as const
type Fact = keyof typeof SERVER_OWNED_FACTS

const DATES = new Set<Fact>(['noticeStartsOn', 'noticeEndsOn', 'recognizedOn'])

/** What a value means, so that the admin form's echo of the stored value is not taken for a change. */
function same(field: Fact, a: unknown, b: unknown): boolean {
  if (DATES.has(field)) return chinaDay(a as string | null) === chinaDay(b as string | null)
  if (field === 'isPublic') return Boolean(a) === Boolean(b)
  const norm = (v: unknown) => (v === undefined || v === null ? '' : String(v).trim())
  return norm(a) === norm(b)
}

export const refuseDirectStatusChange: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return args
  const context = (args.req?.context ?? req.context ?? {}) as Record<string, unknown>
  if (context.transition || context.seed) return args
  const data = args.data as Record<string, unknown> | undefined
  if (!data) return args
  const sent = (Object.keys(SERVER_OWNED_FACTS) as Fact[]).filter((f) => data[f] !== undefined)
  if (sent.length === 0) return args
  const refuse = (field: Fact, id?: number | string): never => {
    const f = SERVER_OWNED_FACTS[field]
    const path = field === 'status' && id !== undefined ? `（POST /api/applications/${String(id)}/transition）` : ''
    const pathEn = field === 'status' && id !== undefined ? ` (POST /api/applications/${String(id)}/transition)` : ''
    return rejectMessage('applications', field, `${f.zh}只能通过${f.via.zh}改变${path}`, `the ${f.en} changes only through ${f.via.en}${pathEn}`)
  }
  if (operation === 'create') {
    if (data.status !== undefined && data.status !== 'draft') rejectMessage('applications', 'status', '新建申报只能是草稿', 'a new application starts as a draft')
    for (const field of sent) if (field !== 'status' && !same(field, data[field], null)) refuse(field)
    return args
  }
  const id = (args as { id?: number | string }).id
  if (id === undefined) return refuse(sent[0] as Fact)
  // Only on a record the user may change: otherwise Payload answers 403/404, and the stored value stays unguessable.
  if (!(await mayWrite(req, collection as never, 'update', id, data))) return args
  const current = (await req.payload.findByID({ collection: 'applications', id: id as number, depth: 0, overrideAccess: true, req })) as unknown as Record<string, unknown>
  for (const field of sent) if (!same(field, data[field], current[field])) refuse(field, id)
  return args
}
