import type { CollectionBeforeChangeHook, CollectionBeforeValidateHook, PayloadRequest } from 'payload'
import { NotFound } from 'payload'

import type { Application, Disbursement } from '../payload-types'
import type { TemplateApplication } from '../email/templates'
import { toRecipient, type Recipient } from '../email/recipients'

import { checkFundable, checkReversal, dayForYear, disbursementViolations, effectivePayments, ledgerTotal, type CarrierKind, type DisbursementFacts, type LedgerEntry, type PolicySetId } from '../policies'
import { chinaDay } from '../email/format'
import { todayInChina } from '../jobs/calendar'
import { revisionOn, toRevision, underRevision } from '../workflow/parameters'
import { rememberPerRequest } from './perRequest'
import { idOf, inTransaction, lockApplication, rawRows, serializeOn, type Id } from './relations'
import { type OverrideRecord, unresolvedViolations } from './overrides'
import { rejectMessage, rejectWith } from './violations'

const IMMUTABLE = ['application', 'project', 'basis', 'installment', 'year', 'amount', 'reverses', 'reason'] as const
const ENDED = new Set(['delisted', 'cancelled'])

/** What the caps read of the carrier. */
const CAP_FACTS = {
  lead: true, district: true, policySet: true, carrierKind: true, status: true, recognizedOn: true,
  capabilityInvestments: true, complex: true, overrides: true,
  // and what the payment's email names (notifyOnDisbursement): read once here instead of again there
  title: true, officialName: true, officialNameEn: true, noticeStartsOn: true, noticeEndsOn: true,
} as const

/** Where the caps hook leaves the application it read, for the afterChange hooks of the same save. */
export const CAP_APPLICATION = 'disbursementApplication'

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
  // A payment adds its amount to the running total in the statement that takes the lock and reads the facts (a
  // refusal below rolls it back with the rest); a reversal's effect is known only from the ledger: set after.
  const adds = idOf(data.reverses) === null && Number.isFinite(Number(data.amount)) ? Number(data.amount) : 0
  const application = await readCapFacts(req, applicationId, Number(data.year), adds)
  // Row access of disbursements compares these (see fields/application-link).
  data.lead = application.lead
  data.district = application.district
  req.context[CAP_APPLICATION] = { application: application.names, lead: application.lead, recipients: application.applicants }
  const policySet = application.policySet as PolicySetId | null | undefined
  if (!policySet) return data

  const ledger = await readLedger(req, applicationId, application.ledger)
  const setTotal = (total: number) => writeTotal(req, applicationId, total)

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
  const complex = application.complex
  const facts: DisbursementFacts = {
    policySet,
    basis: data.basis,
    amount: Number(data.amount),
    year,
    installment: data.installment,
    approvedOn: isoDate(application.recognizedOn),
    capabilityInvestmentThisYear: application.investmentThisYear,
    prior: effectivePayments(ledger),
    complex: complex?.level && complex.class ? { level: complex.level, class: complex.class } : undefined,
    project: project ? { id: String(project.id), subsidyTotal: Number(project.subsidyTotal ?? 0), status: project.status } : undefined,
    delisted: ENDED.has(String(application.status)),
  }

  // The caps of the revision in force on the payment's day (its paid-on date, else its year).
  const revision = await revisionOn(req, policySet, isoDate(data.paidOn) ?? dayForYear(year, todayInChina()))
  let failing
  try {
    const violations = disbursementViolations(facts, revision.values)
    // Overrides are read only when there is something they could lift; refusals name the revision.
    failing = underRevision(violations.length > 0 && application.hasOverrides ? unresolvedViolations(violations, await readOverrides(req, applicationId)) : violations, revision)
  } catch (error) {
    // The engine refuses facts it cannot judge (a basis the set doesn't pay, a non-integer amount).
    rejectMessage('disbursements', 'basis', `无法核验该拨付：${(error as Error).message}`, `this disbursement can't be checked: ${(error as Error).message}`)
  }
  if (failing.length > 0) rejectWith('disbursements', failing, 'amount')

  // The total is the ledger's: the increment above already wrote it unless the stored total had drifted.
  const total = ledgerTotal(ledger) + Number(data.amount)
  if (application.newTotal !== total) await setTotal(total)
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

interface CapFacts {
  lead: Id | null
  district: Id | null
  policySet: string | null
  carrierKind: string | null
  status: string | null
  recognizedOn: string | null
  complex: Application['complex'] | null
  investmentThisYear: number | undefined
  hasOverrides: boolean
  /** the running total after the statement that read the facts added this payment (undefined: nothing added) */
  newTotal?: number
  /** the committed ledger, read with the facts (undefined outside a transaction: read separately) */
  ledger?: RawEntry[]
  /** the applicants of the lead (the payment's email), read with the facts */
  applicants?: Recipient[]
  /** what the payment's email names */
  names: TemplateApplication
}

const num = (v: unknown): number | undefined => (v === null || v === undefined || v === '' ? undefined : Number(v))
const text = (v: unknown): string | null => (v === null || v === undefined ? null : v instanceof Date ? v.toISOString() : String(v))
const ref = (v: unknown): Id | null => (v === null || v === undefined ? null : typeof v === 'bigint' ? Number(v) : (v as Id))

/**
 * The carrier's facts the caps need, its ledger and its applicants, with its lock taken and the payment added to its
 * running total, in one UPDATE … RETURNING inside the request's transaction (after the row lock on PostgreSQL); it
 * replaces a lock write, a read of the wide application, a ledger read, a total write and a recipients read. Only this year's capability investment is
 * read, and whether the carrier has overrides at all. Outside a transaction: Payload's adapter, as before.
 */
async function readCapFacts(req: PayloadRequest, id: Id, year: number, adds: number): Promise<CapFacts> {
  if (!(await inTransaction(req))) {
    const app = await lockApplication(req, id, CAP_FACTS)
    return {
      lead: idOf(app.lead), district: idOf(app.district), policySet: app.policySet ?? null, carrierKind: app.carrierKind ?? null,
      status: app.status ?? null, recognizedOn: app.recognizedOn ?? null, complex: app.complex ?? null,
      investmentThisYear: (app.capabilityInvestments ?? []).find((row) => row.year === year)?.amount ?? undefined,
      hasOverrides: (app.overrides ?? []).length > 0,
      names: { id, title: app.title, officialName: app.officialName, officialNameEn: app.officialNameEn, noticeStartsOn: app.noticeStartsOn, noticeEndsOn: app.noticeEndsOn },
    }
  }
  const pg = req.payload.db.name === 'postgres'
  // PostgreSQL: the lock first, in a statement of its own. A statement that waits for a row lock keeps the snapshot
  // it started with, so its subqueries would miss the ledger row the lock holder just committed (READ COMMITTED);
  // the next statement starts after the lock is ours and sees it. (SQLite: the transaction holds the write lock.)
  if (pg) await serializeOn(req, 'applications', id)
  // The ledger and the applicants (the payment's email goes to them) come back as JSON arrays: every round trip
  // counts when the database server shares the CPU.
  const [row] = await rawRows(req, (sql) => sql`
    UPDATE applications SET disbursed_total = coalesce(applications.disbursed_total, 0) + ${adds}, updated_at = ${new Date().toISOString()}
    WHERE applications.id = ${Number(id)}
    RETURNING applications.disbursed_total, applications.lead_id, applications.district_id, applications.policy_set, applications.carrier_kind, applications.status, applications.recognized_on, applications.complex_level, applications.complex_class,
      applications.title, applications.official_name, applications.official_name_en, applications.notice_starts_on, applications.notice_ends_on,
      (SELECT ci.amount FROM applications_capability_investments ci WHERE ci._parent_id = applications.id AND ci.year = ${year} ORDER BY ci._order LIMIT 1) AS investment,
      (SELECT count(*) FROM applications_overrides o WHERE o._parent_id = applications.id) AS override_count,
      ${sql.raw(pg
        ? `(SELECT coalesce(json_agg(json_build_array(d.id, d.amount, d.year, d.basis, d.installment, d.project_id, d.reverses_id) ORDER BY d.created_at DESC, d.id DESC), '[]'::json)
             FROM disbursements d WHERE d.application_id = applications.id AND d.deleted_at IS NULL) AS ledger,
           (SELECT coalesce(json_agg(json_build_array(u.id, u.email, u.name, u.language) ORDER BY u.id), '[]'::json)
             FROM users u WHERE u.role = 'applicant' AND u.organization_id = applications.lead_id) AS applicants,
           (SELECT coalesce(json_agg(json_build_array(r.id, r.label, r.label_en, r.effective_from, r.effective_to,
               (SELECT coalesce(json_agg(json_build_array(v.key, v.value) ORDER BY v._order), '[]'::json) FROM policy_revisions_values v WHERE v._parent_id = r.id))
             ORDER BY r.published_at, r.id), '[]'::json)
             FROM policy_revisions r WHERE r.policy_set::text = applications.policy_set::text AND r.status = 'published') AS revisions`
        : `(SELECT json_group_array(json_array(d.id, d.amount, d.year, d.basis, d.installment, d.project_id, d.reverses_id))
             FROM (SELECT * FROM disbursements d WHERE d.application_id = applications.id AND d.deleted_at IS NULL ORDER BY d.created_at DESC, d.id DESC) d) AS ledger,
           (SELECT json_group_array(json_array(u.id, u.email, u.name, u.language))
             FROM (SELECT * FROM users u WHERE u.role = 'applicant' AND u.organization_id = applications.lead_id ORDER BY u.id) u) AS applicants,
           (SELECT json_group_array(json_array(r.id, r.label, r.label_en, r.effective_from, r.effective_to,
               (SELECT json_group_array(json_array(v.key, v.value)) FROM (SELECT * FROM policy_revisions_values v WHERE v._parent_id = r.id ORDER BY v._order) v)))
             FROM (SELECT * FROM policy_revisions r WHERE r.policy_set = applications.policy_set AND r.status = 'published' ORDER BY r.published_at, r.id) r) AS revisions`)}
`)
  if (!row) throw new NotFound(req.t)
  const json = (v: unknown): unknown[][] => (typeof v === 'string' ? JSON.parse(v) : (v ?? [])) as unknown[][]
  // The set's published revisions, in the order publishedRevisions reads them (each database's own ordering of
  // published_at, id, as there): the caps below find them read for this request instead of asking again.
  const policySet = text(row.policy_set)
  if (policySet) {
    const revisions = json(row.revisions).map(([revId, label, labelEn, effectiveFrom, effectiveTo, values]) =>
      toRevision({
        id: ref(revId)!, policySet, label: String(label ?? ''), labelEn: text(labelEn), effectiveFrom: text(effectiveFrom)!, effectiveTo: text(effectiveTo), status: 'published',
        values: json(values).map(([key, value]) => ({ key: String(key), value: Number(value) })),
      }),
    )
    rememberPerRequest(req, `revisions:${policySet}`, revisions)
  }
  return {
    newTotal: Number(row.disbursed_total),
    ledger: json(row.ledger).map(([id, amount, year, basis, installment, project, reverses]) => ({ id, amount, year, basis, installment, project, reverses })),
    applicants: json(row.applicants)
      .map(([userId, email, name, language]) => toRecipient({ id: userId as Id, email: email as string | null, name: name as string | null, language: language as string | null }))
      .filter((r): r is Recipient => r !== null),
    lead: ref(row.lead_id), district: ref(row.district_id), policySet: text(row.policy_set), carrierKind: text(row.carrier_kind),
    status: text(row.status), recognizedOn: text(row.recognized_on),
    complex: { level: text(row.complex_level), class: text(row.complex_class) } as Application['complex'],
    investmentThisYear: num(row.investment),
    hasOverrides: Number(row.override_count ?? 0) > 0,
    names: { id, title: String(row.title ?? ''), officialName: text(row.official_name), officialNameEn: text(row.official_name_en), noticeStartsOn: text(row.notice_starts_on), noticeEndsOn: text(row.notice_ends_on) },
  }
}

type RawEntry = { id: unknown; amount: unknown; year: unknown; basis: unknown; installment: unknown; project: unknown; reverses: unknown }

/** The carrier's committed ledger (indexed on application; rows trashed long ago count nowhere). */
async function readLedger(req: PayloadRequest, applicationId: Id, read: RawEntry[] | undefined): Promise<LedgerEntry[]> {
  const rows: RawEntry[] = read
    ? read
    : (
        await req.payload.db.find<Disbursement>({
          collection: 'disbursements',
          where: { and: [{ application: { equals: applicationId } }, { deletedAt: { exists: false } }] },
          select: { amount: true, year: true, basis: true, installment: true, project: true, reverses: true },
          pagination: false,
          req,
        })
      ).docs.map((d) => ({ id: d.id, amount: d.amount, year: d.year, basis: d.basis, installment: d.installment, project: idOf(d.project), reverses: idOf(d.reverses) }))
  return rows.map((d) => ({
    id: String(d.id),
    amount: Number(d.amount),
    year: Number(d.year),
    basis: String(d.basis),
    installment: (d.installment as string | null | undefined) ?? undefined,
    projectId: ref(d.project) === null ? undefined : String(ref(d.project)),
    reverses: ref(d.reverses) === null ? null : String(ref(d.reverses)),
  }))
}

/** The carrier's running total, recomputed from the ledger in the same transaction. */
async function writeTotal(req: PayloadRequest, applicationId: Id, total: number): Promise<void> {
  if (await inTransaction(req)) {
    await rawRows(req, (sql) => sql`UPDATE applications SET disbursed_total = ${total}, updated_at = ${new Date().toISOString()} WHERE id = ${Number(applicationId)}`)
    return
  }
  await req.payload.db.updateOne({ collection: 'applications', id: applicationId, data: { disbursedTotal: total }, req, returning: false })
}

async function readOverrides(req: PayloadRequest, applicationId: Id): Promise<OverrideRecord[]> {
  const doc = await req.payload.db.findOne<Application>({ collection: 'applications', where: { id: { equals: applicationId } }, select: { overrides: true }, req })
  return doc?.overrides ?? []
}
