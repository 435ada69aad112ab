import type { CollectionBeforeChangeHook } from 'payload'

import { checkFundUseRecord, type PolicySetId } from '../policies'
import { carrierOfRecord } from './carrierRecord'
import { rejectWith } from './violations'

/** A use of funds: a recognised carrier's, and never a forbidden use of a TIC's fiscal funds (三（四）). */
export const checkFundUseHook: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const application = await carrierOfRecord(req, 'fund-uses', data, originalDoc)
  const merged = { ...originalDoc, ...data }
  const failing = checkFundUseRecord({ policySet: application.policySet as PolicySetId, source: String(merged.source ?? 'fiscal'), category: String(merged.category), amount: Number(merged.amount ?? 0) })
  if (failing.length > 0) rejectWith('fund-uses', failing, 'category')
  return data
}
