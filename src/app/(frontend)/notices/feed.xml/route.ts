// The notices as an RSS 2.0 feed: the latest 50, running or archived, public fields only.
import { formatDateZh } from '@/lib/labels'
import { baseUrl, getRecentNotices, getSiteSettings } from '@/lib/public-data'

export const revalidate = 60

const xml = (s: string): string => s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] as string)

export async function GET(): Promise<Response> {
  const [notices, site] = await Promise.all([getRecentNotices(), getSiteSettings()])
  const base = baseUrl()
  const items = notices.map((n) => {
    const link = `${base}/carriers/${n.id}`
    const pubDate = n.noticeStartsOn ? new Date(`${n.noticeStartsOn}T00:00:00+08:00`).toUTCString() : ''
    const description = `${n.kind}，牵头单位：${n.lead ?? '—'}；公示期：${formatDateZh(n.noticeStartsOn)}至${formatDateZh(n.noticeEndsOn)}。`
    return `<item><title>${xml(`关于${n.name}的公示`)}</title><link>${xml(link)}</link><guid isPermaLink="false">${xml(`notice-${n.id}-${n.noticeStartsOn ?? ''}`)}</guid>${pubDate ? `<pubDate>${pubDate}</pubDate>` : ''}<description>${xml(description)}</description></item>`
  })
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${xml(`${site.siteTitle} · 公示`)}</title><link>${xml(`${base}/notices`)}</link><description>${xml(`${site.bureauName}创新载体公示`)}</description><language>zh-cn</language>${items.join('')}</channel></rss>\n`
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}
