// Page links for a list: first, previous, a window of numbers, next, last. Plain links: it works without script.
const WINDOW = 2

export function Pagination({ page, totalPages, href }: { page: number; totalPages: number; href: (page: number) => string }) {
  if (totalPages <= 1) return null
  const current = Math.min(page, totalPages)
  const numbers: number[] = []
  for (let n = Math.max(1, current - WINDOW); n <= Math.min(totalPages, current + WINDOW); n++) numbers.push(n)
  return (
    <nav className="pagination" aria-label="分页">
      <span className="pagination-status">第 {current} / {totalPages} 页</span>
      <ul>
        {current > 1 && <li><a href={href(1)}>首页</a></li>}
        {current > 1 && <li><a href={href(current - 1)} rel="prev">上一页</a></li>}
        {numbers.map((n) => (
          <li key={n}>{n === current ? <span aria-current="page">{n}</span> : <a href={href(n)} aria-label={`第 ${n} 页`}>{n}</a>}</li>
        ))}
        {current < totalPages && <li><a href={href(current + 1)} rel="next">下一页</a></li>}
        {current < totalPages && <li><a href={href(totalPages)}>末页</a></li>}
      </ul>
    </nav>
  )
}
