// A page of a search that the full-text index narrowed, read in two steps on SQLite.
//
// The search hook (src/hooks/applications/searchIndex.ts) adds the index's candidates to the where as `id in (…)`.
// Payload's SQLite find then sorts every matching row with all its columns, and those include a correlated
// subquery for each array, hasMany and join field (about twenty on an application): SQLite computes them for every
// matching row before it sorts, not for the ten it keeps. At 100,000 applications a name that matches 1,667 of them
// spent 25–30 ms in that one statement. Here such a find reads the matching ids alone, in the find's order (built by
// the adapter's own query builder, so the where, access and trash filters and the sort are the find's), which also
// gives the count Payload would have asked for separately; then it reads the page's documents by id, as Payload
// itself does when a where joins another table. Payload's find would return the same documents, order and counts.
import { buildQuery, type DrizzleAdapter } from '@payloadcms/drizzle'
import { sql } from '@payloadcms/db-sqlite'
import type { BaseDatabaseAdapter, DatabaseAdapterObj, PaginatedDocs, PayloadRequest, Where } from 'payload'

/** The `{ id: { in } }` nodes the search hook made from the index (found again by identity in the find's where). */
const narrowedBySearchIndex = new WeakSet<object>()

export function markIndexNarrowed<T extends object>(node: T): T {
  narrowedBySearchIndex.add(node)
  return node
}

function holdsIndexNarrowing(where: unknown): boolean {
  if (!where || typeof where !== 'object') return false
  if (narrowedBySearchIndex.has(where)) return true
  const node = where as Where
  return [node.and, node.or].some((list) => Array.isArray(list) && list.some(holdsIndexNarrowing))
}

type Find = BaseDatabaseAdapter['find']
type FindArgs = Parameters<Find>[0]
interface Row {
  id: number | string
  total: number
}
interface Selected extends PromiseLike<Row[]> {
  orderBy: (...o: unknown[]) => { limit: (n: number) => { offset: (n: number) => Promise<Row[]> } }
}
interface Selectable {
  select: (fields: Record<string, unknown>) => { from: (table: unknown) => { where: (w: unknown) => Selected } }
}

/** The transaction the request holds, else the adapter's connection (what the adapter's own queries use). */
async function connectionOf(adapter: DrizzleAdapter, req: Partial<PayloadRequest> | undefined): Promise<Selectable> {
  const id = req?.transactionID ? await req.transactionID : undefined
  return ((id !== undefined && adapter.sessions[id]?.db) || adapter.drizzle) as unknown as Selectable
}

/**
 * The ids of a find's page, in its order, and how many rows it matches in all; null when its where or sort joins
 * another table (Payload pages those itself).
 */
async function pageOfIds(adapter: DrizzleAdapter, args: FindArgs, limit: number, offset: number): Promise<{ ids: (number | string)[]; totalDocs: number } | null> {
  const collection = adapter.payload.collections[args.collection]!.config
  const tableName = adapter.tableNameMap.get(collection.slug.replace(/-/g, '_'))
  if (!tableName) return null
  // buildQuery adds its fallback sort to an array it is given: it gets its own copy.
  const sort = args.sort ?? collection.defaultSort
  const { joins, orderBy, where } = buildQuery({
    adapter,
    fields: collection.flattenedFields,
    locale: args.locale,
    sort: Array.isArray(sort) ? [...sort] : sort,
    tableName,
    where: args.where ?? {},
  })
  if (joins.length) return null
  const table = adapter.tables[tableName] as Record<string, unknown>
  const db = await connectionOf(adapter, args.req)
  // The count rides along as a window over all the matching rows: one statement, ten rows back.
  const rows = await db
    .select({ id: table.id, total: sql<number>`count(*) over ()` })
    .from(table)
    .where(where)
    .orderBy(...orderBy.map(({ column, order }) => order(column)))
    .limit(limit)
    .offset(offset)
  if (rows.length) return { ids: rows.map((row) => row.id), totalDocs: Number(rows[0]!.total) }
  // Past the last page no row carries the count.
  const [counted] = offset ? await db.select({ id: sql`0`, total: sql<number>`count(*)` }).from(table).where(where) : []
  return { ids: [], totalDocs: Number(counted?.total ?? 0) }
}

export function withPagedSearch(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  const init = adapterObj.init
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = init(args)
      const find: Find = adapter.find
      adapter.find = async function pagedFind(this: DrizzleAdapter, findArgs) {
        const { limit, page = 1, pagination, where } = findArgs
        // Everything at once (exports, `limit: 0`) needs every row's columns anyway.
        if (pagination === false || !limit || !holdsIndexNarrowing(where)) return find.call(this, findArgs)
        const start = (page - 1) * limit
        const matching = await pageOfIds(this, findArgs, limit, start)
        if (!matching) return find.call(this, findArgs)
        const { ids, totalDocs } = matching
        let docs: { id: number | string }[] = []
        if (ids.length) {
          const found = await find.call(this, { ...findArgs, limit: 0, page: 1, pagination: false, where: { id: { in: ids } } })
          const position = new Map(ids.map((id, i) => [id, i]))
          docs = (found.docs as typeof docs).sort((a, b) => position.get(a.id)! - position.get(b.id)!)
        }
        // The figures @payloadcms/drizzle's findMany gives for the same page.
        const totalPages = totalDocs ? Math.ceil(totalDocs / limit) : 1
        return {
          docs,
          hasNextPage: totalPages > page,
          hasPrevPage: totalDocs > 0 && page > 1,
          limit,
          nextPage: totalPages > page ? page + 1 : null,
          page,
          pagingCounter: totalDocs ? start + 1 : 1,
          prevPage: totalDocs > 0 && page > 1 ? page - 1 : null,
          totalDocs,
          totalPages,
        } as PaginatedDocs
      }
      return adapter
    },
  }
}
