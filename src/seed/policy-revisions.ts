// The first revision of each policy set: the five documents' own figures, with the document and article of each.
// Loaded by the migration (policy_revisions) and by the demo seed; idempotent (a set that has a revision is left alone).
import { randomBytes } from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'

import { FIRST_REVISION_LABEL, PARAMETER_DEFS, POLICY_SET_IDS, POLICY_SETS, shortTitle, type PolicySetId } from '../policies'

/** Since when the first revision governs: the document's own start, or a day before any application here. */
const FIRST_DAY = '2000-01-01'

/**
 * The figures that were parameters when the policy_revisions table was created (migration 20261123_105149/105211):
 * that migration seeds only these, because PostgreSQL's enum of keys knows no others until a later migration adds
 * them (20261123_162147_params3) and commits; the data migration after it adds the rest (addNewFigures).
 */
export const KEYS_OF_FIRST_MIGRATION: readonly string[] = [
  'leadRevenue', 'leadNetAssets', 'leadRdYears', 'leadRdSpend', 'leadRdStaff', 'leadEquipment', 'noticeWorkingDays', 'minReviews', 'passScore',
  'annualPct', 'totalCap', 'firstYearCap', 'creationYears', 'delistAfterFails', 'target2Investment', 'target2Staff', 'target2Teams',
  'target5Investment', 'target5Staff', 'target5Teams', 'constructionYears', 'ecoBases', 'ecoPartnerFirms', 'ecoSpinOffs', 'ecoFirmsServed',
  'minPeerExperts', 'minMembers', 'activeProjectsMax', 'commissionedPerYear', 'competitivePerYearMin', 'leadRdIntensityPct',
  'townCultivationCap', 'cityCultivationCap', 'townCreationCap', 'cityCreationCap', 'sequenceCap', 'projectCap', 'firstInstallmentPct',
  'recommendPerYear', 'recommendConcurrent', 'cityPerYear', 'cityConcurrent', 'townPerYear', 'townConcurrent', 'cultivationOutput',
  'cultivationJurisdictionOutput', 'cultivationConcentrationPct', 'creationEmergingOutput', 'creationHighTechSharePct',
  'creationValueAddedGrowthPct', 'delistAfterAnnualFails',
]

export interface SeedOptions {
  /** only these figures (an early migration, whose schema knows no others) */
  keys?: readonly string[]
}

export function firstRevisionData(set: PolicySetId, options: SeedOptions = {}) {
  const meta = POLICY_SETS[set]
  const document = shortTitle(meta.document)
  return {
    policySet: set,
    label: FIRST_REVISION_LABEL.zh,
    labelEn: FIRST_REVISION_LABEL.en,
    effectiveFrom: `${meta.effectiveFrom ?? FIRST_DAY}T00:00:00.000Z`,
    status: 'published',
    reason: '文件原文规定的数值（系统初始化） / the figures of the document itself (initial load)',
    publishedAt: new Date().toISOString(),
    values: PARAMETER_DEFS[set].filter((d) => !options.keys || options.keys.includes(d.key)).map((d) => ({
      // An adapter-level insert: array rows carry the ids Payload's hooks would give them.
      id: randomBytes(12).toString('hex'),
      key: d.key,
      value: d.value,
      document: d.article.startsWith('（本系统') ? '本系统默认' : document,
      article: d.article.startsWith('（本系统') ? '—' : d.article,
    })),
  }
}

type StoredRow = { id?: string; key: string; value: number; document?: string | null; article?: string | null }

/**
 * Creates the first revision of a set that has none; and in a database seeded before a figure became a parameter,
 * adds that figure (the document's value) to the set's first revision, so the admin shows it with the others. The
 * engine already reads a missing figure as the document's (toRevision), so the values it judges on do not change.
 */
export async function seedPolicyRevisions(payload: Payload, req?: Partial<PayloadRequest>, options: SeedOptions = {}): Promise<number> {
  let created = 0
  for (const set of POLICY_SET_IDS) {
    const existing = await payload.db.count({ collection: 'policy-revisions', where: { policySet: { equals: set } }, req })
    if (existing.totalDocs > 0) {
      if (!options.keys) await addNewFigures(payload, set, req)
      continue
    }
    await payload.db.create({ collection: 'policy-revisions', data: firstRevisionData(set, options), req, returning: false })
    created++
  }
  return created
}

async function addNewFigures(payload: Payload, set: PolicySetId, req?: Partial<PayloadRequest>): Promise<void> {
  const data = firstRevisionData(set)
  const first = await payload.db.findOne<{ id: number | string; values?: StoredRow[] | null }>({
    collection: 'policy-revisions',
    where: { and: [{ policySet: { equals: set } }, { label: { equals: data.label } }, { status: { equals: 'published' } }] },
    req,
  })
  if (!first) return
  const rows = first.values ?? []
  const missing = data.values.filter((v) => !rows.some((r) => r.key === v.key))
  if (missing.length === 0) return
  const order = data.values.map((v) => v.key)
  const all = [...rows.map((r) => ({ id: r.id, key: r.key, value: r.value, document: r.document ?? null, article: r.article ?? null })), ...missing]
  all.sort((a, b) => (order.indexOf(a.key) === -1 ? 999 : order.indexOf(a.key)) - (order.indexOf(b.key) === -1 ? 999 : order.indexOf(b.key)))
  await payload.db.updateOne({ collection: 'policy-revisions', id: first.id, data: { values: all }, req, returning: false })
}
