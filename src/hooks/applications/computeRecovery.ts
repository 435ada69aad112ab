import type { CollectionBeforeChangeHook } from 'payload'

import { fundsToRecover } from '../../policies'
import { rejectMessage } from '../violations'

const ENDED = new Set(['delisted', 'cancelled'])

/** After delisting or cancellation: unspent fiscal balance + non-compliant spending are to be recovered (五（四）). */
export const computeRecovery: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const merged = { ...originalDoc, ...data, recovery: { ...originalDoc?.recovery, ...data.recovery } }
  if (!ENDED.has(String(merged.status))) return data
  try {
    const result = fundsToRecover({
      disbursed: Number(merged.disbursedTotal ?? 0),
      spentCompliant: Number(merged.recovery?.spentCompliant ?? 0),
      nonCompliantSpending: Number(merged.recovery?.nonCompliantSpending ?? 0),
    })
    data.recovery = { ...merged.recovery, amountToRecover: result.total }
  } catch (error) {
    rejectMessage('applications', 'recovery', `应收回资金无法计算：${(error as Error).message}`, `the funds to recover can't be computed: ${(error as Error).message}`)
  }
  return data
}
