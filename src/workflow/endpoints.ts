// REST: POST /api/applications/:id/transition, GET /api/applications/:id/transitions and /checklist.
import type { Endpoint, PayloadRequest } from 'payload'
import { APIError, commitTransaction, initTransaction, killTransaction, ValidationError } from 'payload'

import { blockingViolations, checkAll, checklistSummary } from '../policies'
import { applicationFacts } from './facts'
import { applyTransition, todayIso, TransitionRefused, transitionsFor } from './transition'

const idParam = (req: PayloadRequest) => String(req.routeParams?.id ?? '')

function errorResponse(error: unknown): Response {
  if (error instanceof TransitionRefused) {
    return Response.json(
      { errors: [{ name: 'TransitionRefused', message: error.message, data: { violations: error.violations } }] },
      { status: 400 },
    )
  }
  if (error instanceof ValidationError || error instanceof APIError) {
    return Response.json({ errors: [{ name: error.name, message: error.message, data: (error as APIError).data }] }, { status: (error as APIError).status ?? 400 })
  }
  throw error
}

export const transitionEndpoint: Endpoint = {
  path: '/:id/transition',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return Response.json({ errors: [{ message: '请先登录 / please log in' }] }, { status: 401 })
    const body = (typeof req.json === 'function' ? await req.json() : {}) as { name?: string; reason?: string; objection?: unknown; corrections?: unknown }
    if (!body.name) return Response.json({ errors: [{ message: '缺少流转名称 / missing transition name' }] }, { status: 400 })
    const shouldCommit = await initTransaction(req)
    try {
      const doc = await applyTransition(req, {
        applicationId: idParam(req),
        name: body.name,
        reason: typeof body.reason === 'string' ? body.reason.trim() || undefined : undefined,
        objection: body.objection && typeof body.objection === 'object' ? (body.objection as Record<string, unknown>) : undefined,
        corrections: body.corrections && typeof body.corrections === 'object' && !Array.isArray(body.corrections) ? (body.corrections as Record<string, unknown>) : undefined,
      })
      if (shouldCommit) await commitTransaction(req)
      return Response.json({ doc, message: '已完成 / done' })
    } catch (error) {
      if (shouldCommit) await killTransaction(req)
      return errorResponse(error)
    }
  },
}

export const transitionsEndpoint: Endpoint = {
  path: '/:id/transitions',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ errors: [{ message: '请先登录 / please log in' }] }, { status: 401 })
    try {
      return Response.json({ transitions: await transitionsFor(req, idParam(req)) })
    } catch (error) {
      return errorResponse(error)
    }
  },
}

export const checklistEndpoint: Endpoint = {
  path: '/:id/checklist',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ errors: [{ message: '请先登录 / please log in' }] }, { status: 401 })
    try {
      // Row access: the user must be able to read the application.
      await req.payload.findByID({ collection: 'applications', id: idParam(req), depth: 0, overrideAccess: false, user: req.user, req })
      const facts = await applicationFacts(req, idParam(req))
      const today = todayIso()
      const items = checkAll({ ...facts, today, submittedOn: facts.submittedOn ?? today })
      return Response.json({ items, summary: checklistSummary(items), blocking: blockingViolations(items).length })
    } catch (error) {
      return errorResponse(error)
    }
  },
}
