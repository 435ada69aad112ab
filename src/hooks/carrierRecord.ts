import type { CollectionSlug, PayloadRequest } from 'payload'

import type { Application } from '../payload-types'

import { hasRole, organizationOf } from '../access/roles'
import { todayInChina } from '../jobs/calendar'
import { idOf, loadApplication } from './relations'
import { rejectMessage } from './violations'

/**
 * A record a recognised carrier reports after recognition (uses of funds, annual figures): it belongs to a carrier
 * that was recognised, an applicant reports only for their own organisation, the year has come, and the carrier's
 * lead and district are copied onto it for row access.
 */
export async function carrierOfRecord(
  req: PayloadRequest,
  slug: CollectionSlug,
  data: Record<string, unknown>,
  originalDoc: Record<string, unknown> | undefined,
): Promise<Application> {
  const applicationId = idOf(data.application ?? originalDoc?.application)
  if (applicationId === null) rejectMessage(slug, 'application', '须指明所属载体', 'name the carrier this record belongs to')
  const application = await loadApplication(req, applicationId)
  if (req.user && hasRole(req.user, 'applicant')) {
    const own = organizationOf(req.user)
    if (own === null || String(idOf(application.lead)) !== String(own)) {
      rejectMessage(slug, 'application', '只能为本单位的载体填报', "you can only report for your own organisation's carrier", 'access.other-organization')
    }
  }
  if (!application.recognizedOn) {
    rejectMessage(slug, 'application', '载体尚未认定（批复），没有可填报的年度数据或资金使用', 'the carrier has not been recognised (approved): there is nothing to report yet')
  }
  const year = Number(data.year ?? originalDoc?.year)
  const thisYear = Number(todayInChina().slice(0, 4))
  const recognisedYear = Number(String(application.recognizedOn).slice(0, 4))
  if (!Number.isSafeInteger(year) || year > thisYear || year < recognisedYear - 1) {
    rejectMessage(slug, 'year', `年度 ${String(data.year ?? originalDoc?.year)} 无效：应在认定年度（${recognisedYear}年）至今年（${thisYear}年）之间`, `year ${String(data.year ?? originalDoc?.year)} is not valid: between the year of recognition (${recognisedYear}) and this year (${thisYear})`)
  }
  data.lead = idOf(application.lead)
  data.district = idOf(application.district)
  return application
}
