// The admin list's search box (carrier name, official name, lead unit name, credit code) finds the same rows on
// SQLite, through the FTS5 trigram index the migration makes, as Payload's LIKE finds on PostgreSQL: every word, in
// any order, case-insensitive for Latin letters; short words and multi-word terms; renamed units; deleted rows.
import type { Payload, Where } from 'payload'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { searchIndexUp } from '../../migrations/sqlite/20261123_161158_list_search_indexes'
import { searchThroughIndex } from '../../src/hooks/applications/searchIndex'
import { withCheckChar } from '../../src/lib/credit-code'
import { seedWorld, type World } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'

type Id = number | string
let ctx: TestContext
let payload: Payload
let world: World
const made: { id: Id; title: string }[] = []
const units: Record<string, Id> = {}

beforeAll(async () => {
  ctx = await startPayload()
  payload = ctx.payload
  // Test databases come from the migrations, which made the index; one built by push (DATABASE_PUSH) gets the
  // migration's hand-written statements here (all IF NOT EXISTS: nothing changes on a migrated one).
  if (payload.db.name === 'sqlite') {
    const { sql } = await import('@payloadcms/db-sqlite')
    const db = payload.db as unknown as { drizzle: { run: (q: unknown) => Promise<unknown> } }
    for (const statement of searchIndexUp) await db.drizzle.run(sql.raw(statement))
  }
  world = await seedWorld(payload)
  const unit = async (key: string, name: string, code: string) => {
    units[key] = (await payload.create({ collection: 'organizations', data: { name, creditCode: withCheckChar(code), kind: 'enterprise' } as never, overrideAccess: true })).id
  }
  await unit('a', '宁波甬江集成电路研究院有限公司', '91330200MA2HQE001')
  await unit('b', 'Ningbo PhotonLab 光电有限公司', '91330200MA2HQE002')
  await unit('c', '象山海洋工程装备有限公司', '91330200MA2HQE003')
  const app = async (title: string, lead: string) => {
    const doc = await payload.create({
      collection: 'applications',
      data: { title, program: world.programs.nbConsortium, lead: units[lead], status: 'draft' } as never,
      overrideAccess: true,
      context: { seed: true },
    })
    made.push({ id: doc.id, title })
  }
  await app('甬江集成电路创新联合体', 'a')
  await app('甬江先进材料创新联合体', 'c')
  await app('光电芯片 Photonics 联合体', 'b')
  await app('海洋工程装备创新联合体', 'c')
  await app('集成电路 EDA 联合体', 'b')
})
afterAll(async () => {
  await ctx?.close()
})

const search = (term: string, extra?: Where) => {
  const box: Where = { or: [{ title: { like: term } }, { searchText: { like: term } }] }
  return payload.find({
    collection: 'applications',
    user: world.users.city,
    overrideAccess: false,
    depth: 0,
    limit: 100,
    sort: '-updatedAt',
    where: extra ? { and: [box, extra] } : box,
  })
}
const titles = async (term: string, extra?: Where) => (await search(term, extra)).docs.map((d) => d.title as string).filter((t) => made.some((m) => m.title === t)).sort()

describe('list search', () => {
  it('finds by carrier name, unit name and credit code, every word in any order, Latin case ignored', async () => {
    expect(await titles('集成电路')).toEqual(['甬江集成电路创新联合体', '集成电路 EDA 联合体'])
    expect(await titles('创新联合体 甬江')).toEqual(['甬江先进材料创新联合体', '甬江集成电路创新联合体'])
    // The lead unit's name (象山海洋工程装备) and its credit code.
    expect(await titles('象山海洋')).toEqual(['海洋工程装备创新联合体', '甬江先进材料创新联合体'])
    expect(await titles(withCheckChar('91330200MA2HQE002'))).toEqual(['光电芯片 Photonics 联合体', '集成电路 EDA 联合体'])
    expect(await titles('ma2hqe001')).toEqual(['甬江集成电路创新联合体'])
    expect(await titles('photonlab')).toEqual(['光电芯片 Photonics 联合体', '集成电路 EDA 联合体'])
    expect(await titles('PHOTONICS')).toEqual(['光电芯片 Photonics 联合体'])
    // Words under three characters (no trigram) still find, by the LIKE alone.
    expect(await titles('光电')).toEqual(['光电芯片 Photonics 联合体', '集成电路 EDA 联合体'])
    expect(await titles('EDA 集成')).toEqual(['集成电路 EDA 联合体'])
    expect(await titles('不存在的载体名称')).toEqual([])
    // With a filter beside the search box, and the count agrees with the rows.
    const filtered = await search('联合体', { status: { equals: 'draft' } })
    expect(filtered.totalDocs).toBe(filtered.docs.length)
    expect(filtered.docs.map((d) => d.title).filter((t) => made.some((m) => m.title === t))).toHaveLength(5)
  })

  it('follows a renamed lead unit, and forgets deleted applications', async () => {
    await payload.update({ collection: 'organizations', id: units.c!, data: { name: '石浦海工装备有限公司' } as never, overrideAccess: true })
    expect(await titles('象山海洋')).toEqual([])
    expect(await titles('石浦海工')).toEqual(['海洋工程装备创新联合体', '甬江先进材料创新联合体'])
    const gone = made.find((m) => m.title === '甬江先进材料创新联合体')!
    await payload.delete({ collection: 'applications', id: gone.id, overrideAccess: true })
    expect(await titles('石浦海工')).toEqual(['海洋工程装备创新联合体'])
  })

  it('on SQLite, narrows the query by the index (and leaves short words to the LIKE)', async () => {
    if (payload.db.name !== 'sqlite') return
    const req = await createLocalReq({}, payload)
    const narrowed = (await searchThroughIndex({ args: { where: { or: [{ title: { like: '集成电路' } }, { searchText: { like: '集成电路' } }] }, req }, operation: 'read', req } as never)) as { where: Where }
    const ids = ((narrowed.where.and as Where[])[1]!.id as { in: Id[] }).in.map(String).sort()
    expect(ids).toEqual(made.filter((m) => m.title.includes('集成电路')).map((m) => String(m.id)).sort())
    const short = (await searchThroughIndex({ args: { where: { title: { like: '光电' } } }, operation: 'read', req } as never)) as { where: Where }
    expect(short.where).toEqual({ title: { like: '光电' } })
  })

  it('pages a search the same as one find would: documents, order, counts; on SQLite by ids first', async () => {
    // 23 applications share a name: five pages of five, the last one short; half led by the applicant's own unit.
    const own = world.users.applicant.organization as Id
    const paged: Id[] = []
    for (let i = 1; i <= 23; i++) {
      const doc = await payload.create({
        collection: 'applications',
        data: { title: `分页检索联合体${String(i).padStart(2, '0')}`, program: world.programs.nbConsortium, lead: i % 2 ? own : units.a, status: 'draft' } as never,
        overrideAccess: true,
        context: { seed: true },
      })
      paged.push(doc.id)
    }
    await payload.delete({ collection: 'applications', id: paged[4]!, overrideAccess: true })
    const box: Where = { or: [{ title: { like: '分页检索' } }, { searchText: { like: '分页检索' } }] }
    const statements: string[] = []
    const client = (payload.db as unknown as { client?: { execute: (...a: unknown[]) => unknown } }).client
    const execute = client?.execute
    if (client && execute) client.execute = (stmt: unknown, ...rest: unknown[]) => (statements.push(typeof stmt === 'string' ? stmt : String((stmt as { sql?: string }).sql)), execute.call(client, stmt, ...rest))
    try {
      for (const user of [world.users.city, world.users.applicant]) {
        for (const sort of ['-updatedAt', 'title', '-title']) {
          const all = await payload.find({ collection: 'applications', user, overrideAccess: false, depth: 0, pagination: false, sort, where: box })
          expect(all.docs.length).toBe(user === world.users.city ? 22 : 11)
          const expected = all.docs.map((d) => d.id)
          const pages: Id[] = []
          statements.length = 0
          for (let page = 1; page <= 6; page++) {
            const found = await payload.find({ collection: 'applications', user, overrideAccess: false, depth: 1, limit: 5, page, sort, where: box })
            expect(found.totalDocs).toBe(expected.length)
            expect(found.totalPages).toBe(Math.ceil(expected.length / 5))
            expect(found.page).toBe(page)
            expect(found.hasPrevPage).toBe(page > 1)
            expect(found.hasNextPage).toBe(page < found.totalPages)
            expect(found.pagingCounter).toBe((page - 1) * 5 + 1)
            expect(found.docs.map((d) => d.id)).toEqual(expected.slice((page - 1) * 5, page * 5))
            // Populated as one find populates them.
            for (const doc of found.docs) expect(typeof doc.program).toBe('object')
            pages.push(...found.docs.map((d) => d.id))
          }
          expect(pages).toEqual(expected)
          if (payload.db.name === 'sqlite') {
            // The page's ids with the count beside them, then those rows by id: not Payload's count and sort of
            // every matching row with all its columns.
            expect(statements.filter((q) => /^select "id", count\(\*\) over \(\) from "applications" where/.test(q))).toHaveLength(6)
            expect(statements.filter((q) => /^select count\(\*\) from "applications"/.test(q))).toEqual([])
            expect(statements.filter((q) => /^select "id", "title", [^]* from "applications" "applications" where "applications"\."id" in \(\?(, \?){0,4}\)/.test(q))).toHaveLength(Math.ceil(expected.length / 5))
          }
        }
      }
      // Nothing matches: an empty first page, as Payload gives it.
      const none = await payload.find({ collection: 'applications', user: world.users.city, overrideAccess: false, depth: 0, limit: 5, where: { or: [{ title: { like: '分页检索99' } }, { searchText: { like: '分页检索99' } }] } })
      expect(none).toMatchObject({ docs: [], totalDocs: 0, totalPages: 1, page: 1, pagingCounter: 1, hasNextPage: false, hasPrevPage: false, nextPage: null, prevPage: null })
    } finally {
      if (client && execute) client.execute = execute
    }
  })
})
