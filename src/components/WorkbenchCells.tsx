import React from 'react'

// List cells of the computed workbench columns. Payload shows an empty value as "‹没有 下一步›"; here an empty cell
// reads "—" (a finished application has no next step; one that waits on nobody has no waiting days).
const EMPTY = (
  <span className="cell-empty" aria-label="无 / none" style={{ color: 'var(--theme-elevation-400)' }}>
    —
  </span>
)

/** 下一步: the step and whose it is, as the column computes it. */
export function NextStepCell({ cellData }: { cellData?: unknown }) {
  return typeof cellData === 'string' && cellData.trim() ? <span>{cellData}</span> : EMPTY
}

/** 已等待（天）: the number of days (0 on the day it arrived). */
export function DaysWaitingCell({ cellData }: { cellData?: unknown }) {
  if (typeof cellData !== 'number' || !Number.isFinite(cellData)) return EMPTY
  return <span style={{ fontVariantNumeric: 'tabular-nums' }}>{cellData}</span>
}

/** A count column (任务分工占比（‰）, staff…): the number, or "—" when none was entered (Payload's own read "‹没有 …›"). */
export function CountCell({ cellData }: { cellData?: unknown }) {
  if (typeof cellData !== 'number' || !Number.isFinite(cellData)) return EMPTY
  return <span style={{ fontVariantNumeric: 'tabular-nums' }}>{cellData}</span>
}
