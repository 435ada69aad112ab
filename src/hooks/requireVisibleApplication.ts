import type { CollectionBeforeChangeHook } from 'payload'

import { viewerCanReadApplication } from '../access/applications'
import { refuse } from '../lib/errors'
import { idOf } from './relations'

const labelOf = (label: unknown): { zh: string; en: string } => {
  const l = (label ?? {}) as { zh?: string; en?: string }
  return { zh: l.zh ?? '记录', en: (l.en ?? 'record').toLowerCase() }
}

/**
 * A record is attached only to an application its writer can read (src/access/applications.ts): a district officer
 * cannot note, or add members to, a draft its applicant has not submitted yet, nor another district's application.
 * Checked on create and whenever a save moves the record to another application. 403, the application not named.
 */
export const requireVisibleApplication: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  const target = idOf(data?.application)
  if (target === null || !req.user) return data
  if (operation === 'update' && String(target) === String(idOf(originalDoc?.application))) return data
  if (await viewerCanReadApplication(req, target)) return data
  const what = labelOf(collection.labels?.singular)
  return refuse(
    403,
    'access.application-not-visible',
    `只能在您有权查看的申报上添加${what.zh}；该申报不在您的范围内（如尚未提交的草稿或其他区县的申报）`,
    `You can add a ${what.en} only to an application you can see; this one is outside your remit (such as an unsubmitted draft or another district's application)`,
    'application',
  )
}
