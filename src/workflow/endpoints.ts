// REST: POST /api/applications/:id/transition, GET /api/applications/:id/transitions and /checklist.
import type { Endpoint, PayloadRequest } from 'payload'
import { commitTransaction, initTransaction, killTransaction } from 'payload'

import { describeError, errorBody, logRefusal, platform, platformError } from '../lib/errors'

import { hasRole } from '../access/roles'
import { blockingViolations, checkAll, checklistSummary } from '../policies'
import { applicationFacts } from './facts'
import { applyTransition, todayIso, TransitionRefused, transitionsFor } from './transition'

const idParam = (req: PayloadRequest) => String(req.routeParams?.id ?? '')

/** Refusals (a guard said no, a record not found or not the user's) in the one error shape; anything else is a 500. */
function errorResponse(req: PayloadRequest, error: unknown): Response {
  const { status, violations, name } = describeError(error)
  if (status >= 500) throw error
  logRefusal(req, status, violations)
  return Response.json(errorBody(violations, error instanceof TransitionRefused ? 'TransitionRefused' : name), { status })
}

const pleaseSignIn = () => Response.json(errorBody([platformError(401)]), { status: 401 })

export const transitionEndpoint: Endpoint = {
  path: '/:id/transition',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return pleaseSignIn()
    const body = (typeof req.json === 'function' ? await req.json() : {}) as { name?: string; reason?: string; objection?: unknown; corrections?: unknown }
    if (typeof body.name !== 'string' || !body.name) {
      return Response.json(errorBody([platform('transition.name-missing', '缺少流转名称', 'The transition name is missing.')]), { status: 400 })
    }
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
      return errorResponse(req, error)
    }
  },
}

export const transitionsEndpoint: Endpoint = {
  path: '/:id/transitions',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return pleaseSignIn()
    try {
      return Response.json({ transitions: await transitionsFor(req, idParam(req)) })
    } catch (error) {
      return errorResponse(req, error)
    }
  },
}

export const checklistEndpoint: Endpoint = {
  path: '/:id/checklist',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return pleaseSignIn()
    try {
      // Row access: the user must be able to read the application.
      await req.payload.findByID({ collection: 'applications', id: idParam(req), depth: 0, overrideAccess: false, user: req.user, req })
      const facts = await applicationFacts(req, idParam(req))
      const today = todayIso()
      const all = checkAll({ ...facts, today, submittedOn: facts.submittedOn ?? today })
      // An override's reason is the bureau's internal note: applicants and experts see only that it is overridden.
      const staff = hasRole(req.user, 'admin', 'city-officer', 'district-officer')
      const items = staff ? all : all.map((item) => (item.override ? { ...item, override: { at: item.override.at } } : item))
      return Response.json({ items, summary: checklistSummary(all), blocking: blockingViolations(all).length, revision: facts.revision ?? null })
    } catch (error) {
      return errorResponse(req, error)
    }
  },
}
