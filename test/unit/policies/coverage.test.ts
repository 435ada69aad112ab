import { describe, it, expect } from 'vitest'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { RULE_IDS, DIGEST_RULE_IDS, RULES } from '../../../src/policies'

const digestPath = path.resolve(process.cwd(), '../shared/POLICY-DIGEST.md')
const unitDir = path.resolve(process.cwd(), 'test/unit')

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    return e.isDirectory() ? testFiles(p) : e.name.endsWith('.test.ts') ? [p] : []
  })
}

describe('rule coverage', () => {
  it('has the 44 digest ids', () => {
    expect(DIGEST_RULE_IDS).toHaveLength(44)
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length)
  })

  it.runIf(existsSync(digestPath))('every backticked rule id of POLICY-DIGEST.md is a rule id', () => {
    const text = readFileSync(digestPath, 'utf8')
    const ids = new Set([...text.matchAll(/`([a-z]+\.[a-z0-9.-]+)`/g)].map((m) => m[1]!))
    expect(ids.size).toBeGreaterThanOrEqual(44)
    for (const id of ids) expect(RULE_IDS as readonly string[], id).toContain(id)
    for (const id of DIGEST_RULE_IDS) expect(ids.has(id), id).toBe(true)
  })

  it('every rule id is mentioned in at least one unit test file', () => {
    const text = testFiles(unitDir).filter((f) => !f.endsWith('coverage.test.ts')).map((f) => readFileSync(f, 'utf8')).join('\n')
    const missing = RULE_IDS.filter((id) => !text.includes(`'${id}'`))
    expect(missing).toEqual([])
  })

  it('every rule id appears literally in its policy set source', () => {
    const dir = path.resolve(process.cwd(), 'src/policies/sets')
    const src = readdirSync(dir).map((f) => readFileSync(path.join(dir, f), 'utf8')).join('\n')
    for (const id of RULE_IDS) expect(src.includes(`id: '${id}'`), id).toBe(true)
    for (const id of RULE_IDS) expect(RULES[id].id).toBe(id)
  })
})
