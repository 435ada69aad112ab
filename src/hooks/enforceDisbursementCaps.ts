import type { CollectionBeforeChangeHook, CollectionBeforeValidateHook } from 'payload'

import type { Disbursement } from '../payload-types'

import { checkFundable, checkReversal, disbursementViolations, effectivePayments, ledgerTotal, type CarrierKind, type DisbursementFacts, type LedgerEntry, type PolicySetId } from '../policies'
import { chinaDay } from '../email/format'
import { idOf, lockApplication } from './relations'
import { unresolvedViolations } from './overrides'
import { rejectMessage, rejectWith } from './violations'

const IMMUTABLE = ['application', 'project', 'basis', 'installment', 'year', 'amount', 'reverses', 'reason'] as const
const ENDED = new Set(['delisted', 'cancelled'])

/** What the caps read of the carrier. */
const CAP_FACTS = {
  lead: true, district: true, policySet: true, carrierKind: true, status: true, recognizedOn: true,
  capabilityInvestments: true, complex: true, overrides: true,
} as const

const isoDate = (value: unknown): string | undefined => chinaDay(value as string | null | undefined) ?? undefined

/**
 * Money follows status, and every cap of the policy set is checked against the carrier's committed ledger inside
 * this request's transaction, after taking the carrier's row lock: concurrent requests take turns, so none can slip
 * past a cap that another is about to fill. A mistake is corrected by a reversing entry (`reverses`, with a
 * reason), never by deleting the payment; the carrier's total is recomputed from the entries in the same
 * transaction.
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
  const application = await lockApplication(req, applicationId, CAP_FACTS)
  // Row access of disbursements compares these (see fields/application-link).
  data.lead = idOf(application.lead)
  data.district = idOf(application.district)
  const policySet = application.policySet as PolicySetId | null | undefined
  if (!policySet) return data

  // Adapter-level read of the committed ledger (indexed on application; rows trashed long ago count nowhere).
  const history = await req.payload.db.find<Disbursement>({
    collection: 'disbursements',
    where: { and: [{ application: { equals: applicationId } }, { deletedAt: { exists: false } }] },
    select: { amount: true, year: true, basis: true, installment: true, project: true, reverses: true },
    pagination: false,
    req,
  })
  const ledger: LedgerEntry[] = history.docs.map((d) => ({
    id: String(d.id),
    amount: Number(d.amount),
    year: Number(d.year),
    basis: String(d.basis),
    installment: d.installment ?? undefined,
    projectId: idOf(d.project) === null ? undefined : String(idOf(d.project)),
    reverses: idOf(d.reverses) === null ? null : String(idOf(d.reverses)),
  }))
  const setTotal = (total: number) =>
    req.payload.db.updateOne({ collection: 'applications', id: applicationId, data: { disbursedTotal: total }, req, returning: false })

  const reverses = idOf(data.reverses)
  if (reverses !== null) {
    const target = ledger.find((e) => e.id === String(reverses))
    const failing = checkReversal(policySet, target, ledger, data.reason as string | undefined)
    if (failing.length > 0) rejectWith('disbursements', failing, 'reverses')
    // The reversal repeats the payment it cancels, so the ledger nets out exactly.
    const t = target as LedgerEntry
    Object.assign(data, { amount: t.amount, year: t.year, basis: t.basis, installment: t.installment ?? 'annual', project: t.projectId === undefined ? null : Number(t.projectId) || t.projectId })
    await setTotal(ledgerTotal([...ledger, { ...t, id: 'new', reverses: t.id }]))
    return data
  }

  const refused = checkFundable(policySet, application.carrierKind as CarrierKind | null | undefined, String(application.status), String(data.basis))
  if (refused.length > 0) rejectWith('disbursements', refused, 'basis')

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
    prior: effectivePayments(ledger),
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

  await setTotal(ledgerTotal(ledger) + Number(data.amount))
  return data
}

/**
 * A reversal names the payment it cancels; its amount, basis, installment, year and project are copied from that
 * payment before validation, so the officer types only the reference and the reason.
 */
export const prefillReversal: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  const reverses = idOf(data?.reverses)
  if (operation !== 'create' || !data || reverses === null) return data
  const target = await req.payload.db.findOne<Disbursement>({ collection: 'disbursements', where: { id: { equals: reverses } }, req })
  if (!target) return data
  return { ...data, application: data.application ?? idOf(target.application), amount: target.amount, basis: target.basis, installment: target.installment, year: target.year, project: idOf(target.project) }
}
