// Saved filters (Payload's query presets) for the officers' lists: each officer's own, or shared with the office —
// a district bureau's officers share with the officers of the same district, the city bureau's with the city
// bureau. Closed by default: applicants and experts neither read nor save any (collection-level access), and only
// "only me" and "my office" can be chosen (Payload's "everyone" and "specific users" are refused).
import type { CollectionBeforeValidateHook, Config, Field, PayloadRequest, Where } from 'payload'
import { ValidationError } from 'payload'

import { districtOf, hasRole, isStaff } from './roles'

type Operation = 'read' | 'update' | 'delete'
const OPERATIONS: Operation[] = ['read', 'update', 'delete']
export const OFFICE = 'office'
export const ALLOWED_CONSTRAINTS = ['onlyMe', OFFICE]

/** The office a staff user works in: 'city' (the city bureau and administrators) or 'district:<id>'. */
export function officeOf(user: PayloadRequest['user']): string | null {
  if (hasRole(user, 'admin', 'city-officer')) return 'city'
  if (hasRole(user, 'district-officer')) {
    const district = districtOf(user)
    return district === null ? null : `district:${String(district)}`
  }
  return null
}

/** The preset's office, stamped from its creator and kept (a colleague's edit does not move it). */
const officeField = (operation: Operation): Field => ({
  name: 'office',
  type: 'text',
  label: { zh: '本单位', en: 'Office' },
  admin: { hidden: true, disableListColumn: true, disableListFilter: true },
  access: { create: () => false, update: () => false },
  hooks: {
    beforeChange: [
      ({ req, originalDoc }) => {
        const kept = (originalDoc as { access?: Record<string, { office?: string | null }> } | undefined)?.access?.[operation]?.office
        return kept ?? officeOf(req.user)
      },
    ],
  },
})

const officeConstraint = (operation: Operation) => ({
  label: '本单位同事（同一科技局）',
  value: OFFICE,
  fields: [officeField(operation)],
  access: ({ req: { user } }: { req: PayloadRequest }): Where | false => {
    const office = officeOf(user)
    return office === null ? false : { [`access.${operation}.office`]: { equals: office } }
  },
})

/** Only "only me" and "my office" are offered (the stored value of an old preset still shows). */
const onlyOwnOrOffice = ({ options }: { options: unknown[] }) =>
  options.filter((o) => ALLOWED_CONSTRAINTS.includes(typeof o === 'string' ? o : String((o as { value?: unknown }).value)))

export const queryPresetsConfig: Config['queryPresets'] = {
  access: { read: isStaff, create: isStaff, update: isStaff, delete: isStaff },
  constraints: { read: [officeConstraint('read')], update: [officeConstraint('update')], delete: [officeConstraint('delete')] },
  filterConstraints: onlyOwnOrOffice as never,
  // Plain strings: Payload's preset bar puts the label into "删除 …"/"编辑 …" untranslated ([object Object] otherwise).
  labels: { singular: '筛选方案', plural: '筛选方案' },
}

/** Refuses a sharing setting other than "only me" or "my office" (a crafted request could send "everyone"). */
export const refuseOtherSharing: CollectionBeforeValidateHook = ({ data, req }) => {
  const access = (data as { access?: Record<string, { constraint?: string } | undefined> } | undefined)?.access ?? {}
  for (const operation of OPERATIONS) {
    const constraint = access[operation]?.constraint
    if (constraint && !ALLOWED_CONSTRAINTS.includes(constraint)) {
      throw new ValidationError({
        collection: 'payload-query-presets',
        errors: [{ path: `access.${operation}.constraint`, message: '筛选方案只能仅自己可见或与本单位同事共享 / a saved filter is either yours only or shared with your office' }],
        req,
      })
    }
  }
  return data
}
