// How this project starts Node on its TypeScript entry points, and what its child processes inherit.
//
// Why `--conditions=production`: for Node, each lexical package (`lexical`, `@lexical/*`, loaded with Payload's
// rich-text editor) resolves to a wrapper, `*.node.mjs`, whose top-level `await import()` picks the development
// or production build. On Node 20 the graph of those wrappers now and then never settles: a script then exits with
// 13 ("unsettled top-level await"), and a launcher without a top-level await of its own (the `payload` CLI) exits
// 0 having done nothing. Measured here: 2 to 7 of every 12 loads. The `production` condition resolves lexical
// straight to its production build, which has no top-level await; no other package here has that condition.
export const NODE_CONDITIONS = '--conditions=production'

/** Arguments for `node` to run a TypeScript file: `spawn(process.execPath, tsNode('scripts/worker.ts'))`. */
export const tsNode = (entry: string, ...args: string[]): string[] => [NODE_CONDITIONS, '--import', 'tsx', entry, ...args]

/** The environment for a child that starts Node through another launcher (`next`, the `payload` CLI). */
export function withNodeConditions(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const options = env.NODE_OPTIONS ?? ''
  return options.split(/\s+/).includes(NODE_CONDITIONS) ? env : { ...env, NODE_OPTIONS: `${NODE_CONDITIONS} ${options}`.trim() }
}
