import { baseUrl, getOpenData, getSiteSettings } from '@/lib/public-data'

import { OPEN_DATA_FIELDS } from '../fields'

export const revalidate = 60

export async function GET(): Promise<Response> {
  const [rows, site] = await Promise.all([getOpenData(), getSiteSettings()])
  const body = {
    title: '已认定（备案）创新载体名单',
    publisher: site.bureauName,
    source: `${baseUrl()}/`,
    generatedAt: new Date().toISOString(),
    count: rows.length,
    fields: Object.fromEntries(OPEN_DATA_FIELDS.map((f) => [f.key, f.description])),
    carriers: rows,
  }
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
}
