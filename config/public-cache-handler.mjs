// Next's cache (rendered public pages, route files and their data) kept in this process's memory, bounded.
//
// Why not Next's default: it writes rendered pages under .next/, which instances started from one checkout
// share whatever their database (a test server would serve another one's pages), and it knows only the
// expirations that reach it through a request. Here the expired tags live in a registry on globalThis that
// src/lib/public-cache.ts also writes, so a hook running in a job of this process expires pages as well.
// Each instance has its own cache: with several instances, a change made on one reaches the others when
// their entries expire by time (PUBLIC_REVALIDATE_SECONDS); a shared handler (Redis…) would do better there.
//
// An entry past its revalidation time is a miss here, not a stale hit. Next would serve a stale entry and render
// it again in the background, one render per page that went stale, with nothing bounding how many wait: with
// 10,000 carrier pages visited faster than the server renders them, those renders queued up (on PostgreSQL, once
// the first pages went stale, p99 went from 0.7 to 5.5 s in three rounds of load, with the unfinished renders
// held in memory, RSS 2.3 GB). As a miss, the page is rendered in the visitor's request (Next still renders a
// page once for all who ask at the same time), so the work in hand is bounded by the requests in flight.

const REGISTRY = Symbol.for('carriers.public-cache')
const STORE = Symbol.for('carriers.public-cache.entries')
const TAGS_HEADER = 'x-next-cache-tags'
const MAX_BYTES = Math.max(1, Number(process.env.PUBLIC_CACHE_MB ?? 64)) * 1024 * 1024

const registry = (globalThis[REGISTRY] ??= { tagTimes: new Map() })
/** @type {{ entries: Map<string, { value: any, lastModified: number, expiresAt: number, tags: string[], cacheControl: any, size: number }>, bytes: number }} */
const store = (globalThis[STORE] ??= { entries: new Map(), bytes: 0 })

// Bytes held: a Buffer's length; a string's length twice over (V8 keeps a string with any Chinese in it at two
// bytes a character).
const bytesOf = (data) => (data == null ? 0 : typeof data === 'string' ? data.length * 2 : (data.length ?? 0))

function sizeOf(value) {
  if (!value) return 64
  switch (value.kind) {
    case 'APP_PAGE': {
      let size = bytesOf(value.html) + bytesOf(value.rscData) + bytesOf(value.postponed)
      if (value.segmentData) for (const [path, buffer] of value.segmentData) size += bytesOf(path) + bytesOf(buffer)
      return size
    }
    case 'APP_ROUTE':
      return bytesOf(value.body)
    case 'FETCH':
      return bytesOf(JSON.stringify(value.data ?? ''))
    default:
      return bytesOf(JSON.stringify(value))
  }
}

/** Seconds until the entry is to be rendered again: the page's or the data function's own `revalidate`. */
function revalidateSeconds(value, ctx) {
  const seconds = value?.kind === 'FETCH' ? (ctx?.revalidate ?? value.revalidate) : ctx?.cacheControl?.revalidate
  return typeof seconds === 'number' && seconds > 0 ? seconds : Infinity
}

function tagsOf(value, ctx) {
  if (!value) return []
  if (value.kind === 'FETCH') return [...(ctx?.tags ?? value.tags ?? [])]
  const header = value.headers?.[TAGS_HEADER]
  return typeof header === 'string' ? header.split(',') : []
}

function remove(key) {
  const entry = store.entries.get(key)
  if (!entry) return
  store.bytes -= entry.size
  store.entries.delete(key)
}

export default class PublicCacheHandler {
  constructor(_options) {}

  async get(key, ctx) {
    const entry = store.entries.get(key)
    if (!entry) return null
    if (Date.now() >= entry.expiresAt) {
      remove(key)
      return null
    }
    const tags = [...entry.tags, ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])]
    if (tags.some((tag) => (registry.tagTimes.get(tag) ?? 0) >= entry.lastModified)) {
      remove(key)
      return null
    }
    // Least recently used goes first: re-insert to move the entry to the end.
    store.entries.delete(key)
    store.entries.set(key, entry)
    return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl }
  }

  async set(key, value, ctx) {
    remove(key)
    if (!value) return
    const size = bytesOf(key) + sizeOf(value)
    if (size > MAX_BYTES / 4) return
    const lastModified = Date.now()
    const expiresAt = lastModified + revalidateSeconds(value, ctx) * 1000
    store.entries.set(key, { value, lastModified, expiresAt, tags: tagsOf(value, ctx), cacheControl: ctx?.cacheControl, size })
    store.bytes += size
    for (const oldest of store.entries.keys()) {
      if (store.bytes <= MAX_BYTES) break
      remove(oldest)
    }
  }

  // Every expiration is immediate here: the public pages ask for nothing else (revalidateTag(tag, { expire: 0 })).
  async revalidateTag(tags, _durations) {
    const now = Date.now()
    for (const tag of typeof tags === 'string' ? [tags] : tags) registry.tagTimes.set(tag, Math.max(now, registry.tagTimes.get(tag) ?? 0))
    // The whole-response cache in front of Next (scripts/public-response-cache.mjs) drops what is older.
    registry.latest = Math.max(now, registry.latest ?? 0)
  }

  resetRequestCache() {}
}
