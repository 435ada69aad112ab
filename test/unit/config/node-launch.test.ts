// How Node is started on the project's TypeScript: lexical must resolve to a build without a top-level await
// (scripts/node-args.ts explains the Node 20 failure this avoids), in every launcher the project has.
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { NODE_CONDITIONS, tsNode, withNodeConditions } from '../../../scripts/node-args'

const root = path.resolve(import.meta.dirname, '../../..')
const { NODE_OPTIONS: _inherited, ...envWithoutOptions } = process.env

/** Where Node resolves each specifier, in a child started with these flags and NODE_OPTIONS. */
function resolveInChild(specifiers: string[], flags: string[], nodeOptions?: string): string[] {
  const script = `for (const s of ${JSON.stringify(specifiers)}) console.log(import.meta.resolve(s))`
  const result = spawnSync(process.execPath, [...flags, '--input-type=module', '-e', script], {
    cwd: root,
    env: { ...envWithoutOptions, ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}) },
    encoding: 'utf8',
  })
  expect(result.stderr).toBe('')
  return result.stdout.trim().split('\n')
}

// Every installed lexical package whose Node entry is a wrapper with a top-level await.
const wrapped = ['lexical', ...readdirSync(path.join(root, 'node_modules/@lexical')).map((name) => `@lexical/${name}`)].filter((name) => {
  const manifest = JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as { exports?: Record<string, unknown> }
  return JSON.stringify(manifest.exports?.['.'] ?? '').includes('.node.mjs')
})

describe('lexical resolves without a top-level await', () => {
  it('finds the wrapped packages (the reason for the flag)', () => {
    expect(wrapped.length).toBeGreaterThan(10)
    // Without the condition, Node picks the wrapper.
    expect(resolveInChild(['lexical'], [])[0]).toMatch(/Lexical\.node\.mjs$/)
  })

  it('with tsNode’s flags every wrapped package resolves to its production build', () => {
    const flags = tsNode('unused.ts').slice(0, 1)
    const resolved = resolveInChild(wrapped, flags)
    expect(resolved).toHaveLength(wrapped.length)
    for (const url of resolved) expect(url).toMatch(/\.prod\.mjs$/)
  })

  it('through NODE_OPTIONS as withNodeConditions sets it, for launchers such as the payload CLI', () => {
    const env = withNodeConditions({ NODE_ENV: 'test', NODE_OPTIONS: '--max-old-space-size=2048' })
    expect(env.NODE_OPTIONS).toBe(`${NODE_CONDITIONS} --max-old-space-size=2048`)
    expect(withNodeConditions(env).NODE_OPTIONS).toBe(env.NODE_OPTIONS)
    expect(withNodeConditions({ NODE_ENV: 'test' }).NODE_OPTIONS).toBe(NODE_CONDITIONS)
    expect(resolveInChild(['lexical'], [], env.NODE_OPTIONS)[0]).toMatch(/Lexical\.prod\.mjs$/)
  })
})

describe('package.json scripts', () => {
  const { scripts } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
  const steps = Object.entries(scripts).flatMap(([name, command]) => command.split('&&').map((step) => ({ name, step: step.trim() })))

  it('start Node on TypeScript with the condition', () => {
    const tsSteps = steps.filter(({ step }) => /^node\b.*--import tsx/.test(step))
    expect(tsSteps.map(({ name }) => name)).toEqual(expect.arrayContaining(['start', 'worker', 'bench']))
    for (const { name, step } of tsSteps) expect(step, name).toContain(`node ${NODE_CONDITIONS} --import tsx`)
  })

  it('run the payload CLI and next build with the condition in NODE_OPTIONS', () => {
    const launcherSteps = steps.filter(({ step }) => /(^|\s)(payload|next build)(\s|$)/.test(step) && !step.startsWith('bash '))
    expect(launcherSteps.map(({ name }) => name)).toEqual(expect.arrayContaining(['build', 'generate:types', 'payload']))
    for (const { name, step } of launcherSteps) expect(step, name).toMatch(new RegExp(`^NODE_OPTIONS=${NODE_CONDITIONS} `))
  })
})
