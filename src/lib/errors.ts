// One error shape for every refusal — collections, custom endpoints, transitions, the REST guard:
//   { errors: [{ message, data: { violations: [{ rule, article, message: { zh, en } }] } }], message }
// (the top-level `message` repeats the words as Chinese and English lines, for the admin's toasts).
// `rule` is a policy rule id (e.g. tic.funding.annual-30pct) or a platform id (platform.not-found, auth.failed,
// request.too-large …). Nothing from the database or a stack ever reaches the body.
import type { AfterErrorHook, PayloadRequest } from 'payload'
import { APIError, ValidationError } from 'payload'

import type { Violation } from '../policies'

export interface Bilingual {
  zh: string
  en: string
}

export interface ViolationOut {
  rule: string
  article: string | null
  message: Bilingual
  /** The field the refusal is about, when there is one (for the admin form). */
  field?: string
}

export interface ErrorBody {
  errors: { name?: string; message: string; data: { violations: ViolationOut[] } }[]
  /** The same words for a person: each violation as a Chinese line, then an English line (see `toastText`). */
  message: string
}

export const bilingualText = (m: Bilingual): string => `${m.zh} / ${m.en}`

/**
 * The words the admin shows in its toast. Payload's form shows a body's top-level `message` as it is; without one it
 * passes `errors[].message` through its field-errors toast, which splits at the first ASCII colon and then at every
 * comma (the English half became bullets). Each violation is two lines, Chinese then English: the admin's toast
 * keeps line breaks (src/app/(payload)/custom.css).
 */
export const toastText = (violations: readonly ViolationOut[]): string =>
  violations.map((v) => `${withoutRuleId(v.message.zh)}\n${withoutRuleId(v.message.en)}`).join('\n')

/** A rule's message ends with its id in brackets, for the API and the logs; a person reads the words and the article. */
const withoutRuleId = (text: string): string => text.replace(/\s*\[[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+\]/gi, '').trim()

export function errorBody(violations: readonly ViolationOut[], name?: string): ErrorBody {
  return {
    errors: [
      {
        ...(name ? { name } : {}),
        message: violations.map((v) => bilingualText(v.message)).join('\n'),
        data: { violations: [...violations] },
      },
    ],
    message: toastText(violations),
  }
}

export function errorResponse(status: number, violations: readonly ViolationOut[], headers: Record<string, string> = {}): Response {
  return Response.json(errorBody(violations), { status, headers })
}

/** A platform refusal: one rule id, its words. */
export const platform = (rule: string, zh: string, en: string, field?: string): ViolationOut => ({
  rule,
  article: null,
  message: { zh, en },
  ...(field ? { field } : {}),
})

/** A policy violation in the one shape: the rule id and its article. */
export const fromPolicy = (v: Violation, field?: string): ViolationOut => ({
  rule: v.ruleId,
  article: v.citation ? `${v.citation.document}${v.citation.article}` : null,
  message: { zh: v.message.zh, en: v.message.en },
  ...(field ? { field } : {}),
})

/** The words of each HTTP status we answer with, when no rule says more. */
export const PLATFORM_ERRORS: Record<number, ViolationOut> = {
  400: platform('request.invalid', '请求格式不正确', 'The request is malformed.'),
  401: platform('auth.required', '请先登录', 'Please sign in.'),
  403: platform('platform.forbidden', '您无权执行此操作', 'You are not allowed to do this.'),
  404: platform('platform.not-found', '未找到该记录或页面', 'Not found.'),
  405: platform('platform.method-not-allowed', '不支持此请求方法', 'This method is not allowed here.'),
  409: platform('platform.conflict', '记录已被他人修改，请刷新后重试', 'The record was changed by someone else: reload and try again.'),
  413: platform('request.too-large', '请求内容过大', 'The request is too large.'),
  423: platform('platform.locked', '该记录正由他人编辑', 'Someone else is editing this record.'),
  429: platform('request.too-many', '请求过于频繁，请稍后再试', 'Too many requests: try again later.'),
  501: platform('platform.not-implemented', '不支持此操作', 'This operation is not supported.'),
  503: platform('platform.busy', '数据库繁忙，本次操作未执行，请稍后重试', 'The database is busy: nothing was changed. Please try again shortly.'),
  500: platform('platform.internal', '服务器内部错误，本次操作未执行；已记录，请联系系统管理员', 'Internal error: nothing was changed. It has been logged; please contact an administrator.'),
}

export const platformError = (status: number): ViolationOut => PLATFORM_ERRORS[status] ?? PLATFORM_ERRORS[status >= 500 ? 500 : 400]!

/**
 * A refusal with its rule(s): thrown from hooks and endpoints; Payload answers it through `afterError` below.
 * Logged as one info line (see `loggingLevels` in payload.config.ts), never with a stack.
 */
export class Refusal extends APIError {
  violations: ViolationOut[]
  constructor(status: number, violations: ViolationOut[]) {
    super(violations.map((v) => bilingualText(v.message)).join('\n'), status, { violations }, true)
    this.name = 'Refusal'
    this.violations = violations
  }
}

export const refuse = (status: number, rule: string, zh: string, en: string, field?: string): never => {
  throw new Refusal(status, [platform(rule, zh, en, field)])
}

const splitBilingual = (text: string): Bilingual | null => {
  const i = text.indexOf(' / ')
  if (i <= 0) return null
  return { zh: text.slice(0, i).trim(), en: text.slice(i + 3).trim() }
}

type FieldError = { path?: string; message?: string; ruleId?: string; label?: unknown; violation?: ViolationOut }

const labelOf = (label: unknown, path: string): Bilingual => {
  if (label && typeof label === 'object' && 'zh' in label) {
    const l = label as { zh?: string; en?: string }
    return { zh: l.zh ?? path, en: l.en ?? l.zh ?? path }
  }
  if (typeof label === 'string') return { zh: label, en: label }
  return { zh: '字段', en: 'a field' }
}

/** A field error of Payload's validation (or ours, "中文 / English") as one violation. */
function fromFieldError(e: FieldError): ViolationOut {
  if (e.violation) return e.violation
  const path = e.path ?? ''
  const ours = typeof e.message === 'string' ? splitBilingual(e.message) : null
  if (ours) return { rule: e.ruleId ?? 'field.invalid', article: null, message: ours, ...(path ? { field: path } : {}) }
  const label = labelOf(e.label, path)
  const detail = typeof e.message === 'string' && e.message.length < 300 ? e.message : ''
  return {
    rule: e.ruleId ?? 'field.invalid',
    article: null,
    message: { zh: `“${label.zh}”填写有误${detail ? `：${detail}` : ''}`, en: `${label.en} is invalid${detail ? `: ${detail}` : ''}` },
    ...(path ? { field: path } : {}),
  }
}

const chain = (error: unknown): unknown[] => {
  const out: unknown[] = []
  for (let e = error; e && out.length < 6; e = (e as { cause?: unknown }).cause) out.push(e)
  return out
}

const text = (e: unknown): string => `${(e as { message?: unknown })?.message ?? ''} ${(e as { code?: unknown })?.code ?? ''}`

/** Errors the database raises for a client's mistake (a reference to nothing, a duplicate) — 400, not 500. */
function databaseRefusal(error: unknown): { status: number; violation: ViolationOut } | null {
  {
    // The driver's words may sit on any link of the cause chain (the query on one, the constraint on another).
    const t = chain(error).map(text).join(' ')
    if (/FOREIGN KEY constraint failed|23503|violates foreign key/i.test(t)) {
      return { status: 400, violation: platform('request.reference-missing', '引用的记录不存在', 'A referenced record does not exist.') }
    }
    if (/NOT NULL constraint failed|23502|null value in column/i.test(t) && /delete from/i.test(t)) {
      return { status: 409, violation: platform('record.in-use', '该记录仍被其他记录引用，不能删除', 'Other records still refer to this one: it cannot be deleted.') }
    }
    if (/UNIQUE constraint failed|23505|duplicate key value/i.test(t)) {
      return { status: 400, violation: platform('record.duplicate', '已存在相同的记录', 'Such a record already exists.') }
    }
    if (/22P02|invalid input syntax|22003|out of range|22008|22007/i.test(t)) {
      return { status: 400, violation: platform('request.invalid-value', '请求中的值格式不正确', 'A value in the request has the wrong format.') }
    }
  }
  return null
}

/** Every error as status + violations. */
export function describeError(error: unknown, fallbackStatus = 500): { status: number; violations: ViolationOut[]; name?: string } {
  if (error instanceof Refusal) return { status: error.status, violations: error.violations, name: 'Refusal' }
  const carried = (error as { violations?: unknown })?.violations
  if (Array.isArray(carried) && carried.length > 0) {
    const violations = carried.map((v: Violation | ViolationOut) => ('rule' in v ? v : fromPolicy(v)))
    return { status: (error as APIError).status ?? 400, violations, name: (error as Error).name }
  }
  if (error instanceof ValidationError) {
    const errors = ((error.data as { errors?: FieldError[] } | undefined)?.errors ?? []) as FieldError[]
    const violations = errors.length > 0 ? errors.map(fromFieldError) : [platformError(400)]
    return { status: 400, violations, name: 'ValidationError' }
  }
  if (error instanceof APIError && error.status && error.status < 500) {
    const status = error.status
    const name = error.name
    if (name === 'AuthenticationError') return { status, violations: [platform('auth.failed', '邮箱或密码错误', 'The email or password is incorrect.')], name }
    if (name === 'LockedAuth') return { status, violations: [platform('auth.locked', '邮箱或密码错误', 'The email or password is incorrect.')], name }
    if (name === 'QueryError') return { status: 400, violations: [platform('request.bad-query', '查询条件不正确', 'The query is not valid.')], name }
    const ours = splitBilingual(error.message)
    if (ours) return { status, violations: [{ ...platformError(status), message: ours }], name }
    return { status, violations: [platformError(status)], name }
  }
  // Our own public server-side answers (a COMMIT the database refused → 503) keep their status and words.
  if (error instanceof APIError && error.status >= 500 && (error as { isPublic?: boolean }).isPublic) {
    const ours = splitBilingual(error.message)
    if (ours) return { status: error.status, violations: [{ ...platformError(error.status), message: ours }], name: error.name }
  }
  const db = databaseRefusal(error)
  if (db) return { status: db.status, violations: [db.violation] }
  const status = (error as APIError)?.status ?? fallbackStatus
  return { status, violations: [platformError(status)] }
}

/** One line, no stack, for a client's mistake; real server errors are logged by Payload itself (with the stack). */
export function logRefusal(req: PayloadRequest | undefined, status: number, violations: readonly ViolationOut[]): void {
  if (status >= 500 || !req?.payload) return
  const line = `${req.method ?? ''} ${req.url ? new URL(req.url).pathname : ''} → ${status} ${violations.map((v) => v.rule).join(',')}`
  req.payload.logger.info(line)
}

/** The root `afterError` hook: every error Payload routes answers in the one shape. */
export const oneErrorShape: AfterErrorHook = ({ error, req }) => {
  const { status, violations, name } = describeError(error)
  return { status, response: errorBody(violations, name) as unknown as Record<string, unknown> }
}
