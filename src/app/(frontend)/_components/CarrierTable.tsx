import { formatDateZh } from '@/lib/labels'
import type { PublicCarrierRow } from '@/lib/public-records'

/** The register's rows; on a phone each row becomes a card (labels from data-label). */
export function CarrierTable({ rows, caption }: { rows: PublicCarrierRow[]; caption: string }) {
  return (
    <table className="list">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">名称</th>
          <th scope="col">类型</th>
          <th scope="col">牵头（依托）单位</th>
          <th scope="col">属地</th>
          <th scope="col">认定日期</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr key={c.id}>
            <td data-label="名称"><a href={`/carriers/${c.id}`}>{c.name}</a></td>
            <td data-label="类型">{c.kind}</td>
            <td data-label="牵头单位">{c.lead ?? '—'}</td>
            <td data-label="属地">{c.district ?? '—'}</td>
            <td data-label="认定日期">{formatDateZh(c.recognizedOn)}</td>
          </tr>
        ))}
        {rows.length === 0 && (
          <tr><td colSpan={5} className="muted empty">没有符合条件的载体。</td></tr>
        )}
      </tbody>
    </table>
  )
}
