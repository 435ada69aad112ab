import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The server image is built once by `npm start` and served by scripts/serve.mjs.
  poweredByHeader: false,
  // `npm test` runs tsc --noEmit over everything (tests included); the server build need not repeat it,
  // nor fail on a test file.
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
