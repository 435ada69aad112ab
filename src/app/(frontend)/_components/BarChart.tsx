// A bar chart drawn on the server: each bar is an SVG shape beside its label and number in plain text, so it
// needs no script or outside code, stays legible at a phone's width, prints, and reads well aloud.
import type { Count } from '@/lib/public-records'

export function BarChart({ id, title, counts, unit = '家' }: { id: string; title: string; counts: Count[]; unit?: string }) {
  const max = Math.max(1, ...counts.map((c) => c.count))
  const total = counts.reduce((n, c) => n + c.count, 0)
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}<span className="chart-total">（合计 {total} {unit}）</span></figcaption>
      {counts.length === 0 ? (
        <p className="muted">暂无数据</p>
      ) : (
        <ul className="bars">
          {counts.map((c) => (
            <li key={c.label}>
              <span className="bar-label">{c.label}</span>
              <svg className="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect x="0" y="0" width={Math.max(0.5, (c.count / max) * 100)} height="10" rx="0.6" />
              </svg>
              <span className="bar-value">{c.count}<span className="visually-hidden"> {unit}</span></span>
            </li>
          ))}
        </ul>
      )}
    </figure>
  )
}
