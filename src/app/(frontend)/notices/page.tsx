// The notice board: every running notice by programme, with its issuer, number, period, days left (China's
// date) and where to object; a notice whose period is over shows 期满 until the bureau decides.
import type { Metadata } from 'next'

import { chinaToday, formatDateZh } from '@/lib/labels'
import { getOpenNotices } from '@/lib/public-data'

import { NoticeState } from '../_components/NoticeState'
import { ObjectionContact } from '../_components/ObjectionContact'

export const revalidate = 60

export const metadata: Metadata = { title: '公示', description: '正在公示的拟认定（备案）创新载体，以及异议受理方式', alternates: { canonical: '/notices' } }

export default async function NoticesPage() {
  const groups = await getOpenNotices()
  const today = chinaToday()
  return (
    <>
      <h1>公示</h1>
      <p className="lead-text">以下为拟认定（备案）的创新载体。公示期内，任何单位或个人如有异议，可按各批次所列方式书面反映。今天是{formatDateZh(today)}。</p>
      {groups.length === 0 && <p className="empty-state">当前没有正在进行的公示。</p>}
      {groups.map(({ program, notices }) => (
        <section key={String(program.id)} className="notice-group" aria-labelledby={`program-${program.id}`}>
          <h2 id={`program-${program.id}`}>{program.title ? `${program.title}公示` : '公示'}</h2>
          <p className="notice-meta">
            {program.issuingOffice && <span>发布单位：{program.issuingOffice}</span>}
            {program.noticeDocumentNumber && <span>文号：{program.noticeDocumentNumber}</span>}
          </p>
          <table className="list">
            <caption className="visually-hidden">公示对象</caption>
            <thead>
              <tr><th scope="col">拟认定（备案）名称</th><th scope="col">类型</th><th scope="col">牵头单位</th><th scope="col">公示期</th><th scope="col">状态</th></tr>
            </thead>
            <tbody>
              {notices.map((n) => (
                <tr key={n.id} id={`notice-${n.id}`}>
                  <td data-label="名称"><a href={`/carriers/${n.id}`}>{n.name}</a></td>
                  <td data-label="类型">{n.kind}</td>
                  <td data-label="牵头单位">{n.lead ?? '—'}</td>
                  <td data-label="公示期">{formatDateZh(n.noticeStartsOn)}至{formatDateZh(n.noticeEndsOn)}</td>
                  <td data-label="状态"><NoticeState status={n.status} endsOn={n.noticeEndsOn} today={today} /></td>
                </tr>
              ))}
            </tbody>
          </table>
          <ObjectionContact program={program} />
        </section>
      ))}
      <p className="more"><a href="/notices/archive">往期公示</a> · <a href="/notices/feed.xml">订阅公示（RSS）</a></p>
    </>
  )
}
