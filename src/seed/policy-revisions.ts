// The first revision of each policy set: the five documents' own figures, with the document and article of each.
// Loaded by the migration (policy_revisions) and by the demo seed; idempotent (a set that has a revision is left alone).
import { randomBytes } from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'

import { FIRST_REVISION_LABEL, PARAMETER_DEFS, POLICY_SET_IDS, POLICY_SETS, shortTitle, type PolicySetId } from '../policies'

/** Since when the first revision governs: the document's own start, or a day before any application here. */
const FIRST_DAY = '2000-01-01'

export function firstRevisionData(set: PolicySetId) {
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
    values: PARAMETER_DEFS[set].map((d) => ({
      // An adapter-level insert: array rows carry the ids Payload's hooks would give them.
      id: randomBytes(12).toString('hex'),
      key: d.key,
      value: d.value,
      document: d.article.startsWith('（本系统') ? '本系统默认' : document,
      article: d.article.startsWith('（本系统') ? '—' : d.article,
    })),
  }
}

export async function seedPolicyRevisions(payload: Payload, req?: Partial<PayloadRequest>): Promise<number> {
  let created = 0
  for (const set of POLICY_SET_IDS) {
    const existing = await payload.db.count({ collection: 'policy-revisions', where: { policySet: { equals: set } }, req })
    if (existing.totalDocs > 0) continue
    await payload.db.create({ collection: 'policy-revisions', data: firstRevisionData(set), req, returning: false })
    created++
  }
  return created
}
