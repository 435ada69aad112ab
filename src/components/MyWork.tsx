// The home page of an expert ("我的评审": assignments, due dates, where each review stands) and of an
// applicant ("我的申报": each application's status, who holds the file since when, what comes next, deadlines).
// Staff see the officers' dashboard instead.
import type { Payload, TypedUser } from 'payload'
import React from 'react'

import { formatDay } from '../email/format'
import { journeySentence, journeyStep } from '../policies/journey'
import { STATE_LABELS, type State } from '../policies/workflows'
import type { PolicySetId } from '../policies/types'
import { StartReviewButton } from './StartReviewButton'

type Lang = 'zh' | 'en'
const idOf = (v: unknown): number | string | null => (v === null || v === undefined ? null : typeof v === 'object' ? ((v as { id?: number | string }).id ?? null) : (v as number | string))

const box: React.CSSProperties = { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '1rem', marginBottom: '1.5rem' }
const cell: React.CSSProperties = { textAlign: 'left', padding: '0.4rem 0.6rem', borderBottom: '1px solid var(--theme-elevation-100)', verticalAlign: 'top' }

export async function MyWork({ payload, user, i18n }: { payload: Payload; user?: TypedUser | null; i18n?: { language?: string } }) {
  const role = (user as { role?: string } | null | undefined)?.role
  if (!user || (role !== 'expert' && role !== 'applicant')) return null
  const lang: Lang = i18n?.language === 'en' ? 'en' : 'zh'
  return role === 'expert' ? <MyReviews payload={payload} user={user} lang={lang} /> : <MyApplications payload={payload} user={user} lang={lang} />
}

async function MyReviews({ payload, user, lang }: { payload: Payload; user: TypedUser; lang: Lang }) {
  const T = (zh: string, en: string) => (lang === 'zh' ? zh : en)
  const apps = await payload.find({
    collection: 'applications',
    where: { assignedExperts: { contains: user.id } },
    select: { title: true, status: true, lead: true, reviewDueOn: true, policySet: true },
    depth: 1,
    limit: 200,
    sort: 'reviewDueOn',
    overrideAccess: false,
    user,
  })
  const reviews = await payload.find({ collection: 'reviews', where: { expert: { equals: user.id } }, depth: 0, limit: 500, overrideAccess: false, user, select: { application: true, submitted: true, conflictDeclared: true, submittedAt: true } })
  const reviewOf = new Map(reviews.docs.map((r) => [String(idOf(r.application)), r]))
  return (
    <section className="my-work my-reviews" style={box}>
      <h2 style={{ marginTop: 0 }}>{T('我的评审', 'My reviews')}</h2>
      {apps.docs.length === 0 ? (
        <p>{T('目前没有指派给您的评审任务。', 'No reviews are assigned to you.')}</p>
      ) : (
        <table style={{ width: '100%', borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              <th style={cell}>{T('申报', 'Application')}</th>
              <th style={cell}>{T('牵头单位', 'Lead unit')}</th>
              <th style={cell}>{T('截止日期', 'Due')}</th>
              <th style={cell}>{T('我的评审', 'My review')}</th>
              <th style={cell} />
            </tr>
          </thead>
          <tbody>
            {apps.docs.map((a) => {
              const review = reviewOf.get(String(a.id))
              const lead = typeof a.lead === 'object' && a.lead ? (a.lead as { name?: string }).name : null
              const state = !review
                ? T('未开始', 'Not started')
                : review.conflictDeclared
                  ? T('已声明回避', 'Recused')
                  : review.submitted
                    ? `${T('已提交', 'Submitted')} ${formatDay(review.submittedAt, lang)}`
                    : T('草稿（未提交）', 'Draft (not submitted)')
              const open = a.status === 'expert-review'
              return (
                <tr key={a.id} data-review-row={a.id}>
                  <td style={cell}>
                    <a href={`/admin/collections/applications/${a.id}`}>{a.title}</a>
                    <div style={{ color: 'var(--theme-elevation-500)', fontSize: '0.85em' }}>{STATE_LABELS[a.status as State]?.[lang] ?? a.status}</div>
                  </td>
                  <td style={cell}>{lead ?? '—'}</td>
                  <td style={cell}>{formatDay(a.reviewDueOn, lang)}</td>
                  <td style={cell}>{state}</td>
                  <td style={cell}>
                    {review ? (
                      <a className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} href={`/admin/collections/reviews/${review.id}`}>
                        {review.submitted ? T('查看', 'View') : T('继续评审', 'Continue')}
                      </a>
                    ) : open ? (
                      <StartReviewButton application={a.id} />
                    ) : (
                      T('评审未开放', 'Not open for review')
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </section>
  )
}

async function MyApplications({ payload, user, lang }: { payload: Payload; user: TypedUser; lang: Lang }) {
  const T = (zh: string, en: string) => (lang === 'zh' ? zh : en)
  const apps = await payload.find({
    collection: 'applications',
    select: { title: true, status: true, policySet: true, program: true, submittedOn: true, noticeEndsOn: true, updatedAt: true },
    depth: 1,
    limit: 200,
    sort: '-updatedAt',
    overrideAccess: false,
    user,
  })
  const ids = apps.docs.map((a) => a.id)
  const [trail, evaluations] = ids.length
    ? await Promise.all([
        payload.find({ collection: 'audit-log', where: { and: [{ application: { in: ids } }, { action: { equals: 'transition' } }] }, sort: '-at', depth: 0, limit: 1000, overrideAccess: false, user, select: { application: true, at: true } }),
        payload.find({ collection: 'evaluations', where: { and: [{ application: { in: ids } }, { submittedOn: { exists: false } }] }, depth: 0, limit: 200, overrideAccess: false, user, select: { application: true, year: true, dueOn: true, kind: true } }),
      ])
    : [{ docs: [] }, { docs: [] }]
  const since = new Map<string, string>()
  for (const row of trail.docs as { application?: unknown; at: string }[]) {
    const key = String(idOf(row.application))
    if (!since.has(key)) since.set(key, row.at)
  }
  return (
    <section className="my-work my-applications" style={box}>
      <h2 style={{ marginTop: 0 }}>{T('我的申报', 'My applications')}</h2>
      <p>
        <a className="btn btn--style-primary btn--size-small" style={{ margin: 0 }} href="/admin/collections/applications/create">
          {T('新建申报', 'New application')}
        </a>
      </p>
      {apps.docs.length === 0 ? (
        <p>{T('还没有申报。', 'No applications yet.')}</p>
      ) : (
        <table style={{ width: '100%', borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              <th style={cell}>{T('申报', 'Application')}</th>
              <th style={cell}>{T('状态', 'Status')}</th>
              <th style={cell}>{T('办理情况与下一步', 'With whom, and next')}</th>
              <th style={cell}>{T('截止日期', 'Deadlines')}</th>
            </tr>
          </thead>
          <tbody>
            {apps.docs.map((a) => {
              const step = a.policySet ? journeyStep(a.policySet as PolicySetId, a.status as State) : null
              const program = typeof a.program === 'object' && a.program ? (a.program as { title?: string; closesOn?: string }) : null
              const deadlines: string[] = []
              if ((a.status === 'draft' || a.status === 'returned') && program?.closesOn) deadlines.push(`${T('申报截止', 'Applications close')} ${formatDay(program.closesOn, lang)}`)
              if (a.status === 'public-notice' && a.noticeEndsOn) deadlines.push(`${T('公示结束', 'Notice ends')} ${formatDay(a.noticeEndsOn, lang)}`)
              for (const e of evaluations.docs.filter((e) => String(idOf(e.application)) === String(a.id))) {
                deadlines.push(`${e.year}${T('年度自评报告', ' self-evaluation')} ${e.dueOn ? `${T('截止', 'due')} ${formatDay(e.dueOn, lang)}` : T('待提交', 'to file')}`)
              }
              const from = since.get(String(a.id)) ?? a.submittedOn ?? null
              return (
                <tr key={a.id} data-application-row={a.id}>
                  <td style={cell}>
                    <a href={`/admin/collections/applications/${a.id}`}>{a.title}</a>
                    {program?.title && <div style={{ color: 'var(--theme-elevation-500)', fontSize: '0.85em' }}>{program.title}</div>}
                  </td>
                  <td style={cell}>{STATE_LABELS[a.status as State]?.[lang] ?? a.status}</td>
                  <td style={cell}>
                    {step ? journeySentence(step, lang) : '—'}
                    {step?.holder && from ? <div style={{ color: 'var(--theme-elevation-500)', fontSize: '0.85em' }}>{T(`自${formatDay(from, 'zh')}起`, `since ${formatDay(from, 'en')}`)}</div> : null}
                  </td>
                  <td style={cell}>{deadlines.length ? deadlines.map((d) => <div key={d}>{d}</div>) : '—'}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </section>
  )
}
