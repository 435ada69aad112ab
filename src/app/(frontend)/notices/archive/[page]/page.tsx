// Later pages of the archive, each cached like the first (/notices/archive/2, …).
import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'

import { getNoticeArchive } from '@/lib/public-data'

import { ArchiveView } from '../ArchiveView'

export const revalidate = 60
export const dynamicParams = true
export const generateStaticParams = async (): Promise<{ page: string }[]> => []

type Props = { params: Promise<{ page: string }> }

const pageNumber = (raw: string): number | null => (/^[1-9]\d{0,4}$/.test(raw) ? Number(raw) : null)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = pageNumber((await params).page)
  return { title: `往期公示（第 ${page ?? 1} 页）`, alternates: { canonical: page && page > 1 ? `/notices/archive/${page}` : '/notices/archive' } }
}

export default async function NoticeArchiveNumberedPage({ params }: Props) {
  const page = pageNumber((await params).page)
  if (page === null) notFound()
  if (page === 1) redirect('/notices/archive')
  const result = await getNoticeArchive(page)
  if (page > result.totalPages) notFound()
  return <ArchiveView result={result} />
}
