import type { CollectionConfig } from 'payload'

import { ownUnsubmittedReview, reviewsVisibleToViewer, scoresReadable } from '../access/reviews'
import { hasRole } from '../access/roles'
import { applicationLinkFields } from '../fields/application-link'
import { copyApplicationLink } from '../hooks/copyApplicationLink'
import { prepareReview } from '../hooks/prepareReview'
import { requireVisibleApplication } from '../hooks/requireVisibleApplication'

/** An expert's review of an application: scores, opinion, conflict declaration. */
export const Reviews: CollectionConfig = {
  slug: 'reviews',
  // Saved filters for the officers (src/access/query-presets.ts).
  enableQueryPresets: true,
  labels: { singular: { zh: '专家评审', en: 'Expert review' }, plural: { zh: '专家评审', en: 'Expert reviews' } },
  admin: { useAsTitle: 'label', defaultColumns: ['application', 'expert', 'stage', 'totalScore', 'recommend', 'submitted'], group: { zh: '评审', en: 'Review' } },
  access: {
    read: reviewsVisibleToViewer,
    create: ({ req: { user } }) => hasRole(user, 'admin', 'city-officer', 'expert'),
    update: ownUnsubmittedReview,
    delete: ({ req: { user } }) => hasRole(user, 'admin', 'city-officer'),
  },
  hooks: { beforeChange: [requireVisibleApplication, copyApplicationLink, prepareReview] },
  indexes: [{ fields: ['application', 'expert', 'stage'], unique: true }],
  fields: [
    ...applicationLinkFields(),
    { name: 'label', type: 'text', label: { zh: '评审', en: 'Review' }, admin: { hidden: true } },
    { name: 'expert', type: 'relationship', relationTo: 'users', required: true, index: true, label: { zh: '专家', en: 'Expert' }, filterOptions: { role: { equals: 'expert' } } },
    {
      name: 'stage',
      type: 'select',
      required: true,
      defaultValue: 'expert-review',
      label: { zh: '评审环节', en: 'Stage' },
      options: [
        { value: 'expert-review', label: { zh: '专家评审', en: 'Expert review' } },
        { value: 'evaluation', label: { zh: '年度评价', en: 'Evaluation' } },
      ],
    },
    { name: 'conflictDeclared', type: 'checkbox', label: { zh: '声明存在利益冲突（回避）', en: 'I declare a conflict of interest (recuse)' } },
    { name: 'conflictNote', type: 'textarea', label: { zh: '冲突说明', en: 'Conflict note' }, admin: { condition: (_, sibling) => Boolean(sibling?.conflictDeclared) } },
    {
      name: 'scores',
      type: 'json',
      label: { zh: '评分（指标代码 → 分数）', en: 'Scores (criterion → points)' },
      access: { read: scoresReadable },
      admin: {
        components: { Field: '/src/components/ScoresField#ScoresField' },
        description: { zh: '技术创新中心按 10 项一级、42 项二级指标评分（每项 0–100）；创新联合体按评审表评分', en: 'TIC: the 42 second-level indicators (0–100 each); consortia: the scored form' },
      },
    },
    { name: 'totalScore', type: 'number', label: { zh: '总分', en: 'Total score' }, access: { read: scoresReadable, create: () => false, update: () => false }, admin: { readOnly: true } },
    { name: 'recommend', type: 'checkbox', label: { zh: '推荐通过', en: 'Recommend' } },
    { name: 'opinion', type: 'richText', label: { zh: '评审意见', en: 'Opinion' } },
    { name: 'submitted', type: 'checkbox', index: true, label: { zh: '已提交', en: 'Submitted' } },
    { name: 'submittedAt', type: 'date', label: { zh: '提交时间', en: 'Submitted at' }, access: { create: () => false, update: () => false }, admin: { readOnly: true } },
  ],
}
