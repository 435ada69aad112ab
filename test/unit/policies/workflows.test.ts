import { describe, it, expect } from 'vitest'
import {
  WORKFLOWS, availableTransitions, findTransition, checkTransition, noticeEndsOn, DEFAULT_NOTICE_WORKING_DAYS, addWorkingDays,
  POLICY_SET_IDS, RULE_IDS, GUARD_IDS, type GuardContext, type PolicySetId, type Role, type State,
} from '../../../src/policies'

const peers = (n: number) => Array.from({ length: n }, () => ({ title: 'senior' as const, disciplineMatch: 'same' as const }))

/** Walks a path of [name, role, ctx] steps; every step must be allowed. Returns the final state. */
function walk(ps: PolicySetId, steps: [string, Role, GuardContext?][]): State {
  let s = WORKFLOWS[ps].initial
  for (const [name, role, ctx] of steps) {
    const r = checkTransition(ps, s, name, role, { today: '2024-05-06', ...ctx })
    if (!r.ok) throw new Error(`${ps}: ${s} --${name}--> refused: ${r.violations.map((v) => v.message.en).join('; ')}`)
    s = r.to
  }
  return s
}

describe('workflows are well-formed', () => {
  it.each(POLICY_SET_IDS)('%s: states, transitions and guards exist', (ps) => {
    const wf = WORKFLOWS[ps]
    const ids = new Set(wf.states.map((s) => s.id))
    expect(ids.has(wf.initial)).toBe(true)
    for (const t of wf.transitions) {
      for (const f of t.from) expect(ids.has(f), `${t.name} from ${f}`).toBe(true)
      expect(ids.has(t.to), `${t.name} to ${t.to}`).toBe(true)
      if (t.branch) expect(ids.has(t.branch.to)).toBe(true)
      for (const g of [...t.guards, ...(t.branch?.guards ?? [])]) expect([...RULE_IDS, ...GUARD_IDS] as string[]).toContain(g)
      expect(t.label.zh.length && t.label.en.length).toBeTruthy()
    }
    // each (state, name) pair is unique
    const pairs = wf.transitions.flatMap((t) => t.from.map((f) => `${f}/${t.name}`))
    expect(new Set(pairs).size).toBe(pairs.length)
  })
})

describe('nb-consortium-2021 四（一）', () => {
  it('district recommends → city expert review → leading-group office approves', () => {
    expect(walk('nb-consortium-2021', [
      ['submit', 'applicant'], ['recommend', 'district-officer'], ['open-expert-review', 'city-officer'],
      ['conclude-review', 'city-officer', { reviewsComplete: 3 }], ['refer-for-approval', 'city-officer'], ['approve', 'city-officer'],
    ])).toBe('recognized')
  })
  it('the city cannot recommend for the district, the applicant cannot approve', () => {
    const r = checkTransition('nb-consortium-2021', 'district-review', 'recommend', 'city-officer', {})
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.violations[0]?.ruleId).toBe('guard.role')
    expect(availableTransitions('nb-consortium-2021', 'district-review', 'district-officer').map((t) => t.name).sort()).toEqual(['recommend', 'return'])
  })
  it('conclude-review needs the reviews; return needs a reason', () => {
    const r = checkTransition('nb-consortium-2021', 'expert-review', 'conclude-review', 'city-officer', { reviewsComplete: 2 })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.violations[0]).toMatchObject({ ruleId: 'guard.reviews-complete', limit: 3, actual: 2 })
    expect(checkTransition('nb-consortium-2021', 'district-review', 'return', 'district-officer', {}).ok).toBe(false)
    expect(checkTransition('nb-consortium-2021', 'district-review', 'return', 'district-officer', { reason: '材料不全' })).toMatchObject({ ok: true, to: 'returned' })
    expect(checkTransition('nb-consortium-2021', 'returned', 'resubmit', 'applicant', { today: '2024-05-06' })).toMatchObject({ ok: true, to: 'district-review' })
  })
  it('blocking checklist items stop the approval', () => {
    const r = checkTransition('nb-consortium-2021', 'government-decision', 'approve', 'city-officer', { checklistBlocking: 2 })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.violations[0]?.ruleId).toBe('guard.checklist-passes')
  })
  it('unknown transitions are refused with a message', () => {
    const r = checkTransition('nb-consortium-2021', 'draft', 'approve', 'city-officer', {})
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.violations[0]?.ruleId).toBe('guard.valid-transition')
    expect(findTransition('nb-consortium-2021', 'draft', 'submit')?.to).toBe('district-review')
  })
})

describe('nb-tic-2022 三', () => {
  const toNotice: [string, Role, GuardContext?][] = [
    ['submit', 'applicant'], ['open-expert-review', 'city-officer'], ['conclude-review', 'city-officer', { reviewsComplete: 3 }],
    ['refer-to-government', 'city-officer'], ['start-public-notice', 'city-officer'],
  ]
  it('expert review → government executive meeting → public notice → launched', () => {
    expect(walk('nb-tic-2022', toNotice)).toBe('public-notice')
    expect(walk('nb-tic-2022', [...toNotice, ['approve', 'city-officer', { noticeEndedOn: '2024-05-10', today: '2024-05-11' }]])).toBe('in-construction')
  })
  it('not before the notice has ended, not with an open objection', () => {
    const during = checkTransition('nb-tic-2022', 'public-notice', 'approve', 'city-officer', { noticeEndedOn: '2024-05-10', today: '2024-05-10' })
    expect(during.ok).toBe(false)
    if (!during.ok) expect(during.violations[0]?.ruleId).toBe('guard.notice-ended-without-objection')
    expect(checkTransition('nb-tic-2022', 'public-notice', 'approve', 'city-officer', { noticeEndedOn: '2024-05-10', today: '2024-05-13', objectionsOpen: 1 }).ok).toBe(false)
    expect(checkTransition('nb-tic-2022', 'objection', 'resolve-objection', 'city-officer', { objectionsOpen: 1, reason: 'x' }).ok).toBe(false)
    expect(checkTransition('nb-tic-2022', 'objection', 'resolve-objection', 'city-officer', { objectionsOpen: 0, reason: '经核实异议不成立' })).toMatchObject({ ok: true, to: 'public-notice' })
  })
  it('delisting needs two consecutive failed evaluations (tic.eval.two-fails-delist)', () => {
    const ctx = (grades: ('fail' | 'good')[]) => ({ reason: '绩效评价不合格', evaluations: grades.map((g, i) => ({ year: 2024 + i, grade: g, kind: 'annual' as const })) })
    const no = checkTransition('nb-tic-2022', 'under-evaluation', 'delist', 'city-officer', ctx(['fail', 'good', 'fail']))
    expect(no.ok).toBe(false)
    if (!no.ok) expect(no.violations[0]?.ruleId).toBe('tic.eval.two-fails-delist')
    expect(checkTransition('nb-tic-2022', 'under-evaluation', 'delist', 'city-officer', ctx(['good', 'fail', 'fail']))).toMatchObject({ ok: true, to: 'delisted' })
    expect(checkTransition('nb-tic-2022', 'under-evaluation', 'cancel', 'city-officer', { reason: '验收未通过', evaluations: [{ year: 2028, grade: 'fail', kind: 'final-acceptance' }] })).toMatchObject({ ok: true, to: 'cancelled' })
  })
})

describe('wh-consortium-2022 四', () => {
  it('district initial review with ≥3 peer experts → formal check → expert evaluation → notice → filed', () => {
    expect(walk('wh-consortium-2022', [
      ['submit', 'applicant', { today: '2025-06-28' }], ['recommend', 'district-officer', { peerExperts: peers(3) }], ['pass-formal-check', 'city-officer'],
      ['conclude-review', 'city-officer', { reviewsComplete: 3 }], ['start-public-notice', 'city-officer'],
      ['file', 'city-officer', { noticeEndedOn: '2025-07-04', today: '2025-07-07' }],
    ])).toBe('filed')
  })
  it('refuses submission after 2025-06-28', () => {
    const r = checkTransition('wh-consortium-2022', 'draft', 'submit', 'applicant', { today: '2025-06-29' })
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.violations[0]?.ruleId).toBe('guard.policy-in-force')
      expect(r.violations[0]?.message.zh).toContain('2025-06-28')
    }
    expect(checkTransition('wh-consortium-2022', 'draft', 'submit', 'applicant', { today: '2025-06-28' }).ok).toBe(true)
    // the submission date, not the day of the action, decides
    expect(checkTransition('wh-consortium-2022', 'draft', 'submit', 'applicant', { today: '2025-07-01', submittedOn: '2025-06-28' }).ok).toBe(true)
  })
  it('recommendation needs three qualified peer experts', () => {
    const r = checkTransition('wh-consortium-2022', 'district-review', 'recommend', 'district-officer', { peerExperts: [...peers(2), { title: 'intermediate', disciplineMatch: 'same' }] })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.violations[0]).toMatchObject({ ruleId: 'wh.review.peer-experts-min-3', limit: 3, actual: 2 })
  })
  it('a new-type R&D institution goes straight to the city with its peer opinions', () => {
    expect(checkTransition('wh-consortium-2022', 'draft', 'submit', 'applicant', { today: '2024-01-02', isNewTypeRnd: true, peerExperts: peers(3) })).toMatchObject({ ok: true, to: 'formal-check' })
    expect(checkTransition('wh-consortium-2022', 'draft', 'submit', 'applicant', { today: '2024-01-02', isNewTypeRnd: true, peerExperts: peers(2) }).ok).toBe(false)
    expect(checkTransition('wh-consortium-2022', 'draft', 'submit', 'applicant', { today: '2024-01-02' })).toMatchObject({ ok: true, to: 'district-review' })
  })
})

describe('zj-consortium 四', () => {
  it('city-recommended route', () => {
    expect(walk('zj-consortium', [
      ['submit', 'applicant'], ['recommend', 'district-officer'], ['open-expert-review', 'city-officer'],
      ['conclude-review', 'city-officer', { reviewsComplete: 3 }], ['approve', 'city-officer', { pledgeSigned: true }],
    ])).toBe('recognized')
  })
  it('targeted route skips the city review; listing needs the pledge', () => {
    expect(checkTransition('zj-consortium', 'draft', 'submit', 'applicant', { today: '2024-01-02', targeted: true })).toMatchObject({ ok: true, to: 'submitted' })
    const r = checkTransition('zj-consortium', 'reviewed', 'approve', 'city-officer', {})
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.violations[0]?.ruleId).toBe('guard.pledge-signed')
  })
  it('termination only after a poor evaluation', () => {
    expect(checkTransition('zj-consortium', 'under-evaluation', 'terminate', 'city-officer', { reason: 'x', evaluations: [{ year: 2024, grade: 'fair', kind: 'annual' }] }).ok).toBe(false)
    expect(checkTransition('zj-consortium', 'under-evaluation', 'terminate', 'city-officer', { reason: '评价较差', evaluations: [{ year: 2024, grade: 'fail', kind: 'annual' }] })).toMatchObject({ ok: true, to: 'cancelled' })
  })
})

describe('cx-complex 第八条/第十条', () => {
  it('complex: town/park applies → review → recognised; delisted after a failed assessment', () => {
    expect(walk('cx-complex', [
      ['submit', 'applicant', { carrierKind: 'complex' }], ['open-expert-review', 'city-officer'],
      ['conclude-review', 'city-officer', { reviewsComplete: 3 }], ['approve', 'city-officer'], ['start-evaluation', 'city-officer'],
      ['delist', 'city-officer', { reason: '考核不合格', evaluations: [{ year: 2024, grade: 'fail', kind: 'annual' }] }],
    ])).toBe('delisted')
  })
  it('a consortium needs the consent of the relying unit and the construction unit', () => {
    const r = checkTransition('cx-complex', 'draft', 'submit', 'applicant', { today: '2024-01-02', carrierKind: 'consortium', complexConsent: { relyingUnit: true, constructionUnit: false } })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.violations[0]?.message.zh).toContain('建设单位')
    expect(checkTransition('cx-complex', 'draft', 'submit', 'applicant', { today: '2024-01-02', carrierKind: 'consortium', complexConsent: { relyingUnit: true, constructionUnit: true } }).ok).toBe(true)
  })
  it('a good third-party evaluation does not allow delisting', () => {
    expect(checkTransition('cx-complex', 'under-evaluation', 'delist', 'city-officer', { reason: 'x', evaluations: [{ year: 2024, grade: 'good', kind: 'third-party-3y' }] }).ok).toBe(false)
    expect(checkTransition('cx-complex', 'under-evaluation', 'delist', 'city-officer', { reason: 'x', evaluations: [{ year: 2024, grade: 'fair', kind: 'third-party-3y' }] }).ok).toBe(true)
  })
})

describe('notice period', () => {
  it('defaults to 5 working days, start day included', () => {
    expect(DEFAULT_NOTICE_WORKING_DAYS).toBe(5)
    expect(noticeEndsOn('2024-05-06')).toBe('2024-05-10') // Mon → Fri
    expect(noticeEndsOn('2024-05-08')).toBe('2024-05-14') // Wed → Tue
    expect(noticeEndsOn('2024-05-04')).toBe('2024-05-10') // Saturday start → Mon..Fri
    expect(addWorkingDays('2024-05-10', 1)).toBe('2024-05-13')
  })
})
