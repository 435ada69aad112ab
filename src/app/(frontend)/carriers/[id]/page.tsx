// One carrier's public record. Cached per carrier (rendered at its first visit, not at build) and expired when
// the carrier, its units or its programme change.
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { chinaToday, formatDateZh } from '@/lib/labels'
import { getCarrier, getProgramInfo } from '@/lib/public-data'
import { carrierDocumentNumber, NOTICE_STATES, noticePhase } from '@/lib/public-records'

import { Breadcrumbs } from '../../_components/Breadcrumbs'
import { NoticeState } from '../../_components/NoticeState'
import { ObjectionContact } from '../../_components/ObjectionContact'

export const revalidate = 60
export const dynamicParams = true
export const generateStaticParams = async (): Promise<{ id: string }[]> => []

type Props = { params: Promise<{ id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params
  const carrier = await getCarrier(id)
  if (!carrier) return { title: '未找到' }
  return {
    title: carrier.name,
    description: [carrier.kind, carrier.lead && `牵头单位：${carrier.lead}`, carrier.summary].filter(Boolean).join('。'),
    alternates: { canonical: `/carriers/${carrier.id}` },
  }
}

export default async function CarrierPage({ params }: Props) {
  const { id } = await params
  const carrier = await getCarrier(id)
  if (!carrier) notFound()
  const program = carrier.programId !== null ? await getProgramInfo(String(carrier.programId)) : null
  const today = chinaToday()
  const underNotice = (NOTICE_STATES as readonly string[]).includes(carrier.state)
  const phase = underNotice ? noticePhase(carrier.state, carrier.noticeEndsOn, today) : null
  // This carrier's own 文号, issued with its notice and its decision (not the programme's fixed one).
  const noticeNumber = carrierDocumentNumber('notice', carrier.issuedNumbers, program)
  const decisionNumber = carrierDocumentNumber('decision', carrier.issuedNumbers, program)
  return (
    <article className="carrier">
      <Breadcrumbs items={underNotice ? [{ href: '/', label: '首页' }, { href: '/notices', label: '公示' }, { label: carrier.name }] : [{ href: '/', label: '首页' }, { label: carrier.name }]} />
      <h1>{carrier.name}</h1>
      {carrier.officialNameEn && <p className="name-en" lang="en">{carrier.officialNameEn}</p>}
      <p className="status-line">
        {underNotice ? (
          <NoticeState status={carrier.state} endsOn={carrier.noticeEndsOn} today={today} />
        ) : (
          <span className={`tag ${carrier.endedOn || carrier.state === 'delisted' || carrier.state === 'cancelled' ? 'tag-ended' : 'tag-standing'}`}>{carrier.status}</span>
        )}
        {carrier.endedOn && <span className="status-date">（{formatDateZh(carrier.endedOn)}）</span>}
      </p>

      {underNotice && (
        <section className="notice-box" aria-labelledby="notice-title">
          <h2 id="notice-title">{phase === 'ended' ? '公示期已满' : '正在公示'}</h2>
          <p>
            拟{carrier.verb}为{carrier.kind}，公示期：{formatDateZh(carrier.noticeStartsOn)}至{formatDateZh(carrier.noticeEndsOn)}。
            {phase === 'ended' && '公示期已届满，待主管部门审定。'}
            {phase === 'objection' && '公示期间收到异议，正在处理。'}
          </p>
          {program && (program.issuingOffice || noticeNumber) && (
            <p className="muted">发布单位：{program.issuingOffice ?? '—'}{noticeNumber ? `　文号：${noticeNumber}` : ''}</p>
          )}
          {program && phase !== 'ended' && <ObjectionContact program={program} />}
        </section>
      )}

      <dl className="facts">
        <dt>类型</dt><dd>{carrier.kind}</dd>
        <dt>牵头（依托）单位</dt><dd>{carrier.lead ?? '—'}</dd>
        {carrier.members.length > 0 && (
          <>
            <dt>成员单位</dt>
            <dd>
              <ul className="members">
                {carrier.members.map((m, i) => <li key={`${i}-${m.name}`}>{m.name}<span className="muted">（{m.role}）</span></li>)}
              </ul>
            </dd>
          </>
        )}
        {carrier.field && (<><dt>技术领域</dt><dd>{carrier.field}</dd></>)}
        {carrier.district && (<><dt>属地</dt><dd>{carrier.district}</dd></>)}
        <dt>依据政策</dt><dd>{carrier.policySetDocument ?? carrier.policySet}</dd>
        {!underNotice && (
          <>
            <dt>{carrier.verb}日期</dt><dd>{formatDateZh(carrier.recognizedOn)}</dd>
            {decisionNumber && (<><dt>{carrier.verb}文号</dt><dd data-document-number="decision">{decisionNumber}</dd></>)}
          </>
        )}
        {carrier.noticeStartsOn && !underNotice && (<><dt>公示期</dt><dd>{formatDateZh(carrier.noticeStartsOn)}至{formatDateZh(carrier.noticeEndsOn)}</dd></>)}
      </dl>

      {carrier.summary && (
        <section aria-labelledby="summary-title">
          <h2 id="summary-title">简介</h2>
          <p className="summary">{carrier.summary}</p>
        </section>
      )}

      {carrier.history.length > 0 && (
        <section aria-labelledby="history-title">
          <h2 id="history-title">公示与认定记录</h2>
          <ol className="history">
            {carrier.history.map((e, i) => (
              <li key={`${i}-${e.on}`}><time dateTime={e.on}>{formatDateZh(e.on)}</time> {e.text}</li>
            ))}
          </ol>
        </section>
      )}

      <p className="back"><a href={underNotice ? '/notices' : '/'}>{underNotice ? '返回公示' : '返回名单'}</a></p>
    </article>
  )
}
