// The register of recognised carriers: search, filters and sort as a plain GET form, the page of results with
// the true total, and page links. `/` shows it unfiltered (one cached page); any parameter shows /carriers.
import type { Page, PublicCarrierRow, RegisterFacets, RegisterQuery } from '@/lib/public-records'
import { isDefaultRegisterQuery, registerHref, SORTS } from '@/lib/public-records'

import { CarrierTable } from './CarrierTable'
import { Pagination } from './Pagination'

export function RegisterView({ query, result, facets }: { query: RegisterQuery; result: Page<PublicCarrierRow>; facets: RegisterFacets }) {
  const filtered = !isDefaultRegisterQuery({ ...query, page: 1, sort: 'newest' })
  const from = result.totalDocs === 0 ? 0 : (result.page - 1) * result.pageSize + 1
  const to = Math.min(result.totalDocs, result.page * result.pageSize)
  return (
    <>
      <h1>已认定（备案）创新载体名单</h1>
      <p className="lead-text">名单依据各级科技主管部门认定、备案文件公开，每条记录仅含公开信息。</p>
      <form method="get" action="/" role="search" className="filters" aria-label="查询名单">
        <div className="field field-q">
          <label htmlFor="f-q">关键词</label>
          <input id="f-q" name="q" type="search" defaultValue={query.q ?? ''} maxLength={50} placeholder="载体名称、牵头单位或技术领域" />
        </div>
        <div className="field">
          <label htmlFor="f-kind">类型</label>
          <select id="f-kind" name="kind" defaultValue={query.kind ?? ''}>
            <option value="">全部类型</option>
            {facets.kinds.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-set">政策（地区）</label>
          <select id="f-set" name="policySet" defaultValue={query.policySet ?? ''}>
            <option value="">全部政策</option>
            {facets.policySets.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-district">属地</label>
          <select id="f-district" name="district" defaultValue={query.district ?? ''}>
            <option value="">全部区县</option>
            {facets.districts.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-year">认定年度</label>
          <select id="f-year" name="year" defaultValue={query.year ? String(query.year) : ''}>
            <option value="">全部年度</option>
            {facets.years.map((y) => <option key={y} value={y}>{y}年</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-sort">排序</label>
          <select id="f-sort" name="sort" defaultValue={query.sort}>
            {Object.entries(SORTS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </div>
        <div className="actions">
          <button type="submit">查询</button>
          {filtered && <a href="/" className="button-secondary">清除条件</a>}
        </div>
      </form>
      <p className="result-summary" role="status">
        {filtered ? '符合条件的' : ''}共 <strong>{result.totalDocs}</strong> 家
        {result.totalDocs > 0 && <>，本页显示第 {from}–{to} 家</>}。
        <span className="downloads">下载名单：<a href="/open-data/carriers.csv">CSV</a> · <a href="/open-data/carriers.json">JSON</a></span>
      </p>
      <CarrierTable rows={result.docs} caption="已认定（备案）创新载体" />
      <Pagination page={result.page} totalPages={result.totalPages} href={(page) => registerHref({ ...query, page })} />
    </>
  )
}
