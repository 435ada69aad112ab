// Which parameter revision governs: the published revisions of a set, read in the request's transaction, and
// the one in force on the day that matters (submission or received-on, payment, project year, evaluation year).
import type { PayloadRequest } from 'payload'

import { idOf } from '../access/roles'
import { chinaDay } from '../email/format'
import {
  FIRST_REVISIONS,
  PARAMETER_DEFS,
  revisionInForce,
  withRevision,
  type AnyParams,
  type PolicyRevision,
  type PolicySetId,
  type Violation,
} from '../policies'
import type { Id } from '../hooks/relations'
import { oncePerRequest } from '../hooks/perRequest'

/** The stored shape of a revision (policy-revisions), as far as the engine needs it. */
export interface RevisionDoc {
  id: Id
  policySet: string
  label: string
  labelEn?: string | null
  effectiveFrom: string
  effectiveTo?: string | null
  status?: string | null
  values?: { key: string; value: number; document?: string | null; article?: string | null }[] | null
}

/** A stored revision as the engine's PolicyRevision; keys it lacks keep the documents' figures. */
export function toRevision(doc: RevisionDoc): PolicyRevision {
  const set = doc.policySet as PolicySetId
  const values: Record<string, number> = { ...FIRST_REVISIONS[set].values }
  for (const row of doc.values ?? []) if (PARAMETER_DEFS[set].some((d) => d.key === row.key)) values[row.key] = Number(row.value)
  return {
    id: doc.id,
    policySet: set,
    label: { zh: doc.label, en: doc.labelEn?.trim() || doc.label },
    effectiveFrom: chinaDay(doc.effectiveFrom) ?? null,
    effectiveTo: chinaDay(doc.effectiveTo ?? null) ?? null,
    values: values as PolicyRevision['values'],
  }
}

/**
 * The published revisions of a set (adapter-level read: hooks call it on every save), once per request: a request
 * that saves a revision forgets them (PolicyRevisions' afterChange).
 */
export function publishedRevisions(req: PayloadRequest, policySet: PolicySetId): Promise<PolicyRevision[]> {
  return oncePerRequest(req, `revisions:${policySet}`, () => readPublishedRevisions(req, policySet))
}

async function readPublishedRevisions(req: PayloadRequest, policySet: PolicySetId): Promise<PolicyRevision[]> {
  const found = await req.payload.db.find<RevisionDoc>({
    collection: 'policy-revisions',
    where: { and: [{ policySet: { equals: policySet } }, { status: { equals: 'published' } }] },
    // In the order they were published: of two taking effect the same day, the later one governs.
    sort: ['publishedAt', 'id'],
    pagination: false,
    req,
  })
  return found.docs.map(toRevision)
}

/** The revision of a set in force on day (YYYY-MM-DD). */
export async function revisionOn(req: PayloadRequest, policySet: PolicySetId, day: string): Promise<PolicyRevision> {
  return revisionInForce(policySet, day, await publishedRevisions(req, policySet))
}

/**
 * The revision an application is judged on: the one its programme names, if any (a programme's own figures), else
 * the one in force on its received-on / submission day (today for a draft).
 */
export async function revisionForApplication(
  req: PayloadRequest,
  application: { policySet?: string | null; program?: unknown },
  day: string,
): Promise<PolicyRevision> {
  const policySet = application.policySet as PolicySetId
  const programId = idOf(application.program)
  if (programId !== null) {
    const program = await req.payload.db.findOne<{ id: Id; parameterRevision?: unknown }>({ collection: 'programs', where: { id: { equals: programId } }, req })
    const pinned = idOf(program?.parameterRevision)
    if (pinned !== null) {
      const doc = await req.payload.db.findOne<RevisionDoc>({ collection: 'policy-revisions', where: { id: { equals: pinned } }, req })
      if (doc && doc.status === 'published' && doc.policySet === policySet) return toRevision(doc)
    }
  }
  return revisionOn(req, policySet, day)
}

/** Refusals that name the revision whose figures they applied ("依据2027年修订参数"). */
export function underRevision(violations: readonly Violation[], revision: Pick<PolicyRevision, 'label'>): Violation[] {
  return violations.map((v) => ({ ...v, message: withRevision(v.message, revision.label) }))
}

export type { AnyParams }
