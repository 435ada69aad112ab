// Runs before the server: applies migrations (on init, in production mode), creates the first admin, seeds the demo once.
// Everything here is idempotent: a start after a crash runs it again.
import { getPayload } from 'payload'

import { ConfigError } from '../config/env'
import config from '../payload.config'
import { prepareInstance } from '../src/seed/prepare'

async function main() {
  const payload = await getPayload({ config: await config })
  await prepareInstance(payload)
  await payload.destroy()
  process.exit(0)
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`✖ ${error.message}`)
  else console.error('✖ 启动准备失败 / preparing the instance failed:', error instanceof Error ? error.message : error)
  process.exit(1)
})

