// STUB — replaced by the notifications work (issue 6).
import type { PayloadRequest } from 'payload'

export type TemplateId =
  | 'submission-received'
  | 'returned'
  | 'expert-review-started'
  | 'notice-started'
  | 'approved'
  | 'rejected'
  | 'disbursement-recorded'
  | 'evaluation-due'
  | 'evaluation-overdue'
  | 'evaluation-result'
  | 'delisted'
  | 'remainder-installment-due'

export interface NotificationInput {
  template: TemplateId
  /** a user id, or an address */
  to: { userId: number | string } | { email: string; name?: string; language?: 'zh' | 'en' }
  data: Record<string, unknown>
  businessKey: string
  application?: number | string | null
}

export async function queueNotification(_req: PayloadRequest, _input: NotificationInput): Promise<void> {}
