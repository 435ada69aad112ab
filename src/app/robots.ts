import type { MetadataRoute } from 'next'

import { baseUrl } from '@/lib/public-data'

export const revalidate = 3600

export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api'] }], sitemap: `${baseUrl()}/sitemap.xml` }
}
