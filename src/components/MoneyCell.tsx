import React from 'react'

const yuan = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 })

/** List-view cell for money fields: 12,000,000 元 (1,200万元). */
export function MoneyCell({ cellData }: { cellData?: unknown }) {
  if (typeof cellData !== 'number') return <span>—</span>
  const wan = cellData / 10_000
  return (
    <span style={{ fontVariantNumeric: 'tabular-nums' }}>
      {yuan.format(cellData)} 元{Number.isInteger(wan) && cellData !== 0 ? `（${yuan.format(wan)}万元）` : ''}
    </span>
  )
}
