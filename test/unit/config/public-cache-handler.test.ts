// Next's cache of the public pages and their data (config/public-cache-handler.mjs), called as Next calls it.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

type Handler = {
  get: (key: string, ctx?: object) => Promise<{ lastModified: number; value: unknown } | null>
  set: (key: string, value: unknown, ctx?: object) => Promise<void>
  revalidateTag: (tags: string | string[]) => Promise<void>
}
type Store = { entries: Map<string, unknown>; bytes: number }

const STORE = Symbol.for('carriers.public-cache.entries')
const store = () => (globalThis as unknown as Record<symbol, Store>)[STORE]!
let handler: Handler

beforeAll(async () => {
  // The budget is read once, when Next loads the handler.
  process.env.PUBLIC_CACHE_MB = '1'
  const { default: PublicCacheHandler } = (await import('../../../config/public-cache-handler.mjs')) as unknown as { default: new (options: object) => Handler }
  handler = new PublicCacheHandler({})
})

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-11-23T08:00:00Z'))
  store().entries.clear()
  store().bytes = 0
})
afterEach(() => vi.useRealTimers())

const page = (html: string, tags: string[] = []) => ({
  kind: 'APP_PAGE',
  html,
  rscData: Buffer.from('rsc'),
  headers: { 'x-next-cache-tags': tags.join(',') },
  status: 200,
})
const data = (rows: unknown, revalidate: number) => ({ kind: 'FETCH', data: { body: JSON.stringify(rows), headers: {}, url: '' }, revalidate })
const advance = (seconds: number) => vi.setSystemTime(Date.now() + seconds * 1000)

describe('an entry past its revalidation time', () => {
  it('is a page served until its revalidate seconds have passed, then a miss, not a stale hit', async () => {
    await handler.set('/carriers/6', page('<p>宁波</p>'), { cacheControl: { revalidate: 60, expire: 31536000 } })
    advance(59)
    expect((await handler.get('/carriers/6'))?.value).toMatchObject({ html: '<p>宁波</p>' })
    advance(1)
    expect(await handler.get('/carriers/6')).toBeNull()
    // The miss also frees the entry's bytes.
    expect(store().entries.size).toBe(0)
    expect(store().bytes).toBe(0)
  })

  it("is a data function's result served until its own revalidate seconds have passed, then a miss", async () => {
    await handler.set('public-carriers', data([1, 2, 3], 30), { fetchCache: true, tags: ['public'] })
    advance(29)
    expect(await handler.get('public-carriers', { kind: 'FETCH', tags: ['public'] })).not.toBeNull()
    advance(2)
    expect(await handler.get('public-carriers', { kind: 'FETCH', tags: ['public'] })).toBeNull()
  })

  it('does not expire by time when Next gave no revalidate seconds (a page cached until a change)', async () => {
    await handler.set('/statistics', page('<p>统计</p>'), { cacheControl: { revalidate: false } })
    advance(365 * 24 * 3600)
    expect(await handler.get('/statistics')).not.toBeNull()
  })
})

describe('expiry by tag', () => {
  it("drops the pages that carry an expired tag, from the moment of the expiry, and keeps the others", async () => {
    await handler.set('/carriers/6', page('<p>甲</p>', ['public', 'public:carrier:6']), { cacheControl: { revalidate: 60 } })
    await handler.set('/carriers/7', page('<p>乙</p>', ['public', 'public:carrier:7']), { cacheControl: { revalidate: 60 } })
    advance(1)
    await handler.revalidateTag('public:carrier:6')
    expect(await handler.get('/carriers/6')).toBeNull()
    expect(await handler.get('/carriers/7')).not.toBeNull()
    // A page rendered after the expiry is served again.
    advance(1)
    await handler.set('/carriers/6', page('<p>甲·新</p>', ['public', 'public:carrier:6']), { cacheControl: { revalidate: 60 } })
    expect((await handler.get('/carriers/6'))?.value).toMatchObject({ html: '<p>甲·新</p>' })
  })
})

describe('the memory budget (PUBLIC_CACHE_MB, 1 MB here)', () => {
  // 100,000 Chinese characters: 200 KB in V8, though the string's length is 100,000.
  const chinese = '创'.repeat(100_000)

  it('counts a string at two bytes a character, and evicts the least recently used page first', async () => {
    // Six such pages are 1.2 MB: five fit.
    for (let i = 1; i <= 6; i++) await handler.set(`/carriers/${i}`, page(chinese), { cacheControl: { revalidate: 60 } })
    expect(store().entries.size).toBe(5)
    expect(store().bytes).toBeGreaterThan(5 * 200_000)
    expect(store().bytes).toBeLessThanOrEqual(1024 * 1024)
    expect(await handler.get('/carriers/1')).toBeNull()
    expect(await handler.get('/carriers/6')).not.toBeNull()
  })

  it('keeps a page that was read recently over one that was not', async () => {
    for (let i = 1; i <= 5; i++) await handler.set(`/carriers/${i}`, page(chinese), { cacheControl: { revalidate: 60 } })
    expect(await handler.get('/carriers/1')).not.toBeNull()
    await handler.set('/carriers/6', page(chinese), { cacheControl: { revalidate: 60 } })
    expect(await handler.get('/carriers/1')).not.toBeNull()
    expect(await handler.get('/carriers/2')).toBeNull()
  })

  it('does not keep an entry larger than a quarter of the budget', async () => {
    await handler.set('/open-data/carriers.csv', { kind: 'APP_ROUTE', body: Buffer.alloc(300 * 1024), headers: {}, status: 200 }, { cacheControl: { revalidate: 60 } })
    expect(await handler.get('/open-data/carriers.csv')).toBeNull()
    expect(store().bytes).toBe(0)
  })
})
