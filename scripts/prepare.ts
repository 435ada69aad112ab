// Runs before the server: applies migrations (on init, in production mode), creates the first admin, seeds the demo once.
import { getPayload } from 'payload'

import { ConfigError } from '../config/env'

async function main() {
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config: await config })
  const { prepareInstance } = await import('../src/seed/prepare')
  await prepareInstance(payload)
  await payload.destroy()
  process.exit(0)
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`✖ ${error.message}`)
  else console.error('✖ 启动准备失败 / preparing the instance failed:', error instanceof Error ? error.message : error)
  process.exit(1)
})
