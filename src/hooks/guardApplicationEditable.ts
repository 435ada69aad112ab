import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '../access/roles'
import { idOf, loadApplication } from './relations'
import { STATE_LABELS, type State } from '../policies'
import { rejectMessage } from './violations'

const APPLICANT_EDITABLE = new Set(['draft', 'returned'])

/**
 * An applicant changes members, agreements and IP contracts only while the application is a draft or
 * returned for revision; after submission the file is frozen for review. Also stops an applicant
 * attaching records to another organisation's application.
 */
export const guardApplicationEditable: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  if (!req.user || !hasRole(req.user, 'applicant', 'district-officer')) return data
  const applicationId = idOf(data.application ?? originalDoc?.application)
  if (applicationId === null) return data
  const application = await loadApplication(req, applicationId)
  if (hasRole(req.user, 'district-officer')) {
    // A district officer adds records only to applications of their own district.
    const district = idOf((req.user as { district?: unknown }).district)
    if (district === null || String(idOf(application.district)) !== String(district)) {
      rejectMessage(collection.slug, 'application', '只能为本区县的申报录入材料', "you can only add records to your own district's applications", 'access.other-district')
    }
    return data
  }
  const own = idOf((req.user as { organization?: unknown }).organization)
  if (own === null || String(idOf(application.lead)) !== String(own)) {
    rejectMessage(collection.slug, 'application', '只能为本单位的申报录入材料', "you can only add records to your own organisation's application", 'access.other-organization')
  }
  if (!APPLICANT_EDITABLE.has(String(application.status))) {
    rejectMessage(
      collection.slug,
      'application',
      `申报已提交（当前状态：${STATE_LABELS[application.status as State]?.zh ?? '已提交'}），材料不能再修改；如需修改请等待退回`,
      `the application has been submitted (status: ${STATE_LABELS[application.status as State]?.en ?? 'submitted'}); its records can't be changed unless it is returned`,
    )
  }
  return data
}
