import type { CollectionBeforeChangeHook, Where } from 'payload'

import { checkProjectFacts, checkProjectQuota, dayForYear, violations, type PolicySetId, type ProjectKind } from '../policies'
import { todayInChina } from '../jobs/calendar'
import { revisionOn, underRevision } from '../workflow/parameters'
import { idOf, loadApplication, serializeOn } from './relations'
import { unresolvedViolations } from './overrides'
import { rejectWith } from './violations'

const RECOGNIZED = new Set(['recognized', 'approved', 'filed', 'in-construction', 'under-evaluation'])

/**
 * Yearly and concurrency quotas. Zhejiang counts the lead enterprise's projects (serialised on the lead);
 * Cixi counts the complex's (serialised on the carrier). Checked when a project starts or restarts.
 */
export const enforceProjectQuota: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  // The project itself, on creation and whenever its kind, year or subsidy changes: a kind its carrier runs, a
  // year that has come, and a Cixi self-run project's subsidy within 40万.
  if (operation === 'create' || ['kind', 'year', 'subsidyTotal', 'application'].some((k) => k in data && JSON.stringify(data[k]) !== JSON.stringify(originalDoc?.[k]))) {
    const id = idOf(merged.application)
    if (id !== null) {
      const carrier = await loadApplication(req, id)
      if (carrier.policySet) {
        // The figures of the revision in force in the project's year.
        const revision = await revisionOn(req, carrier.policySet as PolicySetId, dayForYear(Number(merged.year), todayInChina()))
        const refused = underRevision(checkProjectFacts({
          policySet: carrier.policySet as PolicySetId,
          carrierKind: carrier.carrierKind,
          kind: String(merged.kind),
          year: Number(merged.year),
          today: todayInChina(),
          subsidyTotal: typeof merged.subsidyTotal === 'number' ? merged.subsidyTotal : null,
        }, revision.values), revision)
        if (refused.length > 0) rejectWith('projects', refused, 'kind')
      }
    }
  }
  const startsNow =
    operation === 'create' ||
    (merged.status === 'in-progress' && originalDoc?.status !== 'in-progress') ||
    merged.kind !== originalDoc?.kind ||
    merged.year !== originalDoc?.year
  if (!startsNow || merged.status !== 'in-progress') return data

  const applicationId = idOf(merged.application)
  if (applicationId === null) return data
  const application = await loadApplication(req, applicationId)
  const policySet = application.policySet as PolicySetId | null | undefined
  if (!policySet) return data

  const byLead = policySet === 'zj-consortium'
  const leadId = idOf(application.lead)
  if (byLead && leadId !== null) await serializeOn(req, 'organizations', leadId)
  else await serializeOn(req, 'applications', applicationId)

  const scope: Where = byLead && leadId !== null ? { lead: { equals: leadId } } : { application: { equals: applicationId } }
  const where: Where = originalDoc?.id !== undefined ? { and: [scope, { id: { not_equals: originalDoc.id } }] } : scope
  const existing = await req.payload.find({
    collection: 'projects',
    where,
    select: { kind: true, year: true, status: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })

  const revision = await revisionOn(req, policySet, dayForYear(Number(merged.year), todayInChina()))
  const results = checkProjectQuota({
    policySet,
    kind: merged.kind as ProjectKind,
    year: Number(merged.year),
    complexLevel: application.complex?.level ?? undefined,
    existing: existing.docs.map((p) => ({ kind: String(p.kind), year: Number(p.year), status: p.status })),
    carrierRecognized: RECOGNIZED.has(String(application.status)),
  }, revision.values)
  const failing = underRevision(unresolvedViolations(violations(results), application.overrides), revision)
  if (failing.length > 0) rejectWith('projects', failing, 'kind')
  return data
}
