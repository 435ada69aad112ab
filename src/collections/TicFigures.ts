import type { CollectionConfig } from 'payload'

import { canCreateChildAsApplicantOrStaff, childrenVisibleToViewer } from '../access/application-children'
import { isCityOfficer } from '../access/roles'
import { trashOnlyUnlessAdmin } from '../access/trash'
import { applicationLinkFields } from '../fields/application-link'
import { moneyField } from '../fields/money'
import { auditChanges } from '../hooks/auditChanges'
import { checkTicFiguresHook } from '../hooks/checkTicFigures'
import { requireVisibleApplication } from '../hooks/requireVisibleApplication'

const count = (name: string, zh: string, en: string) => ({ name, type: 'number' as const, min: 0, label: { zh, en }, validate: (v: unknown) => v === null || v === undefined || (Number.isSafeInteger(v) && (v as number) >= 0) || `须为非负整数 / a whole number ≥ 0: ${String(v)}` })

/** A technology innovation centre's figures of one year: what the targets of 二（五）（六）（十） measure. */
export const TicFigures: CollectionConfig = {
  slug: 'tic-figures',
  labels: { singular: { zh: '技术创新中心年度数据', en: 'TIC annual figures' }, plural: { zh: '技术创新中心年度数据', en: 'TIC annual figures' } },
  admin: { useAsTitle: 'label', defaultColumns: ['application', 'year', 'investment', 'staff', 'highLevelTeams'], group: { zh: '评价', en: 'Evaluation' } },
  trash: true,
  access: {
    read: childrenVisibleToViewer,
    create: canCreateChildAsApplicantOrStaff,
    update: isCityOfficer,
    delete: trashOnlyUnlessAdmin(isCityOfficer),
  },
  hooks: { beforeChange: [requireVisibleApplication, checkTicFiguresHook], afterChange: [auditChanges(['year', 'investment', 'staff', 'highLevelTeams', 'industrialisationBases', 'partnerFirms', 'spinOffs', 'firmsServed'])] },
  indexes: [{ fields: ['application', 'year'], unique: true }],
  fields: [
    ...applicationLinkFields(),
    // Computed by the hook (carrier and year), never typed.
    { name: 'label', type: 'text', label: { zh: '名称', en: 'Name' }, admin: { hidden: true }, access: { create: () => false, update: () => false } },
    { name: 'year', type: 'number', required: true, min: 2000, max: 2100, label: { zh: '年度', en: 'Year' } },
    moneyField({ name: 'investment', label: { zh: '当年各类资金投入（依托单位、共建单位、财政补助等）', en: 'Input of the year (host, co-builders, fiscal)' } }),
    {
      type: 'row',
      fields: [count('staff', '年末人员（人）', 'People at year end'), count('highLevelTeams', '高层次创新创业团队（个）', 'High-level teams')],
    },
    {
      type: 'row',
      fields: [
        count('industrialisationBases', '产业化基地（个）', 'Industrialisation bases'),
        count('partnerFirms', '紧密合作企业（家）', 'Close partner firms'),
        count('spinOffs', '累计衍生孵化企业（家）', 'Spin-offs (cumulative)'),
        count('firmsServed', '累计服务企业（家）', 'Firms served (cumulative)'),
      ],
    },
  ],
}
