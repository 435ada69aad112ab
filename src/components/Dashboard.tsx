// The admin's dashboard: carriers by status and kind, funds committed against caps, evaluations due.
import type { Payload, TypedUser } from 'payload'
import React from 'react'

import { chinaDay, formatDay } from '../email/format'
import { todayInChina } from '../jobs/calendar'
import { effectivePayments, remainingCap, STATE_LABELS, type PolicySetId, type State } from '../policies'
import { noticesAwaitingDecision } from '../workflow/notice'

const KIND: Record<string, { zh: string; en: string }> = {
  consortium: { zh: '创新联合体', en: 'Consortia' },
  tic: { zh: '技术创新中心', en: 'Technology innovation centres' },
  complex: { zh: '综合体', en: 'Complexes' },
}
const yuan = new Intl.NumberFormat('zh-CN')

export async function Dashboard({ payload, user, i18n }: { payload: Payload; user?: TypedUser | null; i18n?: { language?: string } }) {
  if (!user) return null
  const lang: 'zh' | 'en' = i18n?.language === 'en' ? 'en' : 'zh'
  const applications = await payload.find({
    collection: 'applications',
    select: { title: true, status: true, carrierKind: true, policySet: true, recognizedOn: true, capabilityInvestments: true, complex: true, officialName: true },
    depth: 0,
    limit: 2000,
    overrideAccess: false,
    user,
  })
  const counts = new Map<string, number>()
  for (const a of applications.docs) {
    const key = `${a.carrierKind ?? '—'}|${a.status}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const statuses = [...new Set(applications.docs.map((a) => a.status))]
  const kinds = [...new Set(applications.docs.map((a) => a.carrierKind ?? '—'))]

  // Funds committed vs cap, for the carriers that have fiscal caps.
  const funded = applications.docs.filter((a) => (a.policySet === 'nb-tic-2022' || a.policySet === 'cx-complex') && a.recognizedOn)
  const today = todayInChina()
  const year = Number(today.slice(0, 4))
  const capRows: { name: string; ruleId: string; limit: number; used: number; remaining: number }[] = []
  if (funded.length > 0) {
    const paid = await payload.find({
      collection: 'disbursements',
      where: { application: { in: funded.map((a) => a.id) } },
      select: { application: true, amount: true, year: true, basis: true, installment: true, project: true, reverses: true },
      depth: 0,
      pagination: false,
      overrideAccess: false,
      user,
    })
    for (const a of funded) {
      // Committed = the payments that stand (reversals net out).
      const prior = effectivePayments(
        paid.docs
          .filter((d) => d.application === a.id)
          .map((d) => ({ id: String(d.id), amount: d.amount, year: d.year, basis: d.basis, installment: d.installment ?? undefined, reverses: d.reverses ? String(typeof d.reverses === 'object' ? d.reverses.id : d.reverses) : null })),
      )
      const caps = remainingCap({
        policySet: a.policySet as PolicySetId,
        basis: a.policySet === 'nb-tic-2022' ? 'capability-investment' : 'complex-subsidy',
        year,
        approvedOn: chinaDay(a.recognizedOn) ?? undefined,
        capabilityInvestmentThisYear: a.capabilityInvestments?.find((c) => c.year === year)?.amount,
        complex: a.complex?.level && a.complex?.class ? { level: a.complex.level, class: a.complex.class } : undefined,
        prior,
      })
      for (const c of caps) capRows.push({ name: a.officialName ?? a.title, ...c })
    }
  }

  const due = await payload.find({
    collection: 'evaluations',
    where: { and: [{ grade: { exists: false } }, { submittedOn: { exists: false } }] },
    select: { application: true, year: true, dueOn: true, overdue: true },
    depth: 1,
    limit: 20,
    sort: 'dueOn',
    overrideAccess: false,
    user,
  })

  const awaiting = await noticesAwaitingDecision(payload, user, today)

  const cell: React.CSSProperties = { padding: '4px 10px', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'left' }
  return (
    <div className="carrier-dashboard" style={{ marginBottom: '2rem' }}>
      <h2>{lang === 'zh' ? '载体概况' : 'Carriers at a glance'}</h2>
      <table style={{ borderCollapse: 'collapse', marginBottom: '1.5rem' }}>
        <thead>
          <tr>
            <th style={cell}>{lang === 'zh' ? '状态' : 'Status'}</th>
            {kinds.map((k) => (
              <th key={k} style={cell}>
                {KIND[k]?.[lang] ?? k}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {statuses.map((s) => (
            <tr key={s}>
              <td style={cell}>{STATE_LABELS[s as State]?.[lang] ?? s}</td>
              {kinds.map((k) => (
                <td key={k} style={cell}>
                  {counts.get(`${k}|${s}`) ?? 0}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>

      {capRows.length > 0 && (
        <>
          <h3>{lang === 'zh' ? `经费拨付与上限（${year}年）` : `Funds committed vs cap (${year})`}</h3>
          <table style={{ borderCollapse: 'collapse', marginBottom: '1.5rem' }}>
            <thead>
              <tr>
                <th style={cell}>{lang === 'zh' ? '载体' : 'Carrier'}</th>
                <th style={cell}>{lang === 'zh' ? '条款' : 'Rule'}</th>
                <th style={cell}>{lang === 'zh' ? '上限（元）' : 'Cap (yuan)'}</th>
                <th style={cell}>{lang === 'zh' ? '已拨付（元）' : 'Committed (yuan)'}</th>
                <th style={cell}>{lang === 'zh' ? '余额（元）' : 'Remaining (yuan)'}</th>
              </tr>
            </thead>
            <tbody>
              {capRows.map((r) => (
                <tr key={`${r.name}-${r.ruleId}`}>
                  <td style={cell}>{r.name}</td>
                  <td style={cell}>
                    <code>{r.ruleId}</code>
                  </td>
                  <td style={cell}>{yuan.format(r.limit)}</td>
                  <td style={cell}>{yuan.format(r.used)}</td>
                  <td style={{ ...cell, color: r.remaining < 0 ? '#b42318' : undefined }}>{yuan.format(r.remaining)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      <h3>{lang === 'zh' ? '公示期满待审定' : 'Notices ended, awaiting a decision'}</h3>
      {awaiting.length === 0 ? (
        <p>{lang === 'zh' ? '暂无' : 'None'}</p>
      ) : (
        <ul className="notices-awaiting-decision">
          {awaiting.map((n) => (
            <li key={n.id}>
              <a href={`/admin/collections/applications/${n.id}`}>{n.title}</a> · {lang === 'zh' ? '公示期' : 'notice'} {formatDay(n.noticeStartsOn, lang)} – {formatDay(n.noticeEndsOn, lang)} ·{' '}
              {lang === 'zh' ? '已期满' : 'ended'}
            </li>
          ))}
        </ul>
      )}

      <h3>{lang === 'zh' ? '待提交的评价' : 'Evaluations due'}</h3>
      {due.docs.length === 0 ? (
        <p>{lang === 'zh' ? '暂无' : 'None'}</p>
      ) : (
        <ul>
          {due.docs.map((e) => {
            const app = e.application as { title?: string; officialName?: string | null } | number
            const name = typeof app === 'object' ? (app.officialName ?? app.title) : `#${app}`
            return (
              <li key={e.id} style={{ color: e.overdue ? '#b42318' : undefined }}>
                {name} · {e.year} · {lang === 'zh' ? '截止' : 'due'} {formatDay(e.dueOn, lang)}
                {e.overdue ? (lang === 'zh' ? '（已逾期）' : ' (overdue)') : ''}
              </li>
            )
          })}
        </ul>
      )}
      <p>
        <a href="/api/applications/export/xlsx">{lang === 'zh' ? '导出申报清单（Excel）' : 'Export applications (Excel)'}</a>
      </p>
    </div>
  )
}
