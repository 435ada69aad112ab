import type { Metadata } from 'next'

import { OPEN_DATA_FIELDS } from './fields'

export const metadata: Metadata = { title: '开放数据', alternates: { canonical: '/open-data' } }

export default function OpenDataPage() {
  return (
    <>
      <h1>开放数据</h1>
      <p>在册创新载体名单以开放格式提供，每分钟更新一次，内容与本网站公开页面一致，不含任何资金、评分或联系方式。</p>
      <ul className="dataset-links">
        <li><a href="/open-data/carriers.csv">carriers.csv</a>：CSV（UTF-8，含 BOM，可直接用 Excel 打开）</li>
        <li><a href="/open-data/carriers.json">carriers.json</a>：JSON</li>
        <li><a href="/notices/feed.xml">feed.xml</a>：公示订阅（RSS 2.0）</li>
      </ul>
      <table className="list">
        <caption>字段说明</caption>
        <thead><tr><th scope="col">CSV 列名</th><th scope="col">JSON 字段</th><th scope="col">说明</th></tr></thead>
        <tbody>
          {OPEN_DATA_FIELDS.map((f) => (
            <tr key={f.key}><td data-label="CSV 列名">{f.header}</td><td data-label="JSON 字段"><code>{f.key}</code></td><td data-label="说明">{f.description}</td></tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
