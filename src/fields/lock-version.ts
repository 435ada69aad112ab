import type { NumberField } from 'payload'

/** Written by `serializeOn` to make concurrent cap and quota checks on this row take turns. */
export const lockVersionField: NumberField = {
  name: 'lockVersion',
  type: 'number',
  admin: { hidden: true, disableListColumn: true, disableListFilter: true },
  access: { read: () => false, create: () => false, update: () => false },
}
