import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The server image is built once by `npm start` and served by `next start`.
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
