// The outbox's front door. queueNotification writes one `notifications` row in the caller's transaction (pass
// the hook's or endpoint's `req`): it commits or rolls back with the change that caused it, and nothing is sent
// here. The delivery job sends it later (src/email/deliver.ts). A business key is written once: a second call
// with the same key does nothing (checked first; the unique index settles a race).
import type { PayloadRequest } from 'payload'

import { applicantsOfLead, languageFor, resolveRecipients, type Recipient, type RecipientSpec } from './recipients'
import { applicationAdminUrl, noticeUrl } from './links'
import { renderTemplate, type TemplateApplication, type TemplateId } from './templates'

export type { TemplateId } from './templates'
export { TEMPLATE_IDS, TEMPLATE_LABELS } from './templates'

type Id = number | string

export interface NotificationInput {
  template: TemplateId
  /**
   * a user id, or an address; also (one message to several people): `{ userIds }`, `{ role }` (every user of a
   * role, e.g. the city officers) or `{ applicantsOf: applicationId }` (the applicants of an application)
   */
  to: RecipientSpec
  /** template values: see TemplateData in ./templates */
  data: Record<string, unknown>
  /** unique per business event and recipient set, e.g. `submitted:<appId>:<n>`, `eval-due:<appId>:<year>` */
  businessKey: string
  application?: number | string | null
  /** uploads (media ids) sent as attachments: the issued PDFs */
  attachments?: (number | string)[]
  /**
   * The caller made the key from a row it created in this very transaction (e.g. `disbursement:<new id>`), so no
   * row can hold it yet: the lookup is skipped (the unique index still settles it).
   */
  freshKey?: boolean
  /** The application's title, names, notice dates and lead, when the caller has just read them: not read again. */
  known?: { application: TemplateApplication; lead: Id | null; recipients?: Recipient[] }
}

export interface QueuedNotification {
  id: Id
  /** false when a notification with this business key already existed */
  created: boolean
}

async function findByKey(req: PayloadRequest, businessKey: string): Promise<Id | null> {
  const found = await req.payload.find({
    collection: 'notifications',
    where: { businessKey: { equals: businessKey } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
    select: { businessKey: true },
  })
  return (found.docs[0]?.id as Id | undefined) ?? null
}

/** Payload turns a unique-index violation into a ValidationError naming the field. */
function isDuplicateKey(error: unknown): boolean {
  const e = error as { name?: string; data?: { errors?: { path?: string }[] }; message?: string; code?: string; cause?: { code?: string } }
  if (e?.data?.errors?.some((x) => x.path === 'businessKey')) return true
  const code = e?.code ?? e?.cause?.code
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || /unique/i.test(e?.message ?? '') && /business_?key/i.test(e?.message ?? '')
}

async function loadApplication(req: PayloadRequest, id: Id): Promise<TemplateApplication | null> {
  const app = (await req.payload.findByID({
    collection: 'applications',
    id,
    depth: 0,
    overrideAccess: true,
    req,
    trash: true,
    disableErrors: true,
    select: { title: true, officialName: true, officialNameEn: true, noticeStartsOn: true, noticeEndsOn: true },
  })) as unknown as (TemplateApplication & { id: Id }) | null
  return app ? { id: app.id, title: app.title, officialName: app.officialName, officialNameEn: app.officialNameEn, noticeStartsOn: app.noticeStartsOn, noticeEndsOn: app.noticeEndsOn } : null
}

/**
 * Queues one email (to one recipient or one group) in the caller's transaction. Returns the row's id, or
 * null when the recipient spec matched nobody with an address (logged, nothing written).
 */
export async function queueNotification(req: PayloadRequest, input: NotificationInput): Promise<QueuedNotification | null> {
  const { payload } = req
  if (!input.freshKey) {
    const existing = await findByKey(req, input.businessKey)
    if (existing !== null) return { id: existing, created: false }
  }

  const applicationId = input.application ?? ('applicantsOf' in input.to ? input.to.applicantsOf : null)
  const known = input.known && String(input.known.application.id) === String(applicationId) ? input.known : undefined
  const recipients: Recipient[] =
    known && 'applicantsOf' in input.to && String(input.to.applicantsOf) === String(known.application.id)
      ? (known.recipients ?? (await applicantsOfLead(req, known.lead)))
      : await resolveRecipients(req, input.to)
  if (recipients.length === 0) {
    payload.logger.warn({ msg: 'notification has no recipient with an email address; not queued', businessKey: input.businessKey, template: input.template })
    return null
  }
  const language = 'email' in input.to && input.to.language ? input.to.language : languageFor(recipients)
  const application = known ? known.application : applicationId !== null && applicationId !== undefined ? await loadApplication(req, applicationId) : null
  const serverURL = payload.config.serverURL
  const rendered = renderTemplate(input.template, language, {
    application,
    data: input.data,
    recipientName: recipients.length === 1 ? recipients[0]!.name : null,
    links: {
      application: applicationId !== null && applicationId !== undefined ? applicationAdminUrl(applicationId, serverURL) : null,
      notice: applicationId !== null && applicationId !== undefined && input.template === 'notice-started' ? noticeUrl(applicationId, serverURL) : null,
    },
  })

  const userIds = recipients.map((r) => r.userId).filter((id): id is Id => id !== null)
  try {
    // Adapter-level insert: the outbox has no create hooks or access to run (nobody creates through the API), and
    // the row is built here from server values only; every field with a default is given explicitly.
    const doc = await payload.db.create({
      collection: 'notifications',
      data: {
        businessKey: input.businessKey,
        template: input.template,
        recipients: userIds as number[],
        toAddress: recipients.map((r) => r.email).join(', '),
        toName: recipients.length === 1 ? recipients[0]!.name : null,
        language,
        application: (applicationId ?? null) as number | null,
        data: input.data,
        subject: rendered.subject,
        bodyText: rendered.text,
        bodyHtml: rendered.html,
        status: 'queued',
        attempts: 0,
        attachments: (input.attachments ?? []) as number[],
        resend: false,
        resendCount: 0,
      },
      select: { id: true },
      req,
    })
    return { id: doc.id, created: true }
  } catch (error) {
    // A concurrent transaction wrote the same key first. On PostgreSQL a failed statement aborts the caller's
    // transaction, so there the error must propagate (the other transaction did the same work).
    const inPostgresTransaction = Boolean(req.transactionID) && payload.db.name === 'postgres'
    if (isDuplicateKey(error) && !inPostgresTransaction) {
      const id = await findByKey(req, input.businessKey)
      if (id !== null) return { id, created: false }
    }
    throw error
  }
}
