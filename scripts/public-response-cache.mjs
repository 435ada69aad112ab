// A small cache of whole public-page responses in front of Next, in this process's memory.
//
// Why: Next's own cache (config/public-cache-handler.mjs) keeps the rendered page, but each hit still runs the
// App Router's request pipeline, which on this 2-core machine serves a cached page at a fraction of a static
// file's rate. A page that Next marked cacheable (s-maxage) is the same bytes for every anonymous visitor
// until a record it shows changes, so those bytes are kept here and answered directly.
//
// Staleness: every expiration of a public tag (the collections' hooks, in src/lib/public-cache.ts, and Next's
// revalidateTag through the cache handler) bumps `latest` in the shared registry; an entry older than that is
// dropped. Entries also expire by time (the page's own s-maxage, at most PUBLIC_CACHE_TTL_SECONDS), which covers
// the date turning (a notice becomes 期满 at midnight in China) and writes made by another process.

const REGISTRY = Symbol.for('carriers.public-cache')
const DEFAULT_TTL_SECONDS = 60

/** Requests that may be answered from the cache: anonymous GET/HEAD of a page, never the admin or the API. */
export function isCacheableRequest(req) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false
  const url = req.url ?? '/'
  if (url.startsWith('/admin') || url.startsWith('/api') || url.startsWith('/_next/')) return false
  if (req.headers.authorization) return false
  // A signed-in member of staff gets Next's own answer (nothing public depends on it, but nothing is gained).
  const cookie = req.headers.cookie
  if (cookie && cookie.includes('payload-token')) return false
  // Next answers prefetches and RSC navigations with other bodies for the same URL.
  if (req.headers.rsc || req.headers['next-router-prefetch'] || req.headers['next-router-state-tree'] || req.headers['next-action']) return false
  return true
}

// Next compresses by the request's Accept-Encoding: the stored bytes are only for requests that accept the same.
const encodingOf = (req) => String(req.headers['accept-encoding'] ?? '').replace(/\s+/g, '')

/** Seconds a response may be kept, or 0 when Next did not mark it as shared-cacheable. */
function sharedMaxAge(headers) {
  const control = String(headers['cache-control'] ?? '')
  if (/\b(private|no-store|no-cache)\b/.test(control)) return 0
  const match = /\bs-maxage=(\d+)/.exec(control)
  return match ? Number(match[1]) : 0
}

export function createPublicResponseCache({ maxBytes = 32 * 1024 * 1024, ttlSeconds = DEFAULT_TTL_SECONDS, now = Date.now } = {}) {
  const registry = (globalThis[REGISTRY] ??= { tagTimes: new Map() })
  /** @type {Map<string, { status: number, headers: Record<string, any>, body: Buffer, storedAt: number, expiresAt: number }>} */
  const entries = new Map()
  let bytes = 0
  const stats = { hits: 0, misses: 0, stored: 0 }

  const keyOf = (req) => `${encodingOf(req)} ${req.url}`

  function remove(key) {
    const entry = entries.get(key)
    if (!entry) return
    bytes -= entry.body.length
    entries.delete(key)
  }

  function fresh(entry) {
    return entry.expiresAt > now() && (registry.latest ?? 0) < entry.storedAt
  }

  /** Answers the request from the cache; false when it has to go to Next. */
  function serve(req, res) {
    const key = keyOf(req)
    const entry = entries.get(key)
    if (!entry) {
      stats.misses++
      return false
    }
    if (!fresh(entry)) {
      remove(key)
      stats.misses++
      return false
    }
    // Least recently used goes first: re-insert to move the entry to the end.
    entries.delete(key)
    entries.set(key, entry)
    stats.hits++
    const age = Math.max(0, Math.floor((now() - entry.storedAt) / 1000))
    res.writeHead(entry.status, { ...entry.headers, age: String(age) })
    res.end(req.method === 'HEAD' ? undefined : entry.body)
    return true
  }

  /** Watches Next's answer to a GET and keeps it when Next marked it shared-cacheable. */
  function record(req, res) {
    if (req.method !== 'GET') return
    const key = keyOf(req)
    const storedAt = now()
    const chunks = []
    let size = 0
    let tooBig = false
    const write = res.write
    const end = res.end
    const keep = (chunk, encoding) => {
      if (tooBig || chunk == null || typeof chunk === 'function') return
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8')
      size += buffer.length
      if (size > maxBytes / 8) tooBig = true
      else chunks.push(buffer)
    }
    res.write = function (chunk, encoding, callback) {
      keep(chunk, encoding)
      return write.call(this, chunk, encoding, callback)
    }
    res.end = function (chunk, encoding, callback) {
      keep(chunk, encoding)
      return end.call(this, chunk, encoding, callback)
    }
    res.once('finish', () => {
      if (tooBig || res.statusCode !== 200) return
      const headers = res.getHeaders()
      if (headers['set-cookie']) return
      const seconds = Math.min(sharedMaxAge(headers), ttlSeconds)
      if (seconds <= 0) return
      // A tag expired while Next rendered: the bytes may hold the old data.
      if ((registry.latest ?? 0) >= storedAt) return
      const body = Buffer.concat(chunks)
      remove(key)
      const { date: _date, connection: _connection, 'keep-alive': _keepAlive, 'transfer-encoding': _te, ...kept } = headers
      kept['content-length'] = String(body.length)
      entries.set(key, { status: 200, headers: kept, body, storedAt, expiresAt: storedAt + seconds * 1000 })
      bytes += body.length
      stats.stored++
      for (const oldest of entries.keys()) {
        if (bytes <= maxBytes) break
        remove(oldest)
      }
    })
  }

  return { serve, record, stats, get size() { return entries.size }, get bytes() { return bytes } }
}
