// The register as CSV: UTF-8 with a BOM so that Excel opens the Chinese correctly; cells that a spreadsheet
// would take for a formula are quoted with a leading apostrophe.
import { stringify } from 'csv-stringify/sync'

import { getOpenData } from '@/lib/public-data'

import { OPEN_DATA_FIELDS } from '../fields'

export const revalidate = 60

const FORMULA = /^[=+\-@\t\r]/

export async function GET(): Promise<Response> {
  const rows = await getOpenData()
  const cell = (value: string | string[]): string => {
    const text = Array.isArray(value) ? value.join('；') : value
    return FORMULA.test(text) ? `'${text}` : text
  }
  const csv = stringify(rows.map((row) => OPEN_DATA_FIELDS.map((f) => cell(row[f.key]))), { header: true, columns: OPEN_DATA_FIELDS.map((f) => f.header), record_delimiter: 'windows' })
  return new Response(`\uFEFF${csv}`, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="carriers.csv"; filename*=UTF-8''${encodeURIComponent('创新载体名单.csv')}`,
    },
  })
}
