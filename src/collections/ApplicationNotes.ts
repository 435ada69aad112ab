import type { AccessResult, CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { districtRecords } from '../access/applications'
import { districtOf, hasRole, idOf } from '../access/roles'
import { queueNotification } from '../email/enqueue'
import { applicationLinkFields } from '../fields/application-link'
import { copyApplicationLink } from '../hooks/copyApplicationLink'
import { mentionedNames } from '../policies/mentions'
import { requireVisibleApplication } from '../hooks/requireVisibleApplication'

const never = () => false

/** Staff read the notes of the applications in their remit; nobody else, ever. */
const staffInRemit = ({ req: { user } }: { req: { user: unknown } }): AccessResult => {
  if (hasRole(user as never, 'admin', 'city-officer')) return true
  if (hasRole(user as never, 'district-officer')) {
    const district = districtOf(user as never)
    return district === null ? false : districtRecords(district)
  }
  return false
}

/** The author is the signed-in officer; @姓名 in the text adds that colleague to the mentions. */
const stampAuthorAndMentions: CollectionBeforeChangeHook = async ({ data, req, operation }) => {
  if (operation !== 'create') return data
  // Only on an application the writer can read (requireVisibleApplication, before this hook): its remit.
  const names = mentionedNames(String(data.body ?? ''))
  const colleagues = names.length
    ? await req.payload.find({ collection: 'users', where: { role: { in: ['admin', 'city-officer', 'district-officer'] } }, select: { name: true }, depth: 0, pagination: false, overrideAccess: true, req })
    : { docs: [] }
  // "@王科长" finds 王科长（市科技局）: a name is matched by its beginning.
  const byName = { docs: colleagues.docs.filter((u) => names.some((n) => typeof u.name === 'string' && u.name.startsWith(n))) }
  const explicit = ((data.mentions ?? []) as unknown[]).map(idOf).filter((v): v is number | string => v !== null)
  const staff = explicit.length
    ? await req.payload.find({ collection: 'users', where: { and: [{ id: { in: explicit } }, { role: { in: ['admin', 'city-officer', 'district-officer'] } }] }, select: { name: true }, depth: 0, pagination: false, overrideAccess: true, req })
    : { docs: [] }
  // Only colleagues: a mention never tells an applicant or an expert what staff wrote.
  const mentions = [...new Set([...staff.docs, ...byName.docs].map((u) => u.id))].filter((id) => String(id) !== String(req.user?.id))
  return { ...data, author: req.user?.id ?? null, authorName: String((req.user as { name?: unknown } | null)?.name ?? ''), mentions }
}

const emailMentioned: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const ids = ((doc.mentions ?? []) as unknown[]).map(idOf).filter((v): v is number | string => v !== null)
  if (ids.length === 0) return doc
  await queueNotification(req, {
    template: 'note-mention',
    to: { userIds: ids },
    application: idOf(doc.application),
    businessKey: `note-mention:${doc.id}`,
    data: { author: doc.authorName || '工作人员', body: String(doc.body ?? '').slice(0, 1000) },
  })
  return doc
}

/** Internal notes on an application: staff only, with @mentions that email the colleague. Never edited, never deleted. */
export const ApplicationNotes: CollectionConfig = {
  slug: 'application-notes',
  labels: { singular: { zh: '内部批注', en: 'Internal note' }, plural: { zh: '内部批注', en: 'Internal notes' } },
  admin: {
    useAsTitle: 'body',
    defaultColumns: ['application', 'body', 'authorName', 'mentions', 'createdAt'],
    group: { zh: '申报管理', en: 'Applications' },
    description: { zh: '仅工作人员可见。在正文中写“@姓名”或在“提及”中选择同事，对方将收到邮件。', en: 'Staff only. Write “@name” or pick colleagues under “Mentions”: they are emailed.' },
  },
  access: {
    read: staffInRemit,
    // Staff, and only on an application they can read (the hook requireVisibleApplication refuses the rest).
    create: ({ req: { user } }) => hasRole(user, 'admin', 'city-officer', 'district-officer'),
    update: never,
    delete: never,
    readVersions: never,
  },
  hooks: { beforeChange: [requireVisibleApplication, copyApplicationLink, stampAuthorAndMentions], afterChange: [emailMentioned] },
  fields: [
    ...applicationLinkFields(),
    { name: 'body', type: 'textarea', required: true, maxLength: 2000, label: { zh: '批注内容', en: 'Note' } },
    {
      name: 'mentions',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      label: { zh: '提及', en: 'Mentions' },
      filterOptions: { role: { in: ['admin', 'city-officer', 'district-officer'] } },
      // A district officer may not read the city's accounts: the hook keeps only staff ids, so the default
      // check (existence under the writer's read access) would refuse a legitimate mention.
      validate: () => true,
    },
    { name: 'author', type: 'relationship', relationTo: 'users', label: { zh: '批注人账号', en: 'Author' }, access: { create: never, update: never }, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'authorName', type: 'text', label: { zh: '批注人', en: 'By' }, access: { create: never, update: never }, admin: { readOnly: true, position: 'sidebar' } },
  ],
}
