import type { CollectionBeforeChangeHook } from 'payload'

import { carrierOfRecord } from './carrierRecord'
import { rejectMessage } from './violations'

/** Annual figures are a recognised technology innovation centre's, one row a year. */
export const checkTicFiguresHook: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const application = await carrierOfRecord(req, 'tic-figures', data, originalDoc)
  if (application.carrierKind !== 'tic') {
    rejectMessage('tic-figures', 'application', '年度数据仅适用于技术创新中心（宁波市技术创新中心建设工作指引二（五）（六）（十））', 'annual figures are kept for technology innovation centres only (nb-tic-2022 §2(5)(6)(10))')
  }
  data.label = `${application.title} ${String(data.year ?? originalDoc?.year)}`
  return data
}
