// The production HTTP server: Next's request handler behind node:http, so that the app knows who is asking.
// X-Forwarded-* headers are the client's own claims unless a reverse proxy we trust sets them: they are dropped
// here unless TRUST_PROXY=true, and Next then records the socket's address and protocol itself. Sign-in throttling
// (src/auth/client-address.ts) keys on that address.
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import next from 'next'

import { createPublicResponseCache, isCacheableRequest } from './public-response-cache.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const port = Number(process.env.PORT ?? 3000)
const hostname = process.env.HOST ?? '0.0.0.0'
const trustProxy = process.env.TRUST_PROXY === 'true'
const FORWARDED = ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'forwarded', 'x-real-ip']

const app = next({ dev: false, dir: root, hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

// Whole public-page responses, answered without Next while nothing they show has changed (see the file).
const responses =
  process.env.PUBLIC_RESPONSE_CACHE === 'false'
    ? undefined
    : createPublicResponseCache({ maxBytes: Math.max(1, Number(process.env.PUBLIC_RESPONSE_CACHE_MB ?? 32)) * 1024 * 1024 })

// A missing carrier or archive page (notFound() in an on-demand cached route) comes from Next as an empty shell that
// its inline scripts fill with the site's "未找到" page; the public pages' CSP (config/security-headers.mjs) runs no
// inline script, which would leave that page blank. Only such 404 answers get the admin's script policy.
function allowInlineScriptOnNotFound(res) {
  const writeHead = res.writeHead
  res.writeHead = function (statusCode, ...rest) {
    const csp = this.getHeader('content-security-policy')
    if (statusCode === 404 && typeof csp === 'string' && csp.includes("script-src 'self';")) {
      this.setHeader('content-security-policy', csp.replace("script-src 'self';", "script-src 'self' 'unsafe-inline';"))
    }
    return writeHead.call(this, statusCode, ...rest)
  }
}

const server = http.createServer((req, res) => {
  if (!trustProxy) for (const header of FORWARDED) delete req.headers[header]
  allowInlineScriptOnNotFound(res)
  if (responses && isCacheableRequest(req)) {
    if (responses.serve(req, res)) return
    responses.record(req, res)
  }
  void handle(req, res)
})
server.listen(port, hostname, () => console.log(`▲ ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`))

const stop = () => server.close(() => process.exit(0))
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
