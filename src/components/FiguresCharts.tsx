'use client'
// The dashboard's charts, drawn with Apache ECharts (bundled with the admin, nothing loaded from outside) as SVG.
import { BarChart } from 'echarts/charts'
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components'
import * as echarts from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'
import React, { useEffect, useRef } from 'react'

import type { Figures } from '../workflow/figures'

echarts.use([BarChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, SVGRenderer])

type Series = { name: string; data: number[]; stack?: string }
const PALETTE = ['#1d4ed8', '#0f766e', '#b45309', '#7c3aed', '#be123c', '#4d7c0f', '#0369a1', '#a16207', '#475569']

/** Rows of {x, s, count} pivoted into categories × series. */
function pivot<T>(rows: T[], x: (r: T) => string, s: (r: T) => string, v: (r: T) => number, stack?: string): { categories: string[]; series: Series[] } {
  const categories = [...new Set(rows.map(x))]
  const names = [...new Set(rows.map(s))]
  return { categories, series: names.map((name) => ({ name, stack, data: categories.map((c) => rows.filter((r) => x(r) === c && s(r) === name).reduce((a, r) => a + v(r), 0)) })) }
}

/** Nothing to draw: no category, or every value zero. */
export const isEmptyChart = (categories: string[], series: Series[]): boolean => categories.length === 0 || series.every((s) => s.data.every((v) => !v))

/** A horizontal chart's height: its long labels (载体·条款) wrap over a few lines, so each category gets room. */
const chartHeight = (horizontal: boolean | undefined, categories: number): number => (horizontal ? Math.max(300, 90 + categories * 72) : 300)

function Chart({ title, categories, series, yuan, horizontal, testId }: { title: string; categories: string[]; series: Series[]; yuan?: boolean; horizontal?: boolean; testId: string }) {
  const ref = useRef<HTMLDivElement>(null)
  const empty = isEmptyChart(categories, series)
  useEffect(() => {
    if (!ref.current || empty) return
    const chart = echarts.init(ref.current, undefined, { renderer: 'svg' })
    const format = (n: number) => (yuan ? `${(n / 10_000).toLocaleString('zh-CN')}万元` : String(n))
    chart.setOption({
      color: PALETTE,
      title: { text: title, left: 0, textStyle: { fontSize: 14, fontWeight: 600 } },
      tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => format(Number(v)) },
      // The legend under the plot: above it, it ran into the title.
      legend: { bottom: 0, type: 'scroll' },
      grid: { top: 40, left: 8, right: 16, bottom: 32, containLabel: true },
      ...(() => {
        const category = { type: 'category', data: categories }
        const value = { type: 'value', minInterval: yuan ? undefined : 1, axisLabel: { formatter: (v: number) => (yuan ? `${v / 10_000}万` : String(v)) } }
        // Funds by carrier/programme and rule: on a vertical axis the labels (宁波市先进材料中试技术创新中心·创建期合计…)
        // were cut to the same first characters and the bars could not be told apart; across, they wrap in full.
        return horizontal
          ? { yAxis: { ...category, inverse: true, axisLabel: { interval: 0, width: 170, overflow: 'break', lineHeight: 14 } }, xAxis: value }
          : { xAxis: { ...category, axisLabel: { interval: 0, rotate: categories.length > 3 ? 20 : 0, width: 96, overflow: 'truncate' } }, yAxis: value }
      })(),
      series: series.map((s) => ({ ...s, type: 'bar', barMaxWidth: 36, emphasis: { focus: 'series' } })),
    })
    const resize = () => chart.resize()
    window.addEventListener('resize', resize)
    return () => {
      window.removeEventListener('resize', resize)
      chart.dispose()
    }
  }, [title, categories, series, yuan, horizontal, empty])
  // An empty chart is a titled box that says so (ECharts would draw bare axes, or nothing).
  if (empty) {
    return (
      <div data-chart={testId} data-empty="true" style={{ height: 300, minWidth: 0, display: 'flex', flexDirection: 'column' }}>
        <div style={{ fontSize: 14, fontWeight: 600 }}>{title}</div>
        <div className="chart-empty" style={{ flex: 1, display: 'flex', alignItems: 'center', justifyContent: 'center', color: '#667085', border: '1px dashed var(--theme-elevation-150)', borderRadius: 6, marginTop: 8 }}>
          暂无数据
        </div>
      </div>
    )
  }
  return <div ref={ref} data-chart={testId} style={{ height: chartHeight(horizontal, categories.length), minWidth: 0 }} />
}

export function FiguresCharts({ figures }: { figures: Figures }) {
  const kindStatus = pivot(figures.byKindStatus, (r) => r.kind, (r) => r.status, (r) => r.count, 'status')
  const byYear = pivot(figures.byYear, (r) => `${r.year}年`, (r) => r.kind, (r) => r.count, 'kind')
  const grades = pivot(figures.gradesByYear, (r) => `${r.year}年`, (r) => r.grade, (r) => r.count, 'grade')
  const capSeries = (rows: { cap: number; committed: number }[]): Series[] => [
    { name: '上限', data: rows.map((r) => r.cap) },
    { name: '已拨付', data: rows.map((r) => r.committed) },
  ]
  return (
    <section className="figures" aria-labelledby="figures-heading" style={{ marginBottom: '1.5rem' }}>
      <h2 id="figures-heading" style={{ display: 'flex', alignItems: 'baseline', gap: '1rem' }}>
        统计图表
        <a href="/api/applications/figures/xlsx" data-figures-download style={{ fontSize: '0.85rem', fontWeight: 400 }}>
          下载图表数据（Excel）
        </a>
      </h2>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(26rem, 1fr))', gap: '1rem' }}>
        <Chart testId="kind-status" title="载体数量（按类型和状态）" {...kindStatus} />
        <Chart testId="district" title="已认定（备案）载体（按区县）" categories={figures.byDistrict.map((r) => r.district)} series={[{ name: '数量', data: figures.byDistrict.map((r) => r.count) }]} />
        <Chart testId="year" title="已认定（备案）载体（按认定年度）" {...byYear} />
        <Chart testId="grades" title="评价结果（按年度）" {...grades} />
        <Chart testId="funds-programme" title={`经费拨付与上限（按批次，${figures.year}年）`} yuan horizontal categories={figures.fundsByProgramme.map((r) => `${r.programme}·${r.rule}`)} series={capSeries(figures.fundsByProgramme)} />
        <Chart testId="funds-carrier" title={`经费拨付与上限（按载体，${figures.year}年）`} yuan horizontal categories={figures.fundsByCarrier.map((r) => `${r.carrier}·${r.rule}`)} series={capSeries(figures.fundsByCarrier)} />
      </div>
    </section>
  )
}
