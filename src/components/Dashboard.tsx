// The admin's dashboard: the to-do of the user's role first (counts linking to filtered lists, how long the oldest
// has waited); applicants and experts then get only their own tiles (the default grid is hidden for them in
// payload.config.ts); staff get carriers by status and kind, funds committed against caps, evaluations due.
import type { Payload, SanitizedPermissions, TypedUser } from 'payload'
import React from 'react'

import { hasRole } from '../access/roles'
import { chinaDay, formatDay } from '../email/format'
import { todayInChina } from '../jobs/calendar'
import { effectivePayments, remainingCap, revisionInForce, ruleTitle, STATE_LABELS, waitedLabel, type Bilingual, type PolicySetId, type RuleId, type State } from '../policies'
import { toRevision, type RevisionDoc } from '../workflow/parameters'
import { figuresFor } from '../workflow/figures'
import { todoFor, type TodoItem } from '../workflow/todo'
import { FiguresCharts } from './FiguresCharts'

const KIND: Record<string, { zh: string; en: string }> = {
  consortium: { zh: '创新联合体', en: 'Consortia' },
  tic: { zh: '技术创新中心', en: 'Technology innovation centres' },
  complex: { zh: '综合体', en: 'Complexes' },
}
const yuan = new Intl.NumberFormat('zh-CN')

/** The collections an applicant or an expert works in, in the order they use them. */
const OWN_TILES: Record<'applicant' | 'expert', string[]> = {
  applicant: ['applications', 'members', 'agreements', 'ip-contracts', 'projects', 'fund-uses', 'tic-figures', 'evaluations', 'notifications'],
  expert: ['applications', 'reviews', 'notifications'],
}

const STYLE = `
.todo-list{display:grid;grid-template-columns:repeat(auto-fill,minmax(15rem,1fr));gap:.75rem;list-style:none;padding:0;margin:0 0 1.5rem}
.todo-item{border:1px solid var(--theme-elevation-150);border-radius:6px;background:var(--theme-elevation-0);padding:.75rem 1rem;display:flex;flex-direction:column;gap:.25rem}
.todo-item a{display:flex;align-items:baseline;gap:.6rem;text-decoration:none;color:var(--theme-text)}
.todo-item a:hover .todo-label{text-decoration:underline}
.todo-count{font-size:1.8rem;font-weight:600;line-height:1;min-width:1.5ch}
.todo-item--late{border-color:#f04438;background:color-mix(in srgb,#f04438 6%,var(--theme-elevation-0))}
.todo-item--late .todo-count{color:#b42318}
.todo-item--empty{opacity:.6}
.todo-waited{font-size:.8rem;color:var(--theme-elevation-600)}
.own-tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(12rem,1fr));gap:.75rem;list-style:none;padding:0;margin:0 0 1.5rem}
.own-tiles a{display:block;border:1px solid var(--theme-elevation-150);border-radius:6px;padding:1rem;text-decoration:none;color:var(--theme-text);font-weight:500}
.own-tiles a:hover{border-color:var(--theme-elevation-400)}
`

function TodoList({ items, lang, today }: { items: TodoItem[]; lang: 'zh' | 'en'; today: string }) {
  return (
    <section className="todo" aria-labelledby="todo-heading">
      <h2 id="todo-heading">{lang === 'zh' ? '待办事项' : 'To do'}</h2>
      <ul className="todo-list">
        {items.map((item) => (
          <li key={item.kind} data-todo={item.kind} className={`todo-item${item.count === 0 ? ' todo-item--empty' : item.late ? ' todo-item--late' : ''}`}>
            <a href={item.href}>
              <span className="todo-count">{item.count}</span>
              <span className="todo-label">{item.label[lang]}</span>
            </a>
            {item.count > 0 && item.since && (
              <span className="todo-waited">
                {waitedLabel(item.waitedDays, lang)}
                {item.waitedDays ? (lang === 'zh' ? `（自${formatDay(item.since, 'zh')}）` : ` (since ${formatDay(item.since, 'en')})`) : ''}
              </span>
            )}
          </li>
        ))}
      </ul>
      <p className="todo-today" style={{ fontSize: '0.8rem', color: 'var(--theme-elevation-500)', marginTop: '-1rem' }}>
        {lang === 'zh' ? `按北京时间 ${formatDay(today, 'zh')} 计算` : `As of ${formatDay(today, 'en')}, China time`}
      </p>
    </section>
  )
}

export async function Dashboard({ payload, user, i18n, permissions }: { payload: Payload; user?: TypedUser | null; i18n?: { language?: string }; permissions?: SanitizedPermissions }) {
  if (!user) return null
  const lang: 'zh' | 'en' = i18n?.language === 'en' ? 'en' : 'zh'
  const todayDay = todayInChina()
  const items = await todoFor(payload, user, todayDay)
  if (hasRole(user, 'applicant', 'expert')) {
    const role = hasRole(user, 'expert') ? 'expert' : 'applicant'
    const tiles = OWN_TILES[role].filter((slug) => permissions?.collections?.[slug]?.read && payload.collections[slug as 'applications'])
    return (
      <div className="carrier-dashboard" style={{ marginBottom: '2rem' }}>
        <style>{STYLE}</style>
        <TodoList items={items} lang={lang} today={todayDay} />
        <h2>{lang === 'zh' ? '我的工作' : 'My work'}</h2>
        <ul className="own-tiles">
          {tiles.map((slug) => {
            const plural = payload.collections[slug as 'applications'].config.labels.plural as { zh?: string; en?: string } | string
            return (
              <li key={slug}>
                <a href={`/admin/collections/${slug}`} data-tile={slug}>
                  {typeof plural === 'string' ? plural : (plural[lang] ?? slug)}
                </a>
              </li>
            )
          })}
        </ul>
      </div>
    )
  }
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
  const capRows: { name: string; ruleId: string; title: Bilingual; limit: number; used: number; remaining: number }[] = []
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
    // The caps of the revision in force today, and the titles stating its figures.
    const revisions = await payload.find({ collection: 'policy-revisions', where: { status: { equals: 'published' } }, sort: 'publishedAt', depth: 0, pagination: false, overrideAccess: true })
    const published = revisions.docs.map((d) => toRevision(d as unknown as RevisionDoc))
    for (const a of funded) {
      const set = a.policySet as PolicySetId
      const revision = revisionInForce(set, today, published)
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
      }, revision.values)
      for (const c of caps) capRows.push({ name: a.officialName ?? a.title, title: ruleTitle(c.ruleId as RuleId, set, revision.values, revision.label), ...c })
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

  const cell: React.CSSProperties = { padding: '4px 10px', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'left' }
  return (
    <div className="carrier-dashboard" style={{ marginBottom: '2rem' }}>
      <style>{STYLE}</style>
      <TodoList items={items} lang={lang} today={todayDay} />
      <FiguresCharts figures={await figuresFor(payload, user, todayDay)} />
      <h2>{lang === 'zh' ? '载体概况' : 'Carriers at a glance'}</h2>
      {/* Nothing in this office's remit yet: say so, rather than draw a table of one header. */}
      {statuses.length === 0 && <p data-glance-empty style={{ marginBottom: '1.5rem' }}>{lang === 'zh' ? '暂无' : 'None yet'}</p>}
      {statuses.length > 0 && (
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
      )}

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
                  <td style={cell}>{r.title[lang]}</td>
                  <td style={cell}>{yuan.format(r.limit)}</td>
                  <td style={cell}>{yuan.format(r.used)}</td>
                  <td style={{ ...cell, color: r.remaining < 0 ? '#b42318' : undefined }}>{yuan.format(r.remaining)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
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
