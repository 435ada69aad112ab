import type { CollectionConfig } from 'payload'

import { canCreateChildAsApplicantOrStaff, childrenVisibleToViewer } from '../access/application-children'
import { isCityOfficer } from '../access/roles'
import { trashOnlyUnlessAdmin } from '../access/trash'
import { applicationLinkFields } from '../fields/application-link'
import { exportEndpointsFor, exportListButton } from '../workflow/export'
import { moneyField } from '../fields/money'
import { auditChanges } from '../hooks/auditChanges'
import { checkFundUseHook } from '../hooks/checkFundUse'
import { FUND_SOURCES, FUND_USE_CATEGORIES } from '../policies'
import { requireVisibleApplication } from '../hooks/requireVisibleApplication'

/**
 * What a carrier's money is spent on (资金使用), by year and category (nb-tic-2022 三（四）). A technology innovation
 * centre's fiscal funds may not go to the six forbidden uses; such a record is refused with the rule.
 */
export const FundUses: CollectionConfig = {
  slug: 'fund-uses',
  // Saved filters for the officers (src/access/query-presets.ts).
  enableQueryPresets: true,
  labels: { singular: { zh: '资金使用', en: 'Use of funds' }, plural: { zh: '资金使用', en: 'Uses of funds' } },
  admin: { useAsTitle: 'description', defaultColumns: ['application', 'year', 'source', 'category', 'amount'], group: { zh: '资金与项目', en: 'Funding & projects' }, components: { beforeListTable: [exportListButton('fund-uses')] } },
  trash: true,
  endpoints: exportEndpointsFor('fund-uses'),
  access: {
    read: childrenVisibleToViewer,
    // The carrier reports its spending; the city bureau checks and corrects it.
    create: canCreateChildAsApplicantOrStaff,
    update: isCityOfficer,
    delete: trashOnlyUnlessAdmin(isCityOfficer),
  },
  hooks: { beforeChange: [requireVisibleApplication, checkFundUseHook], afterChange: [auditChanges(['year', 'source', 'category', 'amount'])] },
  fields: [
    ...applicationLinkFields(),
    {
      type: 'row',
      fields: [
        { name: 'year', type: 'number', required: true, index: true, min: 2000, max: 2100, label: { zh: '年度', en: 'Year' } },
        { name: 'source', type: 'select', required: true, defaultValue: 'fiscal', label: { zh: '资金来源', en: 'Source' }, options: FUND_SOURCES.map((s) => ({ value: s.id, label: { zh: s.zh, en: s.en } })) },
        { name: 'category', type: 'select', required: true, label: { zh: '支出类别', en: 'Category' }, options: FUND_USE_CATEGORIES.map((c) => ({ value: c.id, label: { zh: c.forbidden ? `${c.zh}（财政资金不得用于）` : c.zh, en: c.forbidden ? `${c.en} (not with fiscal funds)` : c.en } })) },
      ],
    },
    moneyField({ name: 'amount', label: { zh: '金额', en: 'Amount' }, required: true }),
    { name: 'description', type: 'text', required: true, label: { zh: '支出事项', en: 'What was paid for' } },
    { name: 'spentOn', type: 'date', label: { zh: '支出日期', en: 'Spent on' } },
  ],
}
