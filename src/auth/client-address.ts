// The address a request came from. The server (scripts/serve.mjs) drops X-Forwarded-* headers sent by clients
// unless TRUST_PROXY=true, and Next then sets X-Forwarded-For to the socket's address; behind a trusted reverse
// proxy the last entry is the one that proxy added. So the last entry is never the client's own claim.
import type { PayloadRequest } from 'payload'

export function clientAddress(req: Pick<PayloadRequest, 'headers'>): string {
  const forwarded = req.headers.get('x-forwarded-for') ?? ''
  const last = forwarded
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .at(-1)
  return last ? last.replace(/^::ffff:/, '') : 'local'
}
