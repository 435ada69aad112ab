// The working-day calendar in force: the chinese-days package's days with an administrator's entries on top.
import type { PayloadRequest } from 'payload'

import { chinaDay } from '../email/format'
import { chinaCalendar } from '../lib/china-calendar'
import type { CalendarEntry, WorkCalendar } from '../policies'

export async function loadCalendar(req: PayloadRequest): Promise<WorkCalendar> {
  const rows = await req.payload.db.find<{ date?: string | null; kind?: string | null }>({ collection: 'calendar-days', pagination: false, req })
  const entries: CalendarEntry[] = []
  for (const row of rows.docs) {
    const date = chinaDay(row.date)
    if (date && (row.kind === 'holiday' || row.kind === 'workday')) entries.push({ date, kind: row.kind })
  }
  return chinaCalendar(entries)
}
