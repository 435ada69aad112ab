// The list's search box on SQLite through a full-text index. Payload turns `{ searchText: { like: 'a b' } }` into
// `search_text LIKE '%a%' AND search_text LIKE '%b%'`, which reads every row (and again for the count): at 100,000
// applications the search was 4.7× its time at 1,000. A migration keeps an FTS5 trigram table over the title and
// search text (applications_fts, kept by triggers); this hook asks it for the candidate rows and adds them to the
// query as `id in (…)`. The LIKE conditions stay, so the rows found are exactly those the LIKE alone finds: the
// index only narrows (trigram matching folds case at least as widely as SQLite's LIKE, and words it cannot match —
// under three characters, or with LIKE's own wildcards — are left to the LIKE). A page of such a find is then read by
// its ids first (config/paged-search.ts): a common name can match thousands of rows. PostgreSQL needs none of this: its
// pg_trgm indexes serve the LIKE itself. Without the table (a development database made by push) nothing changes.
import type { CollectionBeforeOperationHook, PayloadRequest, Where } from 'payload'

import { markIndexNarrowed } from '../../../config/paged-search'
import { rawRows } from '../relations'

const SEARCHED = new Set(['title', 'searchText'])
/** Above this many candidates the `id in (…)` list costs more than it saves (and nears SQLite's variable limit). */
const MAX_CANDIDATES = 5_000

const hasIndex = new WeakMap<object, Promise<boolean>>()

async function searchIndexExists(req: PayloadRequest): Promise<boolean> {
  const key = req.payload.db as object
  let known = hasIndex.get(key)
  if (!known) {
    // The table and its three triggers: a table without them would miss rows saved since (see the migration).
    known = rawRows(req, (sql) => sql`SELECT name FROM sqlite_master WHERE name IN ('applications_fts', 'applications_fts_ai', 'applications_fts_ad', 'applications_fts_au')`)
      .then((rows) => rows.length === 4)
      .catch(() => false)
    hasIndex.set(key, known)
  }
  return known
}

/** The words of one `like` that a trigram index can look up, as an FTS5 query (phrases joined by AND), or null. */
export function ftsQueryOf(value: unknown): string | null {
  if (typeof value !== 'string') return null
  // Payload splits on single spaces and wants every word; `%` and `_` are LIKE wildcards in those words.
  const words = value.split(' ').filter((w) => [...w].length >= 3 && !/[%_]/.test(w))
  return words.length ? words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' AND ') : null
}

/** The FTS queries a where node needs (one per alternative), if it is a search of the searched fields; else null. */
function searchOf(node: Where): string[] | null {
  const keys = Object.keys(node)
  if (keys.length === 1 && SEARCHED.has(keys[0]!)) {
    const condition = node[keys[0]!] as Record<string, unknown> | undefined
    const ops = condition && typeof condition === 'object' ? Object.keys(condition) : []
    if (ops.length !== 1 || ops[0] !== 'like') return null
    const q = ftsQueryOf(condition!.like)
    return q ? [q] : null
  }
  if (keys.length === 1 && keys[0] === 'or' && Array.isArray(node.or) && node.or.length > 0) {
    const all: string[] = []
    for (const branch of node.or) {
      const q = branch && typeof branch === 'object' ? searchOf(branch) : null
      // One alternative the index cannot narrow: the union cannot be narrowed either.
      if (!q) return null
      all.push(...q)
    }
    return all
  }
  return null
}

/** The first search in the where's top-level conjunction (the admin list puts its search box there). */
function findSearch(where: Where | undefined): string[] | null {
  if (!where || typeof where !== 'object') return null
  const own = searchOf(where)
  if (own) return own
  if (Array.isArray(where.and)) {
    for (const part of where.and) {
      const found = part && typeof part === 'object' ? findSearch(part) : null
      if (found) return found
    }
  }
  return null
}

export const searchThroughIndex: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'read' && operation !== 'count') return args
  if (req.payload.db.name !== 'sqlite') return args
  const where = (args as { where?: Where }).where
  const queries = findSearch(where)
  if (!queries || !(await searchIndexExists(req))) return args
  const ids = new Set<number>()
  for (const q of new Set(queries)) {
    // One row with the ids as text: a row object per candidate cost more than the index lookup itself.
    const [row] = await rawRows(req, (sql) => sql`SELECT group_concat(rowid) AS ids FROM (SELECT rowid FROM applications_fts WHERE applications_fts MATCH ${q} LIMIT ${MAX_CANDIDATES + 1})`)
    for (const id of String(row?.ids ?? '').split(',')) if (id) ids.add(Number(id))
    if (ids.size > MAX_CANDIDATES) return args
  }
  // No candidate: no row can match. Ids start at 1, so 0 stands for "none" (an empty `in` list is not SQL).
  const narrowed: Where = { and: [where!, markIndexNarrowed({ id: { in: ids.size ? [...ids] : [0] } })] }
  return { ...args, where: narrowed }
}
