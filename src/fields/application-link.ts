import type { Field } from 'payload'

/**
 * The application a record belongs to, plus the lead and district copied from it by a hook so row-level
 * access is an indexed comparison rather than a join.
 */
export const applicationLinkFields = (options: { required?: boolean } = {}): Field[] => [
  {
    name: 'application',
    type: 'relationship',
    relationTo: 'applications',
    required: options.required ?? true,
    index: true,
    label: { zh: '所属申报（载体）', en: 'Application (carrier)' },
  },
  {
    name: 'lead',
    type: 'relationship',
    relationTo: 'organizations',
    index: true,
    label: { zh: '牵头单位', en: 'Lead unit' },
    // A copy for access checks: never populated in answers (the application names its lead).
    maxDepth: 0,
    access: { create: () => false, update: () => false },
    admin: { readOnly: true, position: 'sidebar' },
  },
  {
    name: 'district',
    type: 'relationship',
    relationTo: 'districts',
    index: true,
    label: { zh: '属地区县', en: 'District' },
    maxDepth: 0,
    access: { create: () => false, update: () => false },
    admin: { readOnly: true, position: 'sidebar' },
  },
]
