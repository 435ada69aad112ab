// `/`: the register's first page, unfiltered: one cached page, re-rendered when a public record changes.
// With any search parameter, `/` is rewritten to /carriers (next.config.mjs).
import type { Metadata } from 'next'

import { getRegister, getRegisterFacets, getSiteSettings } from '@/lib/public-data'
import { parseRegisterQuery } from '@/lib/public-records'

import { RegisterView } from './_components/RegisterView'

export const revalidate = 60

// The root page shares its segment with the layout, so the layout's title template does not apply: say it whole.
export async function generateMetadata(): Promise<Metadata> {
  const site = await getSiteSettings()
  return { title: { absolute: `已认定（备案）创新载体名单 · ${site.siteTitle}` }, alternates: { canonical: '/' } }
}

export default async function HomePage() {
  const query = parseRegisterQuery({})
  const [result, facets] = await Promise.all([getRegister(query), getRegisterFacets()])
  return <RegisterView query={query} result={result} facets={facets} />
}
