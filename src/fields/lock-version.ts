import type { NumberField } from 'payload'

/** Written by `serializeOn` when it runs outside a transaction (inside one it locks without writing): concurrent cap and quota checks on this row take turns. */
export const lockVersionField: NumberField = {
  name: 'lockVersion',
  type: 'number',
  admin: { hidden: true, disableListColumn: true, disableListFilter: true },
  access: { read: () => false, create: () => false, update: () => false },
}
