import config from '@payload-config'
import { getPayload } from 'payload'

import { CARRIER_KIND_ZH, formatDateZh } from '@/lib/labels'
import { listRecognizedCarriers } from '@/lib/public-records'

export const dynamic = 'force-dynamic'

export default async function HomePage() {
  const payload = await getPayload({ config })
  const carriers = await listRecognizedCarriers(payload)
  return (
    <>
      <h1>已认定（备案）创新载体名单</h1>
      <p className="muted">共 {carriers.length} 家。名单依据各级科技主管部门认定、备案文件公开。</p>
      <table>
        <thead>
          <tr><th>名称</th><th>类型</th><th>牵头（依托）单位</th><th>认定日期</th></tr>
        </thead>
        <tbody>
          {carriers.map((c) => (
            <tr key={c.id}>
              <td><a href={`/carriers/${c.id}`}>{c.officialName ?? c.name}</a></td>
              <td>{CARRIER_KIND_ZH[c.carrierKind ?? ''] ?? '—'}</td>
              <td>{c.lead ?? '—'}</td>
              <td>{formatDateZh(c.recognizedOn)}</td>
            </tr>
          ))}
          {carriers.length === 0 && <tr><td colSpan={4} className="muted">暂无</td></tr>}
        </tbody>
      </table>
    </>
  )
}
