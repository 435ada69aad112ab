import type { CollectionBeforeChangeHook } from 'payload'

import type { Disbursement } from '../payload-types'

import { disbursementViolations, type DisbursementFacts, type PolicySetId } from '../policies'
import { idOf, lockApplication } from './relations'
import { unresolvedViolations } from './overrides'
import { rejectMessage, rejectWith } from './violations'

const IMMUTABLE = ['application', 'project', 'basis', 'installment', 'year', 'amount'] as const
const ENDED = new Set(['delisted', 'cancelled'])

const isoDate = (value: unknown): string | undefined => (typeof value === 'string' && value.length >= 10 ? value.slice(0, 10) : undefined)

/**
 * Every cap of the policy set, checked against the carrier's committed history inside this request's
 * transaction, after taking the carrier's row lock: concurrent requests take turns, so none can slip
 * past a cap that another is about to fill.
 */
export const enforceDisbursementCaps: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation === 'update') {
    for (const field of IMMUTABLE) {
      if (field in data && JSON.stringify(idOf(data[field]) ?? data[field]) !== JSON.stringify(idOf(originalDoc?.[field]) ?? originalDoc?.[field])) {
        rejectMessage('disbursements', field, '已记录的拨付不能修改金额、依据、批次或年度；如有差错请登记冲正', 'a recorded disbursement cannot change its amount, basis, installment or year; record a correction instead')
      }
    }
    return data
  }

  const applicationId = idOf(data.application)
  if (applicationId === null) return data
  const application = await lockApplication(req, applicationId)
  // Row access of disbursements compares these (see fields/application-link).
  data.lead = idOf(application.lead)
  data.district = idOf(application.district)
  const policySet = application.policySet as PolicySetId | null | undefined
  if (!policySet) return data

  // Adapter-level read of the committed history (indexed on application; trashed payments don't count).
  const history = await req.payload.db.find<Disbursement>({
    collection: 'disbursements',
    where: { and: [{ application: { equals: applicationId } }, { deletedAt: { exists: false } }] },
    select: { amount: true, year: true, basis: true, installment: true, project: true },
    pagination: false,
    req,
  })

  const projectId = idOf(data.project)
  const project = projectId === null ? null : await req.payload.findByID({ collection: 'projects', id: projectId, depth: 0, overrideAccess: true, req })
  if (project && String(idOf(project.application)) !== String(applicationId)) {
    rejectMessage('disbursements', 'project', '项目不属于该载体', 'the project does not belong to this carrier')
  }
  const year = Number(data.year)
  const investment = (application.capabilityInvestments ?? []).find((row) => row.year === year)
  const complex = application.complex
  const facts: DisbursementFacts = {
    policySet,
    basis: data.basis,
    amount: Number(data.amount),
    year,
    installment: data.installment,
    approvedOn: isoDate(application.recognizedOn),
    capabilityInvestmentThisYear: investment?.amount ?? undefined,
    prior: history.docs.map((d) => ({
      amount: Number(d.amount),
      year: Number(d.year),
      basis: String(d.basis),
      installment: d.installment ?? undefined,
      projectId: idOf(d.project) === null ? undefined : String(idOf(d.project)),
    })),
    complex: complex?.level && complex.class ? { level: complex.level, class: complex.class } : undefined,
    project: project ? { id: String(project.id), subsidyTotal: Number(project.subsidyTotal ?? 0), status: project.status } : undefined,
    delisted: ENDED.has(String(application.status)),
  }

  let failing
  try {
    failing = unresolvedViolations(disbursementViolations(facts), application.overrides)
  } catch (error) {
    // The engine refuses facts it cannot judge (a basis the set doesn't pay, a non-integer amount).
    rejectMessage('disbursements', 'basis', `无法核验该拨付：${(error as Error).message}`, `this disbursement can't be checked: ${(error as Error).message}`)
  }
  if (failing.length > 0) rejectWith('disbursements', failing, 'amount')

  await req.payload.db.updateOne({
    collection: 'applications',
    id: applicationId,
    data: { disbursedTotal: Number(application.disbursedTotal ?? 0) + Number(data.amount) },
    req,
    returning: false,
  })
  return data
}
