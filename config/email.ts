// Email transport from env: SMTP when SMTP_HOST is set; otherwise a file sink under data/outbox/ (.eml files).
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

import { dataDir } from './env'

export interface SmtpSettings {
  host: string
  port: number
  secure: boolean
  user?: string
  password?: string
}

export function smtpFromEnv(env: NodeJS.ProcessEnv = process.env): SmtpSettings | null {
  if (!env.SMTP_HOST) return null
  return {
    host: env.SMTP_HOST,
    port: Number(env.SMTP_PORT ?? 587),
    secure: env.SMTP_SECURE === 'true',
    user: env.SMTP_USER || undefined,
    password: env.SMTP_PASSWORD || undefined,
  }
}

export const outboxDir = (): string => path.join(dataDir(), 'outbox')

export interface TransportOptions {
  /** Reuse SMTP connections across messages (the outbox delivers in batches). */
  pool?: boolean
  maxConnections?: number
}

export function createTransport(smtp: SmtpSettings | null = smtpFromEnv(), options: TransportOptions = {}): nodemailer.Transporter {
  if (smtp) {
    return nodemailer.createTransport({
      ...(options.pool ? { pool: true as const, maxConnections: options.maxConnections ?? 3, maxMessages: 500 } : {}),
      host: smtp.host,
      port: smtp.port,
      secure: smtp.secure,
      auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? '' } : undefined,
      // A closed port must fail quickly so the outbox marks the row and retries later.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
      tls: { rejectUnauthorized: process.env.SMTP_TLS_REJECT_UNAUTHORIZED !== 'false' },
    })
  }
  // Development sink: render each message to an .eml file.
  const stream = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' })
  const originalSend = stream.sendMail.bind(stream)
  stream.sendMail = (async (mail: nodemailer.SendMailOptions) => {
    const info = (await originalSend(mail)) as { message: Buffer; messageId: string }
    const dir = outboxDir()
    mkdirSync(dir, { recursive: true })
    const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${info.messageId.replace(/[^a-zA-Z0-9.-]/g, '')}.eml`)
    writeFileSync(file, info.message)
    return { ...info, response: `written to ${file}` }
  }) as typeof stream.sendMail
  return stream
}

/** True when messages go to the .eml file sink rather than an SMTP server. */
export const usesFileSink = (env: NodeJS.ProcessEnv = process.env): boolean => smtpFromEnv(env) === null

export const defaultFrom = () => ({
  address: process.env.SMTP_FROM ?? 'no-reply@carriers.example.cn',
  name: process.env.SMTP_FROM_NAME ?? '创新载体管理平台',
})

export function emailAdapter(): Promise<EmailAdapter> | EmailAdapter {
  const from = defaultFrom()
  return nodemailerAdapter({
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    transport: createTransport(),
    skipVerify: true,
  })
}
