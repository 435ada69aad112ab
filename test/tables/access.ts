// THE access table: role × collection (every collection Payload exposes over REST, each versions endpoint and
// Payload's own) × read/create/update/delete × the row in the role's remit ("own") and one outside it ("other").
// test/integration/access-table.test.ts walks every cell over REST with real users.
//
// The rows (built by the test): application X — lead 宁波甬新 (the applicant's unit), district 鄞州 (the district
// officer's), expert1 assigned, returned for revision (submitted once, so in the district's remit, and editable by
// the applicant) — and application Y (returned too) — lead 宁波智能制造技术研究院 in 镇海, nobody assigned. Each
// child collection has one row on X ("own") and one on Y ("other"). Users: own = the user itself, other = expert3.
// Organisations: own = 宁波甬新, other = the Zhenhai institute. Media, notifications, locks, presets, import/export jobs: own = the user's,
// other = the administrator's. Shared reference data (programmes, districts, calendar days) has one row ("any").
//
// "Unrelated" rows (#10): rows that belong to nobody the role stands for — application U, lead 无关单位 (no user
// works there) in 无关区 (no district officer), reviewed by expert3 (who never signs in here); its children and
// expert3's review of U; a user with
// no organisation or district; a notification to nobody; an upload by nobody; a lock by expert3. An access rule
// that matched on a missing relation (null lead, no district, empty assignment) would let a role in here.
// 'a' cells are allowed on unrelated rows, 'o' cells are not.
//
// Each cell is 'allow' or 'deny'. allow: the answer is not 401/403/404 nor an access.* refusal (a business rule may
// still say 400 on create). deny: 401/403/404/405/501 or a 400 naming an access.* rule, and nothing written.

export const ROLES = ['admin', 'city', 'district', 'expert', 'applicant', 'anonymous'] as const
export type Role = (typeof ROLES)[number]
export const OPS = ['read', 'create', 'update', 'delete'] as const
export type Op = (typeof OPS)[number]
export type Scope = 'own' | 'other' | 'unrelated' | 'any'

/**
 * Per op, one letter per role in ROLES order (admin, city, district, expert, applicant, anonymous):
 * a = allowed on own and other rows, o = only on the own row, n = never, - = not applicable (no such operation).
 */
type Pattern = string

export interface CollectionRow {
  /** REST path under /api, e.g. 'members' or 'applications/versions'. */
  path: string
  read: Pattern
  create: Pattern
  update: Pattern
  delete: Pattern
  /** Own/other/unrelated rows, or one shared row. */
  scopes: 'own-other' | 'any'
}

// Records that hang off an application.
const child = (create: Pattern, update: Pattern, del: Pattern = 'annnnn'): Omit<CollectionRow, 'path'> => ({ read: 'aaooon', create, update, delete: del, scopes: 'own-other' })

export const ACCESS_TABLE: CollectionRow[] = [
  { path: 'applications', read: 'aaooon', create: 'aannon', update: 'aaonon', delete: 'annnnn', scopes: 'own-other' },
  { path: 'applications/versions', read: 'aaooon', create: '------', update: '------', delete: '------', scopes: 'own-other' },
  { path: 'members', ...child('aaonon', 'aaonon') },
  { path: 'agreements', ...child('aaonon', 'aaonon') },
  { path: 'agreements/versions', read: 'aaooon', create: '------', update: '------', delete: '------', scopes: 'own-other' },
  { path: 'ip-contracts', ...child('aaonon', 'aaonon') },
  { path: 'ip-contracts/versions', read: 'aaooon', create: '------', update: '------', delete: '------', scopes: 'own-other' },
  { path: 'projects', ...child('aannnn', 'aannnn') },
  // A recorded payment is never deleted, by anyone (corrected by a reversing entry).
  { path: 'disbursements', ...child('aannnn', 'aannnn', 'nnnnnn') },
  { path: 'fund-uses', ...child('aaonon', 'aannnn') },
  { path: 'evaluations', ...child('aannnn', 'aannon') },
  // 申请豁免: applicants ask on their own applications; the city bureau decides; only an administrator deletes.
  { path: 'exception-requests', ...child('aannon', 'aannnn') },
  { path: 'tic-figures', ...child('aaonon', 'aannnn') },
  // Reviews: the expert's own (own = expert1's review of X; other = expert2's of Y); applicants never.
  { path: 'reviews', read: 'aaoonn', create: 'aanonn', update: 'aanonn', delete: 'aannnn', scopes: 'own-other' },
  { path: 'objections', read: 'aaonnn', create: 'nnnnnn', update: 'nnnnnn', delete: 'nnnnnn', scopes: 'own-other' },
  // Internal notes: staff in their remit write and read them; nobody edits or deletes one.
  { path: 'application-notes', read: 'aaonnn', create: 'aaonnn', update: 'nnnnnn', delete: 'nnnnnn', scopes: 'own-other' },
  { path: 'audit-log', read: 'aaonon', create: 'nnnnnn', update: 'nnnnnn', delete: 'nnnnnn', scopes: 'own-other' },
  { path: 'organizations', read: 'aaoaon', create: 'aaanan', update: 'aaonon', delete: 'annnnn', scopes: 'own-other' },
  { path: 'users', read: 'aaooon', create: 'aannnn', update: 'aoooon', delete: 'annnnn', scopes: 'own-other' },
  { path: 'notifications', read: 'aaooon', create: 'nnnnnn', update: 'aannnn', delete: 'annnnn', scopes: 'own-other' },
  { path: 'media', read: 'aaooon', create: 'aaaaan', update: 'aaooon', delete: 'annnnn', scopes: 'own-other' },
  // Parameter revisions: staff read them; only administrators and city officers an administrator has given the
  // permission draft (the seeded city officer has not); drafts only are edited or deleted, never a published one.
  { path: 'policy-revisions', read: 'aaannn', create: 'annnnn', update: 'annnnn', delete: 'annnnn', scopes: 'any' },
  { path: 'programs', read: 'aaaaan', create: 'aannnn', update: 'aannnn', delete: 'annnnn', scopes: 'any' },
  { path: 'districts', read: 'aaaaan', create: 'annnnn', update: 'annnnn', delete: 'annnnn', scopes: 'any' },
  { path: 'calendar-days', read: 'aaaaan', create: 'annnnn', update: 'annnnn', delete: 'annnnn', scopes: 'any' },
  { path: 'login-throttles', read: 'annnnn', create: 'nnnnnn', update: 'nnnnnn', delete: 'annnnn', scopes: 'any' },
  // Import/export jobs: each person reads the jobs they started (an administrator all); only the server writes them.
  { path: 'spreadsheet-jobs', read: 'aoooon', create: 'nnnnnn', update: 'nnnnnn', delete: 'annnnn', scopes: 'own-other' },
  { path: 'payload-jobs', read: 'aannnn', create: 'nnnnnn', update: 'nnnnnn', delete: 'nnnnnn', scopes: 'any' },
  // Locks: over REST only an administrator (the admin's editing view takes its own locks on the server).
  { path: 'payload-locked-documents', read: 'annnnn', create: 'annnnn', update: 'annnnn', delete: 'annnnn', scopes: 'own-other' },
  // Preferences: each user only their own (addressed by key, so another's is simply not found).
  { path: 'payload-preferences', read: 'ooooon', create: '------', update: '------', delete: 'ooooon', scopes: 'own-other' },
  // Saved filters (query presets): staff only; each officer's own ("only me" here; shared per office in
  // test/integration/workbench-presets.test.ts); applicants, experts and the anonymous never.
  { path: 'payload-query-presets', read: 'ooonnn', create: 'aaannn', update: 'ooonnn', delete: 'ooonnn', scopes: 'own-other' },
  // Payload's key-value store: closed to everyone.
  { path: 'payload-kv', read: 'nnnnnn', create: 'nnnnnn', update: 'nnnnnn', delete: 'nnnnnn', scopes: 'any' },
  // Migrations: no REST endpoints at all.
  { path: 'payload-migrations', read: 'nnnnnn', create: 'nnnnnn', update: '------', delete: '------', scopes: 'any' },
]

/**
 * Drafts are the applicant's own until submitted: besides X and Y (both returned, i.e. submitted once), the test makes
 * a draft D of the applicant's unit in the district officer's district, with one row of each of these paths on it.
 * The district officer reads none of them, by id or in a list (nor D's versions); the applicant reads those of its own
 * that the table above lets it read, and the city bureau all.
 */
export const HIDDEN_DRAFT_PATHS = [
  'applications', 'applications/versions', 'members', 'agreements', 'ip-contracts', 'projects', 'disbursements', 'fund-uses',
  'evaluations', 'exception-requests', 'tic-figures', 'reviews', 'objections', 'application-notes', 'audit-log',
] as const

/** Records created on an application: "own" is on X, "other" on Y (for applications themselves: lead X's or Y's unit). */
export const CREATE_ON_APPLICATION = new Set(['applications', 'members', 'agreements', 'ip-contracts', 'projects', 'disbursements', 'fund-uses', 'evaluations', 'tic-figures', 'reviews', 'exception-requests', 'application-notes'])

/**
 * Creating a record on an application requires reading the application (src/hooks/requireVisibleApplication.ts):
 * on the draft D of its own district, the district officer creates none of the records it may create on X — refused
 * 403 with the rule `access.application-not-visible` in Chinese and English, nothing written — while the city bureau
 * may. (On Y and U, the "other" and "unrelated" create cells of the table above say the same.)
 */
export const CREATE_REQUIRES_READ = { rule: 'access.application-not-visible', status: 403 } as const
export const districtCreatesOnOwn = (path: string): boolean => {
  const row = ACCESS_TABLE.find((r) => r.path === path)
  return Boolean(row && CREATE_ON_APPLICATION.has(path) && path !== 'applications' && 'ao'.includes(row.create[2]!))
}

export interface Cell {
  path: string
  role: Role
  op: Op
  scope: Scope
  allowed: boolean
}

/** Rows addressed by key rather than id, where no "unrelated" row can be named (another's key is simply not found). */
const NO_UNRELATED = new Set(['payload-preferences'])

/** Every cell of the table. */
export function cells(): Cell[] {
  const out: Cell[] = []
  for (const row of ACCESS_TABLE) {
    for (const op of OPS) {
      const pattern = row[op]
      ROLES.forEach((role, i) => {
        const letter = pattern[i]
        if (letter === '-' || letter === undefined) return
        const scopes: Scope[] =
          row.scopes === 'any' || (op === 'create' && !CREATE_ON_APPLICATION.has(row.path)) ? ['any'] : NO_UNRELATED.has(row.path) ? ['own', 'other'] : ['own', 'other', 'unrelated']
        for (const scope of scopes) {
          const allowed = letter === 'a' || (letter === 'o' && (scope === 'own' || scope === 'any'))
          out.push({ path: row.path, role, op, scope, allowed })
        }
      })
    }
  }
  return out
}
