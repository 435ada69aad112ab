// China's calendar of statutory holidays and worked weekend days (调休), seeded from the maintained `chinese-days`
// package (the State Council's announcements, year by year). An administrator enters the years the installed
// package does not know yet (collection calendar-days); those entries override the package day by day.
import data from 'chinese-days/dist/chinese-days.json'

import { buildCalendar, type CalendarEntry, type WorkCalendar } from '../policies/dates'

const table = data as { holidays: Record<string, string>; workdays: Record<string, string> }

/** The package's days: every holiday and every worked weekend day it knows. */
export const PACKAGE_DAYS: readonly CalendarEntry[] = [
  ...Object.keys(table.holidays).map((date) => ({ date, kind: 'holiday' as const })),
  ...Object.keys(table.workdays).map((date) => ({ date, kind: 'workday' as const })),
]

export const PACKAGE_CALENDAR: WorkCalendar = buildCalendar(PACKAGE_DAYS)

/** The package's calendar with an administrator's entries on top. */
export function chinaCalendar(adminEntries: readonly CalendarEntry[] = []): WorkCalendar {
  return adminEntries.length === 0 ? PACKAGE_CALENDAR : buildCalendar(PACKAGE_DAYS, adminEntries)
}
