// Next's cache (rendered public pages, route files and their data) kept in this process's memory, bounded.
//
// Why not Next's default: it writes rendered pages under .next/, which instances started from one checkout
// share whatever their database (a test server would serve another one's pages), and it knows only the
// expirations that reach it through a request. Here the expired tags live in a registry on globalThis that
// src/lib/public-cache.ts also writes, so a hook running in a job of this process expires pages as well.
// Each instance has its own cache: with several instances, a change made on one reaches the others when
// their entries expire by time (PUBLIC_REVALIDATE_SECONDS); a shared handler (Redis…) would do better there.

const REGISTRY = Symbol.for('carriers.public-cache')
const STORE = Symbol.for('carriers.public-cache.entries')
const TAGS_HEADER = 'x-next-cache-tags'
const MAX_BYTES = Math.max(1, Number(process.env.PUBLIC_CACHE_MB ?? 64)) * 1024 * 1024

const registry = (globalThis[REGISTRY] ??= { tagTimes: new Map() })
/** @type {{ entries: Map<string, { value: any, lastModified: number, tags: string[], cacheControl: any, size: number }>, bytes: number }} */
const store = (globalThis[STORE] ??= { entries: new Map(), bytes: 0 })

function sizeOf(value) {
  if (!value) return 64
  switch (value.kind) {
    case 'APP_PAGE': {
      let size = (value.html?.length ?? 0) + (value.rscData?.length ?? 0) + (value.postponed?.length ?? 0)
      if (value.segmentData) for (const [path, buffer] of value.segmentData) size += path.length + (buffer?.length ?? 0)
      return size
    }
    case 'APP_ROUTE':
      return value.body?.length ?? 0
    case 'FETCH':
      return JSON.stringify(value.data ?? '').length
    default:
      return JSON.stringify(value).length
  }
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
    const size = key.length + sizeOf(value)
    if (size > MAX_BYTES / 4) return
    store.entries.set(key, { value, lastModified: Date.now(), tags: tagsOf(value, ctx), cacheControl: ctx?.cacheControl, size })
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
