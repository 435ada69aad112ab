import type { CollectionBeforeChangeHook } from 'payload'

import { checkIpContracts, violations, type PolicySetId } from '../policies'
import { idOf, loadApplication } from './relations'
import { rejectWith } from './violations'

// Sets whose text asks for the IP contract; any other set's contract is held to the same arithmetic
// and cites the TIC guideline's article.
const CITING_SETS: readonly PolicySetId[] = ['nb-tic-2022', 'zj-consortium']

/** Benefit shares of one IP contract add up to exactly 100% (10,000 basis points). */
export const checkIpShares: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const shares = (data.benefitShares ?? originalDoc?.benefitShares ?? []) as { shareBasisPoints?: number; partyKind?: string }[]
  const applicationId = idOf(data.application ?? originalDoc?.application)
  const application = applicationId === null ? null : await loadApplication(req, applicationId)
  const own = application?.policySet as PolicySetId | undefined
  const policySet = own && CITING_SETS.includes(own) ? own : 'nb-tic-2022'
  const contract = { id: String(data.title ?? originalDoc?.title ?? ''), shares: shares.map((s) => ({ party: s.partyKind ?? '', percentBasisPoints: Number(s.shareBasisPoints ?? 0) })) }
  const failing = violations(checkIpContracts(policySet, [contract]))
  if (failing.length > 0) rejectWith('ip-contracts', failing, 'benefitShares')
  return data
}
