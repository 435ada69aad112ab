import type { Metadata } from 'next'

import { getNoticeArchive } from '@/lib/public-data'

import { ArchiveView } from './ArchiveView'

export const revalidate = 60

export const metadata: Metadata = { title: '往期公示', alternates: { canonical: '/notices/archive' } }

export default async function NoticeArchivePage() {
  return <ArchiveView result={await getNoticeArchive(1)} />
}
