// The whole-response cache in front of Next (scripts/public-response-cache.mjs), behind a real node:http server.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { createPublicResponseCache, isCacheableRequest } from '../../../scripts/public-response-cache.mjs'

const registry = ((globalThis as Record<symbol, unknown>)[Symbol.for('carriers.public-cache')] ??= { tagTimes: new Map() }) as {
  latest?: number
}

let clock = 1_000_000
let rendered = 0
let cacheControl = 's-maxage=60, stale-while-revalidate'
let setCookie = false
let cache: ReturnType<typeof createPublicResponseCache>
let base = ''
let server: http.Server

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (isCacheableRequest(req)) {
      if (cache.serve(req, res)) return
      cache.record(req, res)
    }
    // Stands in for Next: renders a page whose body says how many renders there were.
    rendered++
    res.setHeader('cache-control', cacheControl)
    res.setHeader('content-type', 'text/html; charset=utf-8')
    if (setCookie) res.setHeader('set-cookie', 'a=b')
    res.write(`<p>render ${rendered} of ${req.url}`)
    res.end('</p>')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

beforeEach(() => {
  clock = 1_000_000
  rendered = 0
  cacheControl = 's-maxage=60, stale-while-revalidate'
  setCookie = false
  registry.latest = 0
  cache = createPublicResponseCache({ now: () => clock })
})

const get = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${base}${path}`, { headers })
  return { status: response.status, body: await response.text(), headers: response.headers }
}

describe('public response cache', () => {
  it('answers a page Next marked shared-cacheable from memory, with the same bytes and headers', async () => {
    const first = await get('/')
    const second = await get('/')
    expect(rendered).toBe(1)
    expect(second.body).toBe(first.body)
    expect(second.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(second.headers.get('cache-control')).toBe(cacheControl)
    expect(cache.stats.hits).toBe(1)
  })

  it('keeps each URL apart, query included', async () => {
    await get('/carriers/1')
    await get('/carriers/2')
    await get('/?page=2')
    expect((await get('/carriers/1')).body).toContain('/carriers/1')
    expect((await get('/?page=2')).body).toContain('/?page=2')
    expect(rendered).toBe(3)
  })

  it('drops every entry older than the last expired public tag', async () => {
    await get('/')
    clock += 1000
    registry.latest = clock
    clock += 1
    expect((await get('/')).body).toBe('<p>render 2 of /</p>')
    expect((await get('/')).body).toBe('<p>render 2 of /</p>')
  })

  it('expires an entry after the page’s own s-maxage, capped at 60 s', async () => {
    cacheControl = 's-maxage=31536000'
    await get('/')
    clock += 59_000
    await get('/')
    expect(rendered).toBe(1)
    clock += 2_000
    await get('/')
    expect(rendered).toBe(2)
  })

  it('never keeps what Next did not mark shared-cacheable, nor a response that sets a cookie', async () => {
    cacheControl = 'private, no-cache, no-store, max-age=0, must-revalidate'
    await get('/admin-like')
    await get('/admin-like')
    expect(rendered).toBe(2)
    cacheControl = 's-maxage=60'
    setCookie = true
    await get('/x')
    await get('/x')
    expect(rendered).toBe(4)
  })

  it('leaves the admin, the API, Next’s files, signed-in staff and router requests to Next', async () => {
    for (const path of ['/admin', '/api/applications', '/_next/static/x.css']) {
      await get(path)
      await get(path)
    }
    await get('/', { cookie: 'payload-token=abc' })
    await get('/', { cookie: 'payload-token=abc' })
    await get('/', { authorization: 'JWT abc' })
    await get('/', { rsc: '1' })
    expect(rendered).toBe(10)
  })

  it('keeps compressed and plain answers apart', async () => {
    await get('/', { 'accept-encoding': 'gzip' })
    await get('/', { 'accept-encoding': 'identity' })
    expect(rendered).toBe(2)
  })

  it('answers HEAD from a kept GET without a body', async () => {
    await get('/')
    const response = await fetch(`${base}/`, { method: 'HEAD' })
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('')
    expect(rendered).toBe(1)
  })

  it('stays within its memory bound, oldest first', async () => {
    cache = createPublicResponseCache({ now: () => clock, maxBytes: 200 })
    for (let i = 0; i < 20; i++) await get(`/p/${i}`)
    expect(cache.bytes).toBeLessThanOrEqual(200)
    expect(cache.size).toBeLessThan(20)
    await get('/p/19')
    expect(rendered).toBe(20)
    await get('/p/0')
    expect(rendered).toBe(21)
  })
})
