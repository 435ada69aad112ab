import type { Access, AccessResult, PayloadRequest, Where } from 'payload'

import { childrenVisibleToViewer } from './application-children'
import { applicationsVisibleToViewer, districtApplications } from './applications'
import { districtOf, hasRole, idOf, organizationOf } from './roles'

type Id = number | string

/** Where an application's uploads are referenced: the upload fields of its records, and of the application itself. */
const CHILD_UPLOADS = [
  { collection: 'agreements', field: 'file' },
  { collection: 'ip-contracts', field: 'file' },
  { collection: 'evaluations', field: 'selfReportFile' },
] as const

/**
 * The uploads attached to records the viewer can read — an agreement's signed copy, an IP contract, a self-report,
 * the pledge, the issued documents — by the records' own read access. So a district officer sees an application's
 * files once the application is in its remit (submitted), and not while it is the applicant's draft.
 */
function uploadsOnVisibleRecords(req: PayloadRequest): Promise<Id[]> {
  // Once per request (a list populates many files; each batch asks again). A file attached later in the same
  // request was readable before (upload fields take only readable files), so the list is never too small for it.
  const cache = req.context as { uploadsOnVisibleRecords?: Promise<Id[]> }
  cache.uploadsOnVisibleRecords ??= collectUploadsOnVisibleRecords(req)
  return cache.uploadsOnVisibleRecords
}

async function collectUploadsOnVisibleRecords(req: PayloadRequest): Promise<Id[]> {
  const ids = new Set<Id>()
  const common = { depth: 0, pagination: false, overrideAccess: true, req } as const
  const children = await childrenVisibleToViewer({ req })
  if (children !== false) {
    for (const { collection, field } of CHILD_UPLOADS) {
      const where: Where = { and: [{ [field]: { exists: true } }, ...(children === true ? [] : [children])] }
      const found = await req.payload.find({ collection, where, select: { [field]: true }, ...common })
      for (const doc of found.docs as unknown as Record<string, unknown>[]) {
        const id = idOf(doc[field])
        if (id !== null) ids.add(id)
      }
    }
  }
  const applications = await applicationsVisibleToViewer({ req })
  if (applications !== false) {
    const found = await req.payload.find({
      collection: 'applications',
      ...(applications === true ? {} : { where: applications }),
      select: { pledge: { file: true }, documents: { file: true } },
      ...common,
    })
    for (const doc of found.docs) {
      const pledge = idOf((doc.pledge as { file?: unknown } | undefined)?.file)
      if (pledge !== null) ids.add(pledge)
      for (const d of (doc.documents ?? []) as { file?: unknown }[]) {
        const id = idOf(d.file)
        if (id !== null) ids.add(id)
      }
    }
  }
  return [...ids]
}

/**
 * Uploads: the city sees all; everyone their own; a district officer those its own officers uploaded and those
 * attached to the applications in its remit (submitted ones of its district: a draft's files stay the applicant's
 * until it is submitted); an expert those attached to the applications assigned to it; an applicant the documents
 * issued on its unit's applications and the files on its unit's records. Upload fields accept only files their writer can read (see readableUpload), so
 * attaching another's file id to a record does not open it.
 */
export const mediaVisibleToViewer: Access = async ({ req }): Promise<AccessResult> => {
  const { user } = req
  if (!user) return false
  if (hasRole(user, 'admin', 'city-officer')) return true
  const own: Where = { uploadedBy: { equals: user.id } }
  if (hasRole(user, 'district-officer')) {
    const district = districtOf(user)
    if (district === null) return own
    const attached = await uploadsOnVisibleRecords(req)
    const remit = districtApplications(district).and!.map((w) => Object.fromEntries(Object.entries(w).map(([k, v]) => [`application.${k}`, v])) as Where)
    return {
      or: [
        own,
        { 'uploadedBy.district': { equals: district } },
        // Documents issued on an application of its remit.
        { and: remit },
        ...(attached.length ? [{ id: { in: attached } }] : []),
      ],
    }
  }
  if (hasRole(user, 'applicant')) {
    // The documents the bureau issued on its unit's applications (decision, certificate, notice), and the files on
    // its unit's records (a colleague's upload on the agreement it edits).
    const organization = organizationOf(user)
    if (organization === null) return own
    const attached = await uploadsOnVisibleRecords(req)
    return { or: [own, { 'application.lead': { equals: organization } }, ...(attached.length ? [{ id: { in: attached } }] : [])] }
  }
  if (hasRole(user, 'expert')) {
    const attached = await uploadsOnVisibleRecords(req)
    return attached.length === 0 ? own : { or: [own, { id: { in: attached } }] }
  }
  return own
}

/**
 * An upload field's value must be a file its writer can read (Payload checks `filterOptions` under the writer's
 * access): without it, a record could carry another unit's file id and open that file to whoever reads the record.
 */
export const readableUpload = () => true as const
