import config from '@payload-config'
import { getPayload } from 'payload'

import { CARRIER_KIND_ZH, formatDateZh } from '@/lib/labels'
import { listOpenNotices } from '@/lib/public-records'

export const dynamic = 'force-dynamic'

export default async function NoticesPage() {
  const payload = await getPayload({ config })
  const notices = await listOpenNotices(payload)
  return (
    <>
      <h1>公示</h1>
      <p className="muted">公示期内，任何单位和个人如有异议，可向市科技局书面反映。</p>
      <table>
        <thead>
          <tr><th>拟认定（备案）名称</th><th>类型</th><th>牵头单位</th><th>公示期</th></tr>
        </thead>
        <tbody>
          {notices.map((n) => (
            <tr key={n.id} id={`notice-${n.id}`}>
              <td><a href={`/carriers/${n.id}`}>{n.officialName ?? n.name}</a>{n.status === 'objection' && <span className="tag">异议处理中</span>}</td>
              <td>{CARRIER_KIND_ZH[n.carrierKind ?? ''] ?? '—'}</td>
              <td>{n.lead ?? '—'}</td>
              <td>{formatDateZh(n.noticeStartsOn)} 至 {formatDateZh(n.noticeEndsOn)}</td>
            </tr>
          ))}
          {notices.length === 0 && <tr><td colSpan={4} className="muted">当前没有公示</td></tr>}
        </tbody>
      </table>
    </>
  )
}
