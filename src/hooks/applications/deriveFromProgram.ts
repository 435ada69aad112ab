import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import type { Program } from '../../payload-types'

import { hasRole, organizationOf } from '../../access/roles'
import { chinaDay } from '../../email/format'
import { todayInChina } from '../../jobs/calendar'
import { blockingViolations, checkAll, checkApplicationDate, checkReceivedOn, type CarrierKind, type PolicySetId, type ProgramWindow, type Violation } from '../../policies'
import { applicationFacts } from '../../workflow/facts'
import { idOf } from '../relations'
import { rejectMessage, rejectWith } from '../violations'
import { revisionForApplication } from '../../workflow/parameters'

const EDITABLE = new Set(['draft', 'returned'])

export const programWindow = (program: Pick<Program, 'title' | 'opensOn' | 'closesOn'>): ProgramWindow => ({
  title: program.title,
  opensOn: chinaDay(program.opensOn) ?? '0000-01-01',
  closesOn: chinaDay(program.closesOn) ?? '9999-12-31',
})

async function loadProgram(req: PayloadRequest, id: number | string): Promise<Program> {
  return req.payload.findByID({ collection: 'programs', id, depth: 0, overrideAccess: true, req })
}

/**
 * The programme decides the policy set and carrier kind; the lead decides the district. An applicant applies only
 * in their own organisation's name. An application is made within its programme's window and under a policy set in
 * force, on China's date, or on the day a paper application was received (收件日期, staff only, audited). Moving an
 * application to another programme runs those guards again; after submission only a city officer may move it, and
 * the new policy set's checklist must hold on the application date.
 */
export const deriveFromProgram: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req, context }) => {
  const programId = idOf(data.program ?? originalDoc?.program)
  const leadId = idOf(data.lead ?? originalDoc?.lead)
  const status = String(originalDoc?.status ?? 'draft')
  const today = todayInChina()

  if (req.user && hasRole(req.user, 'applicant')) {
    const own = organizationOf(req.user)
    if (own === null || String(own) !== String(leadId)) {
      rejectMessage('applications', 'lead', '申报须以本单位（牵头单位）名义提出', 'an application is made in the name of your own organisation (the lead unit)', 'access.other-organization')
    }
  }

  const programChanged = operation === 'create' || ('program' in data && String(idOf(data.program)) !== String(idOf(originalDoc?.program)))
  const receivedChanged = 'receivedOn' in data && chinaDay(data.receivedOn) !== chinaDay(originalDoc?.receivedOn)
  const receivedOn = chinaDay(receivedChanged ? data.receivedOn : originalDoc?.receivedOn) ?? undefined
  const guarded = !context.seed && !context.transition

  if (guarded && receivedChanged && operation === 'update' && !EDITABLE.has(status)) {
    rejectMessage('applications', 'receivedOn', '申报提交后，收件日期只能通过“更正记录”修改', 'after submission the received-on date changes only through the correction transition')
  }

  if (programId !== null && (programChanged || receivedChanged)) {
    const program = await loadProgram(req, programId)
    const policySet = program.policySet as PolicySetId
    if (guarded) {
      const violations: Violation[] = receivedOn && receivedChanged ? checkReceivedOn(policySet, receivedOn, today) : []
      if (operation === 'update' && !EDITABLE.has(status) && programChanged) {
        // A submitted application: its programme is the bureau's to change, and every guard of submission runs again.
        if (!hasRole(req.user, 'admin', 'city-officer')) {
          rejectMessage('applications', 'program', '申报提交后只有市科技局可以调整申报批次', 'after submission only the city bureau may move an application to another programme')
        }
        if (program.carrierKind !== originalDoc?.carrierKind) {
          rejectMessage('applications', 'program', '不能调整到其他载体类型的申报批次', 'an application cannot move to a programme for another kind of carrier')
        }
        const date = receivedOn ?? chinaDay(originalDoc?.submittedOn) ?? today
        violations.push(...checkApplicationDate({ policySet, program: programWindow(program), date }))
        const facts = await applicationFacts(req, originalDoc?.id as number)
        // Judged on the new programme's figures (its named revision, else the one in force on the date).
        const revision = await revisionForApplication(req, { policySet, program: programId }, date)
        violations.push(...blockingViolations(checkAll({ ...facts, policySet, carrierKind: program.carrierKind as CarrierKind, today, submittedOn: date, parameters: revision.values, revision: revision.label })))
      } else if (programChanged || (receivedChanged && EDITABLE.has(status))) {
        violations.push(...checkApplicationDate({ policySet, program: programWindow(program), date: receivedOn ?? today }))
      }
      if (violations.length > 0) rejectWith('applications', violations, programChanged ? 'program' : 'receivedOn')
    }
    data.policySet = policySet
    data.carrierKind = program.carrierKind
  }

  if (leadId !== null && (operation === 'create' || idOf(data.lead) !== idOf(originalDoc?.lead))) {
    const lead = await req.payload.findByID({ collection: 'organizations', id: leadId, depth: 0, overrideAccess: true, req })
    data.district = idOf(lead.district)
  }
  return data
}
