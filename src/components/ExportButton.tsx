'use client'
// "导出 Excel" above an admin list: downloads what the list shows — its filters, search and visible columns.
import { useListQuery, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { appendNested } from '../lib/query-string'

export function exportHref(slug: string, query: { where?: unknown; search?: unknown; columns?: unknown } | undefined): string {
  const params = new URLSearchParams()
  if (query?.where) appendNested(params, 'where', query.where)
  if (typeof query?.search === 'string' && query.search) params.set('search', query.search)
  if (Array.isArray(query?.columns) && query.columns.length > 0) params.set('columns', JSON.stringify(query.columns))
  const search = params.toString()
  return `/api/${slug}/export/xlsx${search ? `?${search}` : ''}`
}

export function ExportButton({ slug }: { slug: string }) {
  const { query } = useListQuery()
  const { i18n } = useTranslation()
  const zh = i18n.language !== 'en'
  return (
    <div className="list-export" style={{ display: 'flex', justifyContent: 'flex-end', margin: '0 0 0.75rem' }}>
      <a className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} href={exportHref(slug, query)} data-export={slug} download>
        {zh ? '导出 Excel（当前筛选与列）' : 'Export to Excel (current filters and columns)'}
      </a>
    </div>
  )
}
