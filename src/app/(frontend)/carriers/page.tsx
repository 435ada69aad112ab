// The register searched, filtered, sorted or paged (the address bar keeps `/?…`): rendered per request from
// cached data, since the parameters are the public's own.
import type { Metadata } from 'next'

import { getRegister, getRegisterFacets } from '@/lib/public-data'
import { parseRegisterQuery, registerHref } from '@/lib/public-records'

import { RegisterView } from '../_components/RegisterView'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = parseRegisterQuery(await searchParams)
  return {
    title: query.q ? `“${query.q}”的查询结果` : query.page > 1 ? `已认定（备案）创新载体名单（第 ${query.page} 页）` : '已认定（备案）创新载体名单',
    alternates: { canonical: registerHref(query) },
  }
}

export default async function RegisterSearchPage({ searchParams }: Props) {
  const query = parseRegisterQuery(await searchParams)
  const [result, facets] = await Promise.all([getRegister(query), getRegisterFacets()])
  return <RegisterView query={query} result={result} facets={facets} />
}
