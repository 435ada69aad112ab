import type { CollectionBeforeChangeHook } from 'payload'

import { idOf, loadApplication } from './relations'

/** Copies the application's lead and district onto the child record, for row-level access. */
export const copyApplicationLink: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const applicationId = idOf(data.application ?? originalDoc?.application)
  if (applicationId === null) return data
  const application = await loadApplication(req, applicationId)
  data.lead = idOf(application.lead)
  data.district = idOf(application.district)
  return data
}
