import config from '@payload-config'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'

import { CARRIER_KIND_ZH, formatDateZh } from '@/lib/labels'
import { findPublicCarrier } from '@/lib/public-records'

export const dynamic = 'force-dynamic'

export default async function CarrierPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const payload = await getPayload({ config })
  const carrier = await findPublicCarrier(payload, id)
  if (!carrier) notFound()
  return (
    <article>
      <h1>{carrier.officialName ?? carrier.name}</h1>
      <dl>
        <dt>类型</dt><dd>{CARRIER_KIND_ZH[carrier.carrierKind ?? ''] ?? '—'}</dd>
        <dt>牵头（依托）单位</dt><dd>{carrier.lead ?? '—'}</dd>
        <dt>认定日期</dt><dd>{formatDateZh(carrier.recognizedOn)}</dd>
      </dl>
      {carrier.summary && <p>{carrier.summary}</p>}
      <p><a href="/">返回名单</a></p>
    </article>
  )
}
