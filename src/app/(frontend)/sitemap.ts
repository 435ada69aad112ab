import type { MetadataRoute } from 'next'

import { baseUrl, getCarrierPages } from '@/lib/public-data'

export const revalidate = 60

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = baseUrl()
  const pages = await getCarrierPages()
  return [
    { url: `${base}/`, changeFrequency: 'daily', priority: 1 },
    { url: `${base}/notices`, changeFrequency: 'daily', priority: 0.9 },
    { url: `${base}/notices/archive`, changeFrequency: 'weekly', priority: 0.5 },
    { url: `${base}/statistics`, changeFrequency: 'weekly', priority: 0.5 },
    { url: `${base}/open-data`, changeFrequency: 'monthly', priority: 0.3 },
    ...pages.map((p) => ({ url: `${base}/carriers/${p.id}`, ...(p.updatedAt ? { lastModified: p.updatedAt } : {}), changeFrequency: 'monthly' as const, priority: 0.6 })),
  ]
}
