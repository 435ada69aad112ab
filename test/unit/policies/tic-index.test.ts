import { describe, it, expect } from 'vitest'
import { TIC_INDEX, TIC_INDEX_CODES, scoreTicIndex, CONSORTIUM_REVIEW_FORM, panelResult, MIN_REVIEWS, type ExpertReview } from '../../../src/policies'

describe('TIC evaluation index (附件1)', () => {
  it('has 10 first-level and 42 second-level indicators', () => {
    expect(TIC_INDEX).toHaveLength(10)
    expect(TIC_INDEX_CODES).toHaveLength(42)
    expect(new Set(TIC_INDEX_CODES).size).toBe(42)
    expect(TIC_INDEX.map((f) => f.children.length)).toEqual([2, 2, 3, 5, 5, 6, 3, 2, 7, 7])
    expect(TIC_INDEX[3]?.children[1]?.zh).toBe('建立理事会（董事会）制度并开展工作')
    for (const f of TIC_INDEX) for (const c of f.children) {
      expect(c.code.startsWith(`${f.code}.`)).toBe(true)
      expect(c.en.length).toBeGreaterThan(0)
    }
  })

  const all = (v: number) => Object.fromEntries(TIC_INDEX_CODES.map((c) => [c, v]))
  it('scores every first-level indicator and the overall average, rounded down', () => {
    const r = scoreTicIndex(all(80))
    expect(r.ok && r.overall).toBe(80)
    const s = { ...all(80), '1.1': 81 } // 1: (81+80)/2 = 80.5 → 80; overall 800.5/10 → 80
    const r2 = scoreTicIndex(s)
    expect(r2.ok && r2.firstLevel[0]?.score).toBe(80)
    const s3 = { ...all(0), '1.1': 100, '1.2': 100 } // first-level 1 = 100, others 0 → overall 10
    const r3 = scoreTicIndex(s3)
    expect(r3.ok && r3.overall).toBe(10)
    const s4 = { ...all(0), '9.1': 1 } // 9: 1/7 → 0; overall (1/7)/10 → 0
    expect(scoreTicIndex(s4).ok && (scoreTicIndex(s4) as { overall: number }).overall).toBe(0)
  })
  it('lists missing, invalid and unknown codes', () => {
    const s: Record<string, number> = all(70)
    delete s['10.7']
    s['2.1'] = 101
    s['11.1'] = 50
    const r = scoreTicIndex(s)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.missing).toEqual(['10.7'])
      expect(r.invalid).toEqual(['2.1'])
      expect(r.unknown).toEqual(['11.1'])
      expect(r.message.zh).toContain('10.7')
    }
    expect(scoreTicIndex({ ...all(70), '3.1': 70.5 }).ok).toBe(false)
  })
})

describe('consortium review form (ours) and panels', () => {
  const full = (pts: number): Record<string, number> => Object.fromEntries(CONSORTIUM_REVIEW_FORM.map((c) => [c.id, Math.min(pts, c.maxPoints)]))
  it('adds up to 100 points', () => expect(CONSORTIUM_REVIEW_FORM.reduce((s, c) => s + c.maxPoints, 0)).toBe(100))
  it('needs MIN_REVIEWS reviews, excludes conflicts, recommends at ≥ 70', () => {
    const r = (id: string, scores: Record<string, number>, conflict = false): ExpertReview => ({ expertId: id, scores, conflict })
    const good = { 'lead-strength': 18, 'member-complementarity': 14, 'plan-feasibility': 18, 'ip-arrangements': 10, governance: 10 } // 70
    expect(MIN_REVIEWS['wh-consortium-2022']).toBe(3)
    const two = panelResult([r('a', good), r('b', good), r('c', full(100), true)], 'nb-consortium-2021')
    expect(two).toMatchObject({ count: 2, complete: false, recommend: false, excludedForConflict: 1 })
    const three = panelResult([r('a', good), r('b', good), r('c', good)], 'nb-consortium-2021')
    expect(three).toMatchObject({ count: 3, complete: true, averageScore: 70, recommend: true })
    const low = panelResult([r('a', good), r('b', good), r('c', { ...good, governance: 9 })], 'zj-consortium')
    expect(low).toMatchObject({ averageScore: 69, recommend: false })
    const bad = panelResult([r('a', { ...good, governance: 16 })], 'zj-consortium')
    expect(bad.invalid[0]?.problem).toContain('"Governance and operating mechanisms" must be a whole number from 0 to 15 (got 16)')
  })
})
