// 文号: each programme numbers its notices and its decisions in sequence, from a pattern such as 甬科高〔{year}〕{n}号
// and the next number. A number is taken inside the issuing transition's transaction after the programme row is
// locked (a write first), so concurrent decisions take turns and never share or skip a number; a rolled-back
// transition gives its number back.
import type { PayloadRequest } from 'payload'

type Id = number | string

export type NumberedKind = 'notice' | 'decision'

/** The programme's fields for each numbered kind (inside its publicNotice group). */
export const NUMBER_FIELDS: Record<NumberedKind, { pattern: 'noticeNumberPattern' | 'decisionNumberPattern'; next: 'noticeNextNumber' | 'decisionNextNumber'; fixed: 'noticeDocumentNumber' | 'recognitionDocumentNumber' }> = {
  notice: { pattern: 'noticeNumberPattern', next: 'noticeNextNumber', fixed: 'noticeDocumentNumber' },
  decision: { pattern: 'decisionNumberPattern', next: 'decisionNextNumber', fixed: 'recognitionDocumentNumber' },
}

/** A pattern is usable when it says where the number goes. */
export const validNumberPattern = (pattern: unknown): boolean => typeof pattern === 'string' && pattern.includes('{n}') && pattern.length <= 40

/** 甬科高〔{year}〕{n}号, 2026, 12 → 甬科高〔2026〕12号. */
export function formatDocumentNumber(pattern: string, n: number, year: number | string): string {
  return pattern.replaceAll('{year}', String(year)).replaceAll('{年}', String(year)).replaceAll('{n}', String(n))
}

/** Field validation for a pattern (empty: the programme keeps one fixed 文号, as before). */
export const validatePattern = (value: unknown): true | string =>
  value === null || value === undefined || value === '' || validNumberPattern(value) ? true : '文号格式须含 {n}（顺序号），如：甬科高〔{year}〕{n}号 / the pattern needs {n} for the number, e.g. 甬科高〔{year}〕{n}号'

/**
 * Takes the next number of a programme's sequence for a document issued in `year`, or the fixed 文号 when the
 * programme has no pattern (null when it has neither). Must run inside the caller's transaction (`req`).
 */
export async function allocateDocumentNumber(req: PayloadRequest, programId: Id, kind: NumberedKind, year: number | string): Promise<string | null> {
  const fields = NUMBER_FIELDS[kind]
  // Lock the programme's row first (PostgreSQL: a row lock held to commit; SQLite: the write lock), then read.
  await req.payload.db.updateOne({ collection: 'programs', id: programId, data: { lockVersion: Date.now() }, req, returning: false })
  const program = (await req.payload.db.findOne({ collection: 'programs', where: { id: { equals: programId } }, req })) as { publicNotice?: Record<string, unknown> | null } | null
  const notice = program?.publicNotice ?? {}
  const pattern = notice[fields.pattern]
  if (!validNumberPattern(pattern)) return (notice[fields.fixed] as string | null | undefined) || null
  const n = Math.max(1, Number(notice[fields.next] ?? 1) || 1)
  await req.payload.db.updateOne({ collection: 'programs', id: programId, data: { publicNotice: { ...notice, [fields.next]: n + 1 } }, req, returning: false })
  return formatDocumentNumber(pattern as string, n, year)
}
