// Counts of the register by kind, year, district and policy set, drawn as SVG on the server.
import type { Metadata } from 'next'

import { getStatistics } from '@/lib/public-data'

import { BarChart } from '../_components/BarChart'

export const revalidate = 60

export const metadata: Metadata = { title: '统计与数据', description: '已认定（备案）创新载体按类型、年度、属地和政策的统计，及名单下载', alternates: { canonical: '/statistics' } }

export default async function StatisticsPage() {
  const stats = await getStatistics()
  return (
    <>
      <h1>统计与数据</h1>
      <ul className="stat-cards" aria-label="概况">
        <li><span className="stat-number">{stats.total}</span><span className="stat-label">在册载体（家）</span></li>
        <li><span className="stat-number">{stats.openNotices}</span><span className="stat-label">正在公示（项）</span></li>
        <li><span className="stat-number">{stats.ended}</span><span className="stat-label">已摘牌或取消（家）</span></li>
      </ul>
      <div className="charts">
        <BarChart id="by-kind" title="按类型" counts={stats.byKind} />
        <BarChart id="by-year" title="按认定年度" counts={stats.byYear} />
        <BarChart id="by-district" title="按属地" counts={stats.byDistrict} />
        <BarChart id="by-policy" title="按政策（地区）" counts={stats.byPolicySet} />
      </div>
      <section aria-labelledby="downloads-title" className="downloads-box">
        <h2 id="downloads-title">数据下载</h2>
        <p>在册载体名单（公开信息）可下载为 <a href="/open-data/carriers.csv">CSV</a>（可用 Excel 打开）或 <a href="/open-data/carriers.json">JSON</a>。字段说明见<a href="/open-data">开放数据</a>。</p>
      </section>
    </>
  )
}
