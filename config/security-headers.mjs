// The security headers of every answer, pages and API alike (next.config.mjs and src/lib/rest-guard.ts).
// A government intranet site: nothing framed, nothing sniffed, no referrer to other sites, HTTPS pinned when the
// site is served over HTTPS. The public pages work without any script (they are server-rendered), so they get the
// strict policy; the admin is a React app whose framework inlines its boot scripts and styles, so it needs
// 'unsafe-inline' (never anything from another origin). Development mode also needs 'unsafe-eval' (hot reload).

const httpsSite = () => (process.env.PUBLIC_URL ?? '').startsWith('https://')
const development = () => process.env.NODE_ENV === 'development'

/** No script at all may run from anywhere but this server. */
export const PUBLIC_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"

export const adminCsp = () =>
  `default-src 'self'; script-src 'self' 'unsafe-inline'${development() ? " 'unsafe-eval'" : ''}; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'${development() ? ' ws: wss:' : ''}; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'`

/** API answers are data, never documents: nothing in them may run or be framed. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox"

/** @returns {Record<string, string>} */
export function commonSecurityHeaders() {
  /** @type {Record<string, string>} */
  const headers = {
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  }
  if (httpsSite()) headers['Strict-Transport-Security'] = 'max-age=31536000; includeSubDomains'
  return headers
}

/** @returns {Record<string, string>} */
export const apiSecurityHeaders = () => ({ ...commonSecurityHeaders(), 'Content-Security-Policy': API_CSP })

/** next.config.mjs `headers()`: the admin's policy under /admin, the strict one everywhere else. */
export function nextSecurityHeaders() {
  const list = (/** @type {Record<string, string>} */ headers) => Object.entries(headers).map(([key, value]) => ({ key, value }))
  return [
    { source: '/', headers: list({ ...commonSecurityHeaders(), 'Content-Security-Policy': PUBLIC_CSP }) },
    { source: '/:path((?!admin|api).*)', headers: list({ ...commonSecurityHeaders(), 'Content-Security-Policy': PUBLIC_CSP }) },
    { source: '/admin/:path*', headers: list({ ...commonSecurityHeaders(), 'Content-Security-Policy': adminCsp() }) },
    { source: '/admin', headers: list({ ...commonSecurityHeaders(), 'Content-Security-Policy': adminCsp() }) },
    { source: '/api/:path*', headers: list(apiSecurityHeaders()) },
  ]
}
