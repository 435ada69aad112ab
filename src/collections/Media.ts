import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { dataDir } from '../../config/env'
import { checkUpload } from '../hooks/media/checkUpload'

import { mediaVisibleToViewer } from '../access/media'
import { hasRole, isLoggedIn } from '../access/roles'

/** Uploaded documents: agreements, plans, evidence. Never public; uploaders and staff read them. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { zh: '附件', en: 'Document' }, plural: { zh: '附件', en: 'Documents' } },
  admin: { group: { zh: '系统', en: 'System' } },
  access: {
    read: mediaVisibleToViewer,
    create: isLoggedIn,
    update: ({ req: { user } }) => (hasRole(user, 'admin', 'city-officer') ? true : user ? { uploadedBy: { equals: user.id } } : false),
    delete: ({ req: { user } }) => hasRole(user, 'admin'),
  },
  upload: {
    // Under DATA_DIR, with the database: one backup of the data folder holds the uploads too.
    staticDir: path.join(dataDir(), 'media'),
    // Raster images only (an SVG can carry script); the content is checked against the name (checkUpload).
    mimeTypes: [
      'application/pdf',
      'image/png',
      'image/jpeg',
      'image/gif',
      'image/webp',
      'application/msword',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.ms-excel',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
  },
  hooks: { beforeOperation: [checkUpload] },
  fields: [
    { name: 'title', type: 'text', label: { zh: '标题', en: 'Title' } },
    {
      // Set when a transition issues the document (src/workflow/documents.ts): its applicants may read it.
      name: 'application',
      type: 'relationship',
      relationTo: 'applications',
      index: true,
      label: { zh: '所属申报（发文）', en: 'Issued for application' },
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, condition: (data) => Boolean(data?.application) },
    },
    {
      name: 'uploadedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { zh: '上传人', en: 'Uploaded by' },
      admin: { readOnly: true },
      access: { create: () => false, update: () => false },
      // Server-owned: whoever uploads, kept for good (a client's value is never taken).
      hooks: {
        beforeChange: [({ req, operation, originalDoc, value }) => (operation === 'create' ? (req.user?.id ?? value ?? null) : (originalDoc?.uploadedBy ?? null))],
      },
    },
  ],
}
