// The REST API's front door, in front of Payload's route handlers (src/app/(payload)/api and the tests' client):
// a request that cannot be right is refused here, in the one error shape, before Payload parses or queries
// anything — a body over the size limit (413, read with a cap, never parsed), malformed JSON or a JSON body that
// is not an object (400), an id that is not an id (404, the same on SQLite and PostgreSQL), paging numbers that
// are not small non-negative integers, unknown `where` operators (400), a NUL in an upload's file name (400).
// Lists are capped (limit ≤ MAX_LIMIT, depth ≤ MAX_DEPTH) so no request can ask for a 100 MB answer; writes answer
// at depth 0 unless asked (≤ MAX_DEPTH). Every
// answer that is an error leaves in the one shape, and every answer carries the security headers.
import type { SanitizedConfig } from 'payload'

import { errorBody, errorResponse, logRefusal, platform, platformError, type ViolationOut } from './errors'
import { apiSecurityHeaders } from './security-headers'

export const MAX_JSON_BYTES = 1024 * 1024
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024
export const MAX_LIMIT = 500
export const MAX_DEPTH = 2

const OPERATORS = new Set([
  'equals', 'not_equals', 'in', 'not_in', 'all', 'exists', 'greater_than', 'greater_than_equal', 'less_than',
  'less_than_equal', 'like', 'not_like', 'contains', 'near', 'within', 'intersects',
])

type Args = { params: Promise<{ slug: string[] }> }
type Handler = (request: Request, args: Args) => Promise<Response>

class Refused {
  constructor(
    readonly status: number,
    readonly violation: ViolationOut,
  ) {}
}

const bad = (rule: string, zh: string, en: string) => new Refused(400, platform(rule, zh, en))
const notFound = () => new Refused(404, platformError(404))
const tooLarge = (limit: number) =>
  new Refused(413, platform('request.too-large', `请求内容超过上限（${Math.round(limit / 1024 / 1024)} MB）`, `The request is larger than the limit (${Math.round(limit / 1024 / 1024)} MB).`))

/** Reads the body with a cap: a client that sends more than `limit` bytes is answered 413 without buffering it all. */
async function readCapped(request: Request, limit: number): Promise<Uint8Array | Refused> {
  const declared = Number(request.headers.get('content-length') ?? NaN)
  if (Number.isFinite(declared) && declared > limit) return tooLarge(limit)
  if (!request.body) return new Uint8Array(0)
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => undefined)
      return tooLarge(limit)
    }
    chunks.push(value)
  }
  const out = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.byteLength
  }
  return out
}

const NON_NEGATIVE_INTEGER = /^\d{1,9}$/

function checkQuery(url: URL, collectionRoute: boolean): Refused | null {
  const params = url.searchParams
  for (const name of ['page', 'limit', 'depth']) {
    const value = params.get(name)
    if (value === null) continue
    if (!NON_NEGATIVE_INTEGER.test(value)) {
      return bad('request.bad-paging', `参数 ${name} 应为不大于 999999999 的非负整数`, `${name} must be a non-negative integer up to 999999999.`)
    }
    if (name === 'page' && Number(value) < 1) return bad('request.bad-paging', '页码从 1 开始', 'page starts at 1.')
  }
  if (collectionRoute && params.get('pagination') === 'false') {
    return bad('request.pagination-required', `列表须分页读取（每页最多 ${MAX_LIMIT} 条）`, `Lists are read page by page (at most ${MAX_LIMIT} per page).`)
  }
  for (const key of params.keys()) {
    if (!key.startsWith('where')) continue
    const tokens = [...key.slice(5).matchAll(/\[([^\]]*)\]/g)].map((m) => m[1] ?? '')
    let i = 0
    while (i < tokens.length && (tokens[i] === 'and' || tokens[i] === 'or')) {
      i += 1
      if (/^\d+$/.test(tokens[i] ?? '')) i += 1
    }
    const field = tokens[i]
    const operator = tokens[i + 1]
    if (!field || !operator) return bad('request.bad-query', '查询条件不完整', 'The query condition is incomplete.')
    if (!OPERATORS.has(operator)) {
      return bad('request.bad-operator', `不支持的查询运算符“${operator.slice(0, 40)}”`, `Unknown query operator "${operator.slice(0, 40)}".`)
    }
  }
  return null
}

/** Lists are read a page at a time and never deeper than MAX_DEPTH (a request cannot ask for a 100 MB answer). */
function capQuery(url: URL): void {
  const params = url.searchParams
  const limit = params.get('limit')
  if (limit !== null && (Number(limit) === 0 || Number(limit) > MAX_LIMIT)) params.set('limit', String(MAX_LIMIT))
  const depth = params.get('depth')
  if (depth !== null && Number(depth) > MAX_DEPTH) params.set('depth', String(MAX_DEPTH))
  if (depth === null) params.set('depth', String(MAX_DEPTH))
}

/**
 * A write answers with the saved record itself (relationships as ids) unless the client asks for more, and never
 * deeper than MAX_DEPTH: Payload's default (depth 2) made a disbursement's 201 carry its application two levels
 * deep, with the lead's yearly figures. The admin's forms ask for depth 0 themselves.
 */
function capWriteQuery(url: URL): void {
  const params = url.searchParams
  const depth = params.get('depth')
  if (depth === null) params.set('depth', '0')
  else if (Number(depth) > MAX_DEPTH) params.set('depth', String(MAX_DEPTH))
}

/** Payload's endpoint paths are plain: `/versions/:id`, `/:id/transition`, `/access/:id?`. */
function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean)
  const got = pathname.split('/').filter(Boolean)
  const params: Record<string, string> = {}
  for (let i = 0; i < Math.max(want.length, got.length); i += 1) {
    const w = want[i]
    const g = got[i]
    if (w === undefined) return null
    if (w.startsWith(':')) {
      const optional = w.endsWith('?')
      if (g === undefined) {
        if (optional) continue
        return null
      }
      let value = g
      try {
        value = decodeURIComponent(g)
      } catch {
        // a malformed escape is not an id either
      }
      params[w.slice(1).replace(/\?$/, '')] = value
    } else if (w !== g) return null
  }
  return params
}

/** The route's `:id`, when it has one, must be a positive integer (both databases use serial ids). */
function checkId(config: SanitizedConfig, method: string, segments: string[]): Refused | null {
  const [slug, ...rest] = segments
  if (!slug || slug === 'globals') return null
  const collection = config.collections.find((c) => c.slug === slug)
  if (!collection) return notFound()
  if (collection.endpoints === false) return notFound() // no REST at all (payload-migrations)
  if (rest.length === 0) return null
  if (slug === 'payload-preferences') return null // keyed by name, not id
  // Payload registers /versions on every collection; one without versions has none to show.
  if (rest[0] === 'versions' && !collection.versions) return notFound()
  const pathname = `/${rest.join('/')}`
  for (const endpoint of collection.endpoints || []) {
    if (endpoint.method !== method.toLowerCase()) continue
    const params = matchPath(endpoint.path, pathname)
    if (!params) continue
    const id = params.id
    if (typeof id === 'string' && !/^[1-9]\d{0,15}$/.test(id)) return notFound()
    return null
  }
  return null
}

const NUL_FILENAME = /filename\*?=(?:"[^"]*(?:\u0000|%00)[^"]*"|[^;\r\n]*(?:\u0000|%00))/i

async function screen(config: SanitizedConfig, request: Request, segments: string[]): Promise<{ refused: Refused } | { request: Request }> {
  const url = new URL(request.url)
  const method = request.method.toUpperCase()
  const idProblem = checkId(config, method, segments)
  if (idProblem) return { refused: idProblem }
  const collectionRoute = segments[0] !== undefined && segments[0] !== 'globals'
  const queryProblem = checkQuery(url, collectionRoute)
  if (queryProblem) return { refused: queryProblem }
  if (method === 'GET') capQuery(url)
  else if (method === 'POST' || method === 'PATCH' || method === 'PUT' || method === 'DELETE') capWriteQuery(url)

  let body: Uint8Array | undefined
  if (method === 'POST' || method === 'PATCH' || method === 'PUT' || method === 'DELETE') {
    const type = (request.headers.get('content-type') ?? '').toLowerCase()
    const multipart = type.startsWith('multipart/form-data')
    const read = await readCapped(request, multipart ? MAX_UPLOAD_BYTES : MAX_JSON_BYTES)
    if (read instanceof Refused) return { refused: read }
    body = read
    if (multipart) {
      const head = Buffer.from(body).toString('latin1')
      if (NUL_FILENAME.test(head)) return { refused: bad('upload.bad-filename', '文件名含有不允许的字符', 'The file name contains a character that is not allowed.') }
    } else if (body.byteLength > 0 && !type.startsWith('application/x-www-form-urlencoded')) {
      let parsed: unknown
      try {
        parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body))
      } catch {
        return { refused: bad('request.malformed-json', '请求内容不是有效的 JSON', 'The request body is not valid JSON.') }
      }
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        return { refused: bad('request.body-not-object', '请求内容应为 JSON 对象', 'The request body must be a JSON object.') }
      }
    }
  }
  const headers = new Headers(request.headers)
  if (body !== undefined) headers.set('content-length', String(body.byteLength))
  return {
    request: new Request(url, {
      method,
      headers,
      body: body === undefined || body.byteLength === 0 ? undefined : (body as BodyInit),
      signal: request.signal,
    }),
  }
}

/** An error answer not yet in the one shape (Payload's "Route not found", a 501 …) is put in it. */
async function inOneShape(response: Response): Promise<Response> {
  if (response.status < 400) return response
  const type = response.headers.get('content-type') ?? ''
  if (type.includes('application/json')) {
    const json = (await response.clone().json().catch(() => null)) as { errors?: { data?: { violations?: unknown } }[] } | null
    if (Array.isArray(json?.errors?.[0]?.data?.violations)) return response
  }
  const headers = new Headers(response.headers)
  headers.set('content-type', 'application/json')
  headers.delete('content-length')
  return new Response(JSON.stringify(errorBody([platformError(response.status)])), { status: response.status, headers })
}

function withHeaders(response: Response): Response {
  const headers = new Headers(response.headers)
  for (const [name, value] of Object.entries(apiSecurityHeaders())) if (!headers.has(name)) headers.set(name, value)
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}

export function guard(config: Promise<SanitizedConfig> | SanitizedConfig, handler: Handler): Handler {
  return async (request, args) => {
    const { slug } = await args.params
    const segments = slug ?? []
    const screened = await screen(await config, request, segments)
    if ('refused' in screened) {
      const { status, violation } = screened.refused
      logRefusal(undefined, status, [violation])
      return withHeaders(errorResponse(status, [violation]))
    }
    const response = withHeaders(await inOneShape(await handler(screened.request, args)))
    // Uploaded files are downloads, never pages: the browser saves them instead of rendering them here.
    const isFile = segments[1] === 'file' && (await config).collections.some((c) => c.slug === segments[0] && c.upload)
    if (isFile && response.status === 200) {
      const name = segments.slice(2).join('/')
      response.headers.set('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`)
    }
    return response
  }
}
