// Two computed columns for the applications list: the next step (and whose it is) and the days it has waited.
// Virtual: computed on read from the status and the dates, never stored.
import type { Field } from 'payload'

import { chinaDay } from '../email/format'
import { todayInChina } from '../jobs/calendar'
import { daysWaiting, nextStep, type PolicySetId, type State } from '../policies'

const day = (v: unknown) => chinaDay(v as string | null | undefined)

export const workbenchColumns: Field[] = [
  {
    name: 'nextStep',
    type: 'text',
    virtual: true,
    label: { zh: '下一步', en: 'Next step' },
    access: { create: () => false, update: () => false },
    admin: { readOnly: true, position: 'sidebar', components: { Cell: '/src/components/WorkbenchCells#NextStepCell' } },
    // In the reader's language (the admin's, or the request's Accept-Language): zh unless English was chosen.
    hooks: {
      afterRead: [
        ({ siblingData, req }) =>
          siblingData?.policySet && siblingData?.status ? nextStep(siblingData.policySet as PolicySetId, siblingData.status as State, req?.i18n?.language === 'en' ? 'en' : 'zh') : null,
      ],
    },
  },
  {
    name: 'daysWaiting',
    type: 'number',
    virtual: true,
    label: { zh: '已等待（天）', en: 'Days waiting' },
    access: { create: () => false, update: () => false },
    admin: { readOnly: true, position: 'sidebar', components: { Cell: '/src/components/WorkbenchCells#DaysWaitingCell' } },
    hooks: {
      afterRead: [
        ({ siblingData }) =>
          siblingData?.status
            ? daysWaiting(siblingData.status as State, { submittedOn: day(siblingData.submittedOn), receivedOn: day(siblingData.receivedOn), noticeStartsOn: day(siblingData.noticeStartsOn) }, todayInChina())
            : null,
      ],
    },
  },
]
