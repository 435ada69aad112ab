// POST /api/applications/bulk-transition {ids, name, reason}: one named transition with one reason over the selected
// applications. Each row goes through applyTransition — the same guards, the same audit entry and email as one at a
// time — in its own transaction, so one refusal never undoes the others; the answer says per row what happened.
import type { Endpoint, PayloadRequest } from 'payload'
import { APIError, Forbidden, NotFound } from 'payload'

import { errorResponse, platform } from '../lib/errors'
import { applyTransition, TransitionRefused } from './transition'

/** The most rows one request may carry: larger selections go in parts (the list pages at most 100 anyway). */
export const BULK_LIMIT = 200

type Bilingual = { zh: string; en: string }
export type BulkRowResult =
  | { id: number | string; ok: true; title: string; status: string }
  | { id: number | string; ok: false; title?: string; message: Bilingual; violations: { ruleId: string; message: Bilingual }[] }

const refuse = (zh: string, en: string, status = 400) => errorResponse(status, [platform(status === 401 ? 'auth.required' : 'request.bulk-transition', zh, en)])

async function one(req: PayloadRequest, id: number | string, name: string, reason: string | undefined): Promise<BulkRowResult> {
  try {
    const doc = (await applyTransition(req, { applicationId: id, name, reason })) as { title: string; status: string }
    return { id, ok: true, title: doc.title, status: doc.status }
  } catch (error) {
    if (error instanceof TransitionRefused) {
      const violations = (error.violations ?? []).map((v) => ({ ruleId: v.ruleId, message: v.message }))
      return { id, ok: false, message: { zh: '未通过规则检查', en: 'refused by the rules' }, violations }
    }
    if (error instanceof Forbidden || error instanceof NotFound) {
      return { id, ok: false, message: { zh: '无权办理或记录不存在', en: 'not yours to act on, or not found' }, violations: [] }
    }
    if (error instanceof APIError && error.status < 500) return { id, ok: false, message: { zh: error.message, en: error.message }, violations: [] }
    throw error
  }
}

export const bulkTransitionEndpoint: Endpoint = {
  path: '/bulk-transition',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return refuse('请先登录', 'please log in', 401)
    let body: unknown
    try {
      body = typeof req.json === 'function' ? await req.json() : {}
    } catch {
      return refuse('请求内容不是有效的 JSON', 'the body is not valid JSON')
    }
    const { ids, name, reason } = (body && typeof body === 'object' ? body : {}) as { ids?: unknown; name?: unknown; reason?: unknown }
    if (typeof name !== 'string' || !name) return refuse('缺少流转名称', 'missing transition name')
    if (name === 'correct-record' || name === 'receive-objection') return refuse('更正记录和登记异议须逐件办理', 'corrections and objections are recorded one application at a time')
    if (!Array.isArray(ids) || ids.length === 0 || !ids.every((i) => (typeof i === 'number' && Number.isInteger(i)) || (typeof i === 'string' && /^[\w-]{1,40}$/.test(i)))) {
      return refuse('请选择要办理的申报（编号列表）', 'select the applications to act on (a list of ids)')
    }
    if (ids.length > BULK_LIMIT) return refuse(`一次最多批量办理 ${BULK_LIMIT} 件，本次选择 ${ids.length} 件`, `at most ${BULK_LIMIT} applications at a time; ${ids.length} selected`)
    const text = typeof reason === 'string' ? reason.trim() || undefined : undefined
    const results: BulkRowResult[] = []
    // One after another: each row's transaction serialises on its application, as a single transition does.
    for (const id of [...new Set(ids as (number | string)[])]) results.push(await one(req, id, name, text))
    const titles = await req.payload.find({ collection: 'applications', where: { id: { in: results.filter((r) => !r.ok).map((r) => r.id) } }, select: { title: true }, depth: 0, pagination: false, overrideAccess: false, user: req.user })
    for (const r of results) if (!r.ok) r.title = titles.docs.find((d) => String(d.id) === String(r.id))?.title
    const done = results.filter((r) => r.ok).length
    return Response.json({ done, refused: results.length - done, results, message: `已办理 ${done} 件，未办理 ${results.length - done} 件 / ${done} done, ${results.length - done} refused` })
  },
}
