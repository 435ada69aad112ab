import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole, organizationOf } from '../../access/roles'
import { acceptsNewApplications, type PolicySetId } from '../../policies'
import { idOf } from '../relations'
import { rejectMessage, rejectWith } from '../violations'

const today = () => new Date().toISOString().slice(0, 10)

/**
 * The programme decides the policy set and carrier kind; the lead decides the district. An applicant
 * applies only in their own organisation's name, and only under a set that still accepts applications.
 */
export const deriveFromProgram: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req, context }) => {
  const programId = idOf(data.program ?? originalDoc?.program)
  const leadId = idOf(data.lead ?? originalDoc?.lead)

  if (req.user && hasRole(req.user, 'applicant')) {
    const own = organizationOf(req.user)
    if (own === null || String(own) !== String(leadId)) {
      rejectMessage('applications', 'lead', '申报须以本单位（牵头单位）名义提出', 'an application is made in the name of your own organisation (the lead unit)')
    }
  }

  if (programId !== null && (operation === 'create' || idOf(data.program) !== idOf(originalDoc?.program))) {
    const program = await req.payload.findByID({ collection: 'programs', id: programId, depth: 0, overrideAccess: true, req })
    const policySet = program.policySet as PolicySetId
    if (operation === 'create' && !context.seed) {
      const acceptance = acceptsNewApplications(policySet, today())
      if (!acceptance.accepts && acceptance.violation) rejectWith('applications', [acceptance.violation], 'program')
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
