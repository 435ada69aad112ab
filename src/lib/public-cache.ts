// The public pages' cache: Next keeps each rendered page (ISR) and the data behind it, tagged by what it shows;
// the collections' hooks expire those tags when a record changes (src/hooks/revalidate/*). Every entry also
// expires after PUBLIC_REVALIDATE_SECONDS, which covers what no hook sees: the date (a notice becomes 期满 at
// midnight in China) and writes made in another process (the worker, a script).
import { revalidateTag, unstable_cache } from 'next/cache'

export const PUBLIC_REVALIDATE_SECONDS = 60

export const PUBLIC_TAGS = {
  /** Every public page and file. */
  all: 'public',
  /** The register, notices, archive, statistics, open data, sitemap and feed. */
  lists: 'public:lists',
  /** The header and footer (site settings). */
  site: 'public:site',
  carrier: (id: number | string) => `public:carrier:${id}`,
  program: (id: number | string) => `public:program:${id}`,
} as const

/** The registry of expired tags, shared with config/public-cache-handler.mjs through globalThis (one per process). */
interface TagRegistry {
  tagTimes: Map<string, number>
  /** The last time any tag expired: scripts/public-response-cache.mjs drops whole responses older than this. */
  latest?: number
}
const REGISTRY = Symbol.for('carriers.public-cache')

function registry(): TagRegistry {
  const holder = globalThis as unknown as Record<symbol, TagRegistry | undefined>
  return (holder[REGISTRY] ??= { tagTimes: new Map() }) as TagRegistry
}

/** Marks tags expired in this process's cache, now. Works outside a request (jobs in the server process). */
export function markTagsExpired(tags: readonly string[], at = Date.now()): void {
  const store = registry()
  for (const tag of tags) store.tagTimes.set(tag, Math.max(at, store.tagTimes.get(tag) ?? 0))
  if (tags.length > 0) store.latest = Math.max(at, store.latest ?? 0)
}

/** When a tag was last expired in this process (0: never); for tests. */
export const tagExpiredAt = (tag: string): number => registry().tagTimes.get(tag) ?? 0

// A page whose render began before the change and ended after it would be cached with the old data; expiring
// the tags once more a moment later catches those renders.
const SECOND_PASS_MS = 3_000

/**
 * Expires the public pages that show a changed record. Inside a request, Next's revalidateTag runs when the
 * request ends (after Payload's commit); elsewhere (jobs, scripts, tests) the tags are expired directly.
 */
export function invalidatePublic(tags: readonly string[]): void {
  const unique = [...new Set(tags)]
  if (unique.length === 0) return
  try {
    for (const tag of unique) revalidateTag(tag, { expire: 0 })
  } catch {
    // No request (the jobs' clock, a script, a test): no Next store to hand the tags to.
    markTagsExpired(unique)
  }
  setTimeout(() => markTagsExpired(unique), SECOND_PASS_MS).unref()
}

/** `next build` prerenders without a database: the pages render empty then, and the runtime cache starts empty. */
export const isBuildPhase = (): boolean => process.env.NEXT_PHASE === 'phase-production-build'

/**
 * A data function of the public pages, cached under its name and arguments with the given tags (every entry
 * also carries PUBLIC_TAGS.all). During `next build` it returns `empty` without touching the database.
 */
export function cachedQuery<A extends unknown[], R>(name: string, fn: (...args: A) => Promise<R>, tags: (...args: A) => string[], empty: R) {
  return (...args: A): Promise<R> => {
    if (isBuildPhase()) return Promise.resolve(empty)
    return unstable_cache(() => fn(...args), ['public', name, JSON.stringify(args)], {
      tags: [PUBLIC_TAGS.all, ...tags(...args)],
      revalidate: PUBLIC_REVALIDATE_SECONDS,
    })()
  }
}
