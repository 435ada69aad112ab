/**
 * A programme (申报批次) is a call for applications with its own window. An application is made within the window
 * and under a policy set in force; a paper application counts from the day the bureau received it (收件日期).
 */
import type { PolicySetId, Violation } from './types'
import { assertIsoDate } from './dates'
import { acceptsNewApplications } from './registry'
import { guardViolation } from './guards'

export interface ProgramWindow {
  title: string
  /** China's calendar days */
  opensOn: string
  closesOn: string
}

const fmt = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number)
  return `${y}年${m}月${d}日`
}

/** guard.program-open: the application date lies in [opensOn, closesOn]. */
export function checkProgramWindow(policySet: PolicySetId, program: ProgramWindow, date: string): Violation[] {
  assertIsoDate(date, 'application date')
  if (date >= program.opensOn && date <= program.closesOn) return []
  const before = date < program.opensOn
  return [
    guardViolation(
      'guard.program-open',
      policySet,
      before
        ? `申报批次“${program.title}”自${fmt(program.opensOn)}起受理，${fmt(date)}尚未开始受理`
        : `申报批次“${program.title}”已于${fmt(program.closesOn)}截止受理，申报日期${fmt(date)}已过截止日期`,
      before
        ? `The programme "${program.title}" opens on ${program.opensOn}; ${date} is before it opens`
        : `The programme "${program.title}" closed on ${program.closesOn}; the application date ${date} is after the deadline`,
      before ? program.opensOn : program.closesOn,
      date,
    ),
  ]
}

/** A paper application's received-on date (收件日期) is a day that has already come. */
export function checkReceivedOn(policySet: PolicySetId, receivedOn: string, today: string): Violation[] {
  assertIsoDate(receivedOn, 'receivedOn')
  return receivedOn > today
    ? [guardViolation('guard.program-open', policySet, `收件日期${fmt(receivedOn)}晚于今天（${fmt(today)}）`, `The received-on date ${receivedOn} is after today (${today})`, today, receivedOn)]
    : []
}

export interface ApplicationDateFacts {
  policySet: PolicySetId
  program: ProgramWindow
  /** the date that counts for deadlines: a paper application's received-on date, else the day of the action */
  date: string
}

/**
 * Every date guard of making an application: the programme's window and the policy set's period in force.
 * Run on creation, on submission, and again whenever the application's programme changes.
 */
export function checkApplicationDate(f: ApplicationDateFacts): Violation[] {
  const out = checkProgramWindow(f.policySet, f.program, f.date)
  const inForce = acceptsNewApplications(f.policySet, f.date)
  if (!inForce.accepts && inForce.violation) out.push(inForce.violation)
  return out
}
