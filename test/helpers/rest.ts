// Calls the app's real REST route handlers (the same ones Next serves) with real Request objects.
import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

import { guard } from '../../src/lib/rest-guard'

type Handler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>

export interface RestClient {
  get: (path: string, token?: string) => Promise<Response>
  post: (path: string, body: unknown, token?: string) => Promise<Response>
  patch: (path: string, body: unknown, token?: string) => Promise<Response>
  delete: (path: string, token?: string) => Promise<Response>
  login: (email: string, password: string) => Promise<string>
  /** Any method, any body (a string or bytes as they are), any headers: for malformed requests. */
  raw: (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, init?: { body?: BodyInit; headers?: Record<string, string>; token?: string }) => Promise<Response>
}

export function restClient(config: Promise<SanitizedConfig> | SanitizedConfig): RestClient {
  const handlers = {
    GET: guard(config, REST_GET(config) as unknown as Handler),
    POST: guard(config, REST_POST(config) as unknown as Handler),
    PATCH: guard(config, REST_PATCH(config) as unknown as Handler),
    DELETE: guard(config, REST_DELETE(config) as unknown as Handler),
  }
  // Next hands the route its segments decoded.
  const slugOf = (url: URL) => url.pathname.replace(/^\/api\//, '').split('/').map((s) => decodeURIComponent(s))
  const call = (method: keyof typeof handlers, path: string, body?: unknown, token?: string) => {
    const url = new URL(`http://localhost:3000/api${path}`)
    const headers: Record<string, string> = { 'Content-Type': 'application/json', 'Accept-Language': 'zh' }
    if (token) headers.Authorization = `JWT ${token}`
    const request = new Request(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
    return handlers[method](request, { params: Promise.resolve({ slug: slugOf(url) }) })
  }
  const raw: RestClient['raw'] = (method, path, init = {}) => {
    const url = new URL(`http://localhost:3000/api${path}`)
    const headers: Record<string, string> = { 'Accept-Language': 'zh', ...(init.headers ?? {}) }
    if (init.token) headers.Authorization = `JWT ${init.token}`
    const request = new Request(url, { method, headers, body: init.body })
    return handlers[method](request, { params: Promise.resolve({ slug: slugOf(url) }) })
  }
  return {
    raw,
    get: (path, token) => call('GET', path, undefined, token),
    post: (path, body, token) => call('POST', path, body, token),
    patch: (path, body, token) => call('PATCH', path, body, token),
    delete: (path, token) => call('DELETE', path, undefined, token),
    login: async (email, password) => {
      const response = await call('POST', '/users/login', { email, password })
      const json = (await response.json()) as { token?: string; errors?: unknown }
      if (!response.ok || !json.token) throw new Error(`login failed for ${email}: ${response.status} ${JSON.stringify(json)}`)
      return json.token
    },
  }
}
