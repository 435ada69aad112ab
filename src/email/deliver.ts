// Delivers the outbox. Every row is claimed atomically before it is sent (a conditional UPDATE: status queued and
// no claim token → our token), so two runners, or a job that runs twice, never send one row twice. A row is
// marked sent only after the SMTP server accepted it; a failure schedules a retry with exponential backoff, and
// after MAX attempts the row is failed for good (an officer can resend it).
import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type nodemailer from 'nodemailer'
import type { Payload, Where } from 'payload'

import { createTransport, defaultFrom, smtpFromEnv } from '../../config/email'
import { fileNameFromTitle } from '../lib/file-names'

type Id = number | string

export const NOTIFICATION_STATUSES = ['queued', 'sending', 'sent', 'failed'] as const
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number]

const envInt = (name: string, fallback: number): number => {
  const n = Number(process.env[name])
  return Number.isInteger(n) && n > 0 ? n : fallback
}

/** After this many failed attempts a row is failed permanently. */
export const maxAttempts = (): number => envInt('OUTBOX_MAX_ATTEMPTS', 8)
export const BACKOFF_BASE_MS = 60_000
export const BACKOFF_CAP_MS = 6 * 60 * 60_000
/** A row left "sending" longer than this was interrupted (a crashed worker). */
export const STUCK_SENDING_MS = 15 * 60_000

/** Delay before the next attempt after `attempts` failed ones: 1 min × 2^(attempts−1), capped at 6 h. */
export function backoffMs(attempts: number): number {
  return Math.min(BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1), BACKOFF_CAP_MS)
}

export interface DeliveryOptions {
  /** the clock (tests): rows whose nextAttemptAt is after it wait */
  now?: Date
  /** rows claimed per call; default 500 */
  limit?: number
  /** messages in flight at once; default 4 */
  concurrency?: number
  /** a transport to use (and not close); default: built from the environment for this run */
  transport?: nodemailer.Transporter
}

export interface DeliveryResult {
  /** rows looked at */
  candidates: number
  sent: number
  /** failed, will retry */
  retrying: number
  /** failed permanently */
  failed: number
  /** claimed by another runner first */
  skipped: number
  sentIds: Id[]
}

interface OutboxRow {
  id: Id
  businessKey: string
  toAddress: string
  subject: string
  bodyText?: string | null
  bodyHtml?: string | null
  attempts?: number | null
  resendCount?: number | null
  claimToken?: string | null
  attachments?: (Id | { id: Id })[] | null
}

/** The uploads a row carries, read from the media folder. A missing file fails the attempt (retried, then failed). */
async function attachmentsOf(payload: Payload, row: OutboxRow): Promise<{ filename: string; content: Buffer; contentType: string }[]> {
  const ids = (row.attachments ?? []).map((a) => (typeof a === 'object' && a !== null ? a.id : a))
  if (ids.length === 0) return []
  const staticDir = payload.collections.media?.config.upload?.staticDir
  const out: { filename: string; content: Buffer; contentType: string }[] = []
  for (const id of ids) {
    const media = (await payload.db.findOne({ collection: 'media', where: { id: { equals: id } } })) as { filename?: string; mimeType?: string; title?: string } | null
    if (!media?.filename || !staticDir) throw new Error(`attachment ${String(id)} is missing / 附件 ${String(id)} 不存在`)
    const content = await readFile(path.join(staticDir, media.filename))
    const ext = path.extname(media.filename)
    // The document's own title names the file (no slashes or control characters).
    out.push({ filename: fileNameFromTitle(media.title ?? '', ext, path.basename(media.filename, ext)), content, contentType: media.mimeType ?? 'application/octet-stream' })
  }
  return out
}

export const dueWhere = (now: Date): Where => ({
  and: [
    { status: { equals: 'queued' } },
    { claimToken: { exists: false } },
    { or: [{ nextAttemptAt: { exists: false } }, { nextAttemptAt: { less_than_equal: now.toISOString() } }] },
  ],
})

/** Claims one row for this runner. Returns the row if (and only if) this runner won it. */
export async function claimNotification(payload: Payload, id: Id, now: Date = new Date()): Promise<OutboxRow | null> {
  const token = randomUUID()
  // One UPDATE … WHERE id = ? AND status = 'queued' AND claim_token IS NULL (drizzle), findOneAndUpdate (mongoose).
  await payload.db.updateOne({
    collection: 'notifications',
    where: { and: [{ id: { equals: id } }, { status: { equals: 'queued' } }, { claimToken: { exists: false } }] },
    data: { status: 'sending', claimToken: token, claimedAt: now.toISOString() },
    returning: false,
  })
  // Re-read: whoever's token is on the row won.
  const row = (await payload.db.findOne({ collection: 'notifications', where: { id: { equals: id } } })) as OutboxRow | null
  return row && row.claimToken === token ? row : null
}

const describeError = (error: unknown): string => {
  const e = error as { message?: string; code?: string; responseCode?: number; response?: string; command?: string }
  const parts = [e?.code, e?.responseCode ? `SMTP ${e.responseCode}` : null, e?.command ? `(${e.command})` : null].filter(Boolean)
  return `${parts.length ? `${parts.join(' ')}: ` : ''}${e?.message ?? String(error)}`.slice(0, 2000)
}

const hostOf = (address: string): string => address.split('@')[1]?.replace(/[^a-zA-Z0-9.-]/g, '') || 'localhost'

async function sendOne(payload: Payload, transport: nodemailer.Transporter, row: OutboxRow, now: Date): Promise<'sent' | 'retrying' | 'failed'> {
  const from = defaultFrom()
  const attempts = (row.attempts ?? 0) + 1
  try {
    const attachments = await attachmentsOf(payload, row)
    const info = (await transport.sendMail({
      attachments,
      from: { name: from.name, address: from.address },
      to: row.toAddress,
      subject: row.subject,
      text: row.bodyText ?? undefined,
      html: row.bodyHtml ?? undefined,
      // Stable per row (and per resend): a receiving server can de-duplicate too.
      messageId: `<notification-${row.id}-${row.resendCount ?? 0}@${hostOf(from.address)}>`,
      headers: { 'X-Business-Key': row.businessKey },
    })) as { messageId?: string; response?: string; rejected?: unknown[] }
    await payload.db.updateOne({
      collection: 'notifications',
      id: row.id,
      data: {
        status: 'sent',
        sentAt: new Date().toISOString(),
        attempts,
        lastAttemptAt: now.toISOString(),
        lastError: info.rejected && info.rejected.length ? `rejected: ${info.rejected.map(String).join(', ')}` : null,
        messageId: info.messageId ?? null,
        smtpResponse: info.response ? String(info.response).slice(0, 500) : null,
        claimToken: null,
        nextAttemptAt: null,
      },
      returning: false,
    })
    return 'sent'
  } catch (error) {
    const final = attempts >= maxAttempts()
    await payload.db.updateOne({
      collection: 'notifications',
      id: row.id,
      data: {
        status: final ? 'failed' : 'queued',
        attempts,
        lastAttemptAt: now.toISOString(),
        lastError: describeError(error),
        nextAttemptAt: final ? null : new Date(now.getTime() + backoffMs(attempts)).toISOString(),
        claimToken: null,
      },
      returning: false,
    })
    payload.logger.warn({ msg: `email ${row.id} (${row.businessKey}) failed, attempt ${attempts}${final ? ', giving up' : ''}`, err: describeError(error) })
    return final ? 'failed' : 'retrying'
  }
}

/** Sends what is due. Safe to run concurrently with itself, in one process or several. */
export async function deliverDue(payload: Payload, options: DeliveryOptions = {}): Promise<DeliveryResult> {
  const now = options.now ?? new Date()
  const result: DeliveryResult = { candidates: 0, sent: 0, retrying: 0, failed: 0, skipped: 0, sentIds: [] }
  const due = await payload.find({
    collection: 'notifications',
    where: dueWhere(now),
    depth: 0,
    limit: options.limit ?? 500,
    pagination: false,
    overrideAccess: true,
    sort: 'createdAt',
    select: { businessKey: true },
  })
  const ids = due.docs.map((d) => d.id as Id)
  result.candidates = ids.length
  if (ids.length === 0) return result

  const transport = options.transport ?? createTransport(smtpFromEnv(), { pool: true, maxConnections: options.concurrency ?? 4 })
  try {
    let next = 0
    const worker = async () => {
      while (next < ids.length) {
        const id = ids[next++]!
        const row = await claimNotification(payload, id, now)
        if (!row) {
          result.skipped++
          continue
        }
        const outcome = await sendOne(payload, transport, row, now)
        result[outcome]++
        if (outcome === 'sent') result.sentIds.push(id)
      }
    }
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker))
  } finally {
    if (!options.transport) transport.close()
  }
  return result
}

/**
 * Rows left "sending" by a runner that died: we cannot know whether the SMTP server took the message, so they
 * are not retried automatically (that could send twice); they become failed, with the reason, for an officer
 * to check and resend.
 */
export async function failInterruptedSends(payload: Payload, now: Date = new Date(), olderThanMs = STUCK_SENDING_MS): Promise<Id[]> {
  const stuck = await payload.find({
    collection: 'notifications',
    where: { and: [{ status: { equals: 'sending' } }, { claimedAt: { less_than: new Date(now.getTime() - olderThanMs).toISOString() } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: { businessKey: true, claimToken: true },
  })
  const ids: Id[] = []
  for (const doc of stuck.docs as unknown as { id: Id; claimToken?: string | null }[]) {
    await payload.db.updateOne({
      collection: 'notifications',
      where: { and: [{ id: { equals: doc.id } }, { status: { equals: 'sending' } }, ...(doc.claimToken ? [{ claimToken: { equals: doc.claimToken } }] : [])] },
      data: {
        status: 'failed',
        claimToken: null,
        lastError: '发送过程中断，无法确认邮件是否已送达；如需请重新发送 / delivery was interrupted: it is unknown whether the message went out; resend it if needed',
      },
      returning: false,
    })
    ids.push(doc.id)
  }
  return ids
}

export class ResendError extends Error {
  constructor(
    message: string,
    public status: number,
  ) {
    super(message)
    this.name = 'ResendError'
  }
}

/** Puts a failed (or sent) row back in the queue, to be delivered by the next run. */
export async function resendNotification(payload: Payload, id: Id, by: { id: Id } | null, now: Date = new Date()): Promise<void> {
  const row = (await payload.db.findOne({ collection: 'notifications', where: { id: { equals: id } } })) as (OutboxRow & { status?: string }) | null
  if (!row) throw new ResendError('通知不存在 / notification not found', 404)
  if (row.status === 'queued' || row.status === 'sending') {
    throw new ResendError('该通知正在等待发送，无需重发 / the notification is already waiting to be sent', 409)
  }
  await payload.db.updateOne({
    collection: 'notifications',
    where: { and: [{ id: { equals: id } }, { status: { in: ['failed', 'sent'] } }] },
    data: {
      status: 'queued',
      attempts: 0,
      nextAttemptAt: null,
      claimToken: null,
      lastError: null,
      resend: false,
      resendCount: (row.resendCount ?? 0) + 1,
      resentAt: now.toISOString(),
      resentBy: by?.id ?? null,
    },
    returning: false,
  })
}
