// Re-exported for TypeScript callers; the definitions are shared with next.config.mjs.
export { adminCsp, API_CSP, apiSecurityHeaders, commonSecurityHeaders, nextSecurityHeaders, PUBLIC_CSP } from '../../config/security-headers.mjs'
