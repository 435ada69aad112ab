// Runs a command again when it exits with 13, Node's "unsettled top-level await": on Node 20, loading
// @payloadcms/richtext-lexical's ESM graph now and then never settles (payloadcms/payload#9378).
// Usage: node scripts/retry-unsettled.mjs <command> [args…]
import { spawnSync } from 'node:child_process'

const [command, ...args] = process.argv.slice(2)
for (let attempt = 1; attempt <= 8; attempt++) {
  const result = spawnSync(command, args, { stdio: 'inherit' })
  if (result.status !== 13) process.exit(result.status ?? 1)
}
process.exit(13)
