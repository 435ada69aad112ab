// Pure helpers for what goes into an exported spreadsheet cell.

/**
 * A text that a spreadsheet would read as a formula (or that a CSV re-import would) is written with a leading
 * apostrophe, so `=HYPERLINK(...)` from an applicant's input stays text in an officer's Excel.
 */
const FORMULA_START = /^[=+\-@\t\r]/

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

/** The `columns` of an admin list URL (JSON array, `-` marks a hidden column) as the visible accessors, or null. */
export function visibleColumns(raw: unknown): string[] | null {
  let list: unknown = raw
  if (typeof raw === 'string') {
    try {
      list = JSON.parse(raw)
    } catch {
      list = raw.split(',')
    }
  }
  if (!Array.isArray(list)) return null
  const visible = list.filter((c): c is string => typeof c === 'string' && c.length > 0 && !c.startsWith('-')).map((c) => c.trim())
  return visible.length > 0 ? visible : null
}

/** The largest selection one export streams; beyond it the officer is told to narrow the filters. */
export const EXPORT_ROW_LIMIT = 200_000
