// A real SMTP server on loopback (smtp-server), parsing every message it accepts (mailparser). No mocks.
import type { AddressInfo } from 'node:net'
import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export interface ReceivedMail {
  /** envelope recipients (RCPT TO) */
  to: string[]
  from: string
  subject: string
  text: string
  html: string
  messageId: string | undefined
  headers: ParsedMail['headers']
  parsed: ParsedMail
}

export interface TestSmtpServer {
  port: number
  /** every message accepted, in order; survives stop()/start() */
  messages: ReceivedMail[]
  /** set SMTP_* for the app to reach this server */
  useInEnv: () => void
  /** close the port: connections are refused until start() */
  stop: () => Promise<void>
  /** listen again on the same port */
  start: () => Promise<void>
  /** resolves once `count` messages have arrived (or rejects after `timeoutMs`) */
  waitFor: (count: number, timeoutMs?: number) => Promise<ReceivedMail[]>
  clear: () => void
}

export async function startSmtpServer(port = 0): Promise<TestSmtpServer> {
  const messages: ReceivedMail[] = []
  let waiters: { count: number; resolve: () => void }[] = []
  const notify = () => {
    waiters = waiters.filter((w) => {
      if (messages.length >= w.count) {
        w.resolve()
        return false
      }
      return true
    })
  }

  const make = () =>
    new SMTPServer({
      secure: false,
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      disableReverseLookup: true,
      // Accept many sessions at once (the outbox sends over a small pool).
      maxClients: 100,
      // stop() must close the port at once, not wait for idle pooled connections.
      closeTimeout: 500,
      onData(stream, session, callback) {
        simpleParser(stream)
          .then((parsed) => {
            messages.push({
              to: session.envelope.rcptTo.map((r) => r.address),
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
              messageId: parsed.messageId,
              headers: parsed.headers,
              parsed,
            })
            notify()
            callback()
          })
          .catch((error: Error) => callback(error))
      },
    })

  let server = make()
  const listen = (p: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject)
      server.listen(p, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port))
    })
  const actualPort = await listen(port)
  let running = true

  const handle: TestSmtpServer = {
    port: actualPort,
    messages,
    useInEnv: () => {
      process.env.SMTP_HOST = '127.0.0.1'
      process.env.SMTP_PORT = String(actualPort)
      process.env.SMTP_SECURE = 'false'
      delete process.env.SMTP_USER
      delete process.env.SMTP_PASSWORD
      process.env.SMTP_FROM ??= 'no-reply@carriers.example.cn'
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (!running) return resolve()
        running = false
        server.close(() => resolve())
      }),
    start: async () => {
      if (running) return
      server = make()
      await listen(actualPort)
      running = true
    },
    waitFor: (count, timeoutMs = 10_000) =>
      new Promise<ReceivedMail[]>((resolve, reject) => {
        if (messages.length >= count) return resolve(messages)
        const timer = setTimeout(() => reject(new Error(`expected ${count} messages, got ${messages.length}`)), timeoutMs)
        waiters.push({
          count,
          resolve: () => {
            clearTimeout(timer)
            resolve(messages)
          },
        })
      }),
    clear: () => {
      messages.length = 0
    },
  }
  return handle
}
