import { withPayload } from '@payloadcms/next/withPayload'
import path from 'node:path'

import { nextSecurityHeaders } from './config/security-headers.mjs'

// The register's parameters. `/` without them is one cached page; with any of them it is the search view
// (/carriers), rendered per request from cached data. The address bar keeps `/?…`.
const REGISTER_PARAMS = ['q', 'kind', 'policySet', 'district', 'year', 'sort', 'page']

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The server image is built once by `npm start` and served by scripts/serve.mjs.
  poweredByHeader: false,
  // pdfkit reads its own data files at run time: loaded from node_modules, not bundled.
  serverExternalPackages: ['pdfkit'],
  // `npm test` runs tsc --noEmit over everything (tests included); the server build need not repeat it,
  // nor fail on a test file.
  typescript: { ignoreBuildErrors: true },
  // Public pages are cached in this process's memory (see the file for why not under .next/).
  cacheHandler: path.resolve(import.meta.dirname, 'config/public-cache-handler.mjs'),
  cacheMaxMemorySize: 0,
  // CSP, frame-ancestors, nosniff, Referrer-Policy, HSTS under https: on every page and API answer.
  async headers() {
    return nextSecurityHeaders()
  },
  async rewrites() {
    return {
      beforeFiles: REGISTER_PARAMS.map((key) => ({ source: '/', has: [{ type: 'query', key }], destination: '/carriers' })),
    }
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
