import { formatDateZh } from '@/lib/labels'
import type { ArchivedNotice, Page } from '@/lib/public-records'

import { Breadcrumbs } from '../../_components/Breadcrumbs'
import { Pagination } from '../../_components/Pagination'

export const archiveHref = (page: number): string => (page > 1 ? `/notices/archive/${page}` : '/notices/archive')

export function ArchiveView({ result }: { result: Page<ArchivedNotice> }) {
  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: '首页' }, { href: '/notices', label: '公示' }, { label: '往期公示' }]} />
      <h1>往期公示</h1>
      <p className="result-summary">共 <strong>{result.totalDocs}</strong> 项已结束的公示。</p>
      <table className="list">
        <caption className="visually-hidden">往期公示</caption>
        <thead>
          <tr><th scope="col">名称</th><th scope="col">类型</th><th scope="col">牵头单位</th><th scope="col">公示期</th><th scope="col">文号</th><th scope="col">结果</th></tr>
        </thead>
        <tbody>
          {result.docs.map((n) => (
            <tr key={n.id}>
              <td data-label="名称"><a href={`/carriers/${n.id}`}>{n.name}</a></td>
              <td data-label="类型">{n.kind}</td>
              <td data-label="牵头单位">{n.lead ?? '—'}</td>
              <td data-label="公示期">{formatDateZh(n.noticeStartsOn)}至{formatDateZh(n.noticeEndsOn)}</td>
              <td data-label="文号">{n.noticeDocumentNumber ?? '—'}</td>
              <td data-label="结果">{n.outcome}</td>
            </tr>
          ))}
          {result.docs.length === 0 && <tr><td colSpan={6} className="muted empty">暂无往期公示。</td></tr>}
        </tbody>
      </table>
      <Pagination page={result.page} totalPages={result.totalPages} href={archiveHref} />
    </>
  )
}
