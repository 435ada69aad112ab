// The preview of a draft revision: which current applications, payments and projects (quotas) would be judged
// differently if it were published — exactly the records whose outcome changes, with the rules that flip.
import type { PayloadRequest } from 'payload'

import { idOf } from '../access/roles'
import { chinaDay } from '../email/format'
import { todayInChina } from '../jobs/calendar'
import {
  checkAll,
  checkProjectFacts,
  checkProjectQuota,
  dayForYear,
  disbursementViolations,
  effectivePayments,
  isRuleId,
  ruleTitle,
  revisionInForce,
  violations as violationsOf,
  WORKFLOWS,
  type CarrierKind,
  type DisbursementFacts,
  type LedgerEntry,
  type PolicyRevision,
  type PolicySetId,
  type ProjectKind,
} from '../policies'
import type { Id } from '../hooks/relations'
import { applicationFacts } from './facts'
import { publishedRevisions, toRevision, type RevisionDoc } from './parameters'

export type PreviewKind = 'application' | 'payment' | 'quota'

export interface PreviewRow {
  kind: PreviewKind
  collection: 'applications' | 'disbursements' | 'projects'
  id: Id
  title: string
  /** the day that decides which revision governs it */
  day: string
  /** the revision that governs it now, and the rules that fail under each */
  before: { revision: string; failing: string[] }
  after: { failing: string[] }
  newlyFailing: string[]
  newlyPassing: string[]
  /** the flipping rules' titles, as people read them */
  titles: Record<string, { zh: string; en: string }>
}

export interface Preview {
  revision: { id: Id; label: string; policySet: PolicySetId; effectiveFrom: string | null; effectiveTo: string | null }
  checked: Record<PreviewKind, number>
  rows: PreviewRow[]
}

const ENDED = new Set(['delisted', 'cancelled'])

const diff = (before: string[], after: string[]) => ({
  newlyFailing: after.filter((r) => !before.includes(r)),
  newlyPassing: before.filter((r) => !after.includes(r)),
})

function outcome(
  rows: PreviewRow[],
  set: PolicySetId,
  base: Omit<PreviewRow, 'before' | 'after' | 'newlyFailing' | 'newlyPassing' | 'titles'>,
  beforeRev: PolicyRevision,
  before: string[],
  after: string[],
  draft: PolicyRevision,
): void {
  const d = diff(before, after)
  if (d.newlyFailing.length === 0 && d.newlyPassing.length === 0) return
  const titles = Object.fromEntries([...d.newlyFailing, ...d.newlyPassing].map((id) => [id, isRuleId(id) ? ruleTitle(id, set, draft.values, draft.label) : { zh: id, en: id }]))
  rows.push({ ...base, before: { revision: beforeRev.label.zh, failing: before }, after: { failing: after }, ...d, titles })
}

const ids = (vs: { ruleId: string }[]) => [...new Set(vs.map((v) => v.ruleId))].sort()

export async function previewRevision(req: PayloadRequest, revisionId: Id): Promise<Preview> {
  const { payload } = req
  const doc = await payload.db.findOne<RevisionDoc>({ collection: 'policy-revisions', where: { id: { equals: revisionId } }, req })
  if (!doc) throw new Error('revision not found')
  const draft = toRevision(doc)
  const set = draft.policySet
  const today = todayInChina()
  const published = (await publishedRevisions(req, set)).filter((r) => String(r.id) !== String(draft.id))
  const withDraft = [...published, draft]
  /** The revision that governs day now, or null when the draft would not govern it (nothing would change). */
  const affected = (day: string): PolicyRevision | null => {
    const after = revisionInForce(set, day, withDraft)
    return String(after.id ?? '') === String(draft.id) ? revisionInForce(set, day, published) : null
  }

  const rows: PreviewRow[] = []
  const checked: Record<PreviewKind, number> = { application: 0, payment: 0, quota: 0 }
  const common = { depth: 0, pagination: false, overrideAccess: true, req } as const
  const terminal = new Set(WORKFLOWS[set].states.filter((s) => s.terminal).map((s) => s.id as string))
  const apps = await payload.find({ collection: 'applications', where: { policySet: { equals: set } }, ...common })
  const programs = await payload.find({ collection: 'programs', where: { policySet: { equals: set } }, select: { parameterRevision: true }, ...common })
  const pinned = new Set(programs.docs.filter((p) => idOf(p.parameterRevision) !== null).map((p) => String(p.id)))

  for (const app of apps.docs) {
    // Applications: the checklist on their own day (received-on, submission, or today for a draft).
    const day = chinaDay(app.receivedOn) ?? chinaDay(app.submittedOn) ?? today
    const beforeRev = affected(day)
    if (!terminal.has(app.status) && beforeRev && !pinned.has(String(idOf(app.program)))) {
      checked.application++
      const facts = await applicationFacts(req, app.id)
      const judge = (r: PolicyRevision) =>
        checkAll({ ...facts, today, submittedOn: facts.submittedOn ?? today, parameters: r.values })
          .filter((i) => i.status === 'fail')
          .map((i) => i.ruleId as string)
          .sort()
      outcome(rows, set, { kind: 'application', collection: 'applications', id: app.id, title: app.title, day }, beforeRev, judge(beforeRev), judge(draft), draft)
    }

    // Payments: each payment that stands, against the payments recorded before it, on its own day.
    const ledgerDocs = await payload.find({ collection: 'disbursements', where: { application: { equals: app.id } }, sort: 'id', ...common })
    if (ledgerDocs.docs.length > 0) {
      const entries: LedgerEntry[] = ledgerDocs.docs.map((d) => ({
        id: String(d.id),
        amount: Number(d.amount),
        year: Number(d.year),
        basis: String(d.basis),
        installment: d.installment ?? undefined,
        projectId: idOf(d.project) === null ? undefined : String(idOf(d.project)),
        reverses: idOf(d.reverses) === null ? null : String(idOf(d.reverses)),
      }))
      const standing = effectivePayments(entries)
      const projects = new Map<string, { subsidyTotal: number; status: 'in-progress' | 'accepted' | 'failed' }>()
      const projectDocs = await payload.find({ collection: 'projects', where: { application: { equals: app.id } }, ...common })
      for (const p of projectDocs.docs) projects.set(String(p.id), { subsidyTotal: Number(p.subsidyTotal ?? 0), status: p.status })
      for (const d of ledgerDocs.docs) {
        const entry = standing.find((e) => e.id === String(d.id))
        if (!entry || ENDED.has(app.status)) continue
        const day = chinaDay(d.paidOn) ?? dayForYear(entry.year, today)
        const beforeRev = affected(day)
        if (!beforeRev) continue
        checked.payment++
        const earlier = standing.filter((e) => Number(e.id) < Number(entry.id))
        const project = entry.projectId ? projects.get(entry.projectId) : undefined
        const facts: DisbursementFacts = {
          policySet: set,
          basis: entry.basis as DisbursementFacts['basis'],
          amount: entry.amount,
          year: entry.year,
          installment: entry.installment as DisbursementFacts['installment'],
          approvedOn: chinaDay(app.recognizedOn) ?? undefined,
          capabilityInvestmentThisYear: (app.capabilityInvestments ?? []).find((r) => r.year === entry.year)?.amount ?? undefined,
          prior: earlier,
          complex: app.complex?.level && app.complex.class ? { level: app.complex.level, class: app.complex.class } : undefined,
          project: project && entry.projectId ? { id: entry.projectId, ...project } : undefined,
        }
        const judge = (r: PolicyRevision) => {
          try {
            return ids(disbursementViolations(facts, r.values))
          } catch {
            return ['（无法核验）']
          }
        }
        outcome(rows, set, { kind: 'payment', collection: 'disbursements', id: d.id, title: `${app.title} · ${d.year}年 ${Number(d.amount).toLocaleString('zh-CN')}元`, day }, beforeRev, judge(beforeRev), judge(draft), draft)
      }
    }
  }

  // Quotas: each project in progress, against the projects of its scope started before it, in its own year.
  if (set === 'zj-consortium' || set === 'cx-complex') {
    const appById = new Map(apps.docs.map((a) => [String(a.id), a]))
    const projects = await payload.find({ collection: 'projects', where: { application: { in: apps.docs.map((a) => a.id) } }, sort: 'id', ...common })
    for (const p of projects.docs) {
      const app = appById.get(String(idOf(p.application)))
      if (!app || p.status !== 'in-progress') continue
      const day = dayForYear(Number(p.year), today)
      const beforeRev = affected(day)
      if (!beforeRev) continue
      checked.quota++
      const scope = (q: (typeof projects.docs)[number]) =>
        set === 'zj-consortium' ? String(idOf(appById.get(String(idOf(q.application)))?.lead)) === String(idOf(app.lead)) : String(idOf(q.application)) === String(app.id)
      const existing = projects.docs.filter((q) => Number(q.id) < Number(p.id) && scope(q)).map((q) => ({ kind: String(q.kind), year: Number(q.year), status: q.status }))
      const judge = (r: PolicyRevision) =>
        ids([
          ...violationsOf(checkProjectQuota({ policySet: set, kind: p.kind as ProjectKind, year: Number(p.year), complexLevel: app.complex?.level ?? undefined, existing }, r.values)),
          ...checkProjectFacts({ policySet: set, carrierKind: app.carrierKind as CarrierKind, kind: String(p.kind), year: Number(p.year), today, subsidyTotal: p.subsidyTotal ?? null }, r.values).filter((v) => v.ruleId !== 'guard.project-facts'),
        ])
      outcome(rows, set, { kind: 'quota', collection: 'projects', id: p.id, title: `${app.title} · ${p.title}`, day }, beforeRev, judge(beforeRev), judge(draft), draft)
    }
  }

  return {
    revision: { id: doc.id, label: doc.label, policySet: set, effectiveFrom: draft.effectiveFrom, effectiveTo: draft.effectiveTo },
    checked,
    rows,
  }
}
