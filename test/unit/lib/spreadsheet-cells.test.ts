import { describe, expect, it } from 'vitest'

import { neutraliseFormula, visibleColumns } from '../../../src/lib/spreadsheet-cells'

describe('neutraliseFormula', () => {
  it('prefixes text that a spreadsheet would run as a formula', () => {
    for (const s of ['=1+1', '+86', '-2', '@SUM(A1)', '\tx', '\rx']) expect(neutraliseFormula(s)).toBe(`'${s}`)
  })
  it('leaves ordinary text alone', () => {
    for (const s of ['先进高分子材料', '1-2', 'a=b', '', "'quoted"]) expect(neutraliseFormula(s)).toBe(s)
  })
})

describe('visibleColumns', () => {
  it('reads the list URL: a JSON array where "-" hides a column', () => {
    expect(visibleColumns('["title","-program","lead"]')).toEqual(['title', 'lead'])
    expect(visibleColumns('title,status')).toEqual(['title', 'status'])
    expect(visibleColumns(['-title'])).toBeNull()
    expect(visibleColumns(undefined)).toBeNull()
  })
})
