// `npm run worker`: runs the jobs queue (outbox delivery, notice periods, January reminders, reaper) in a process
// of its own, until SIGTERM/SIGINT. Run the web app with JOBS_IN_PROCESS=false when a worker is used.
import { getPayload } from 'payload'

import config from '../payload.config'
import { queueCatchUp } from '../src/jobs'

// A worker serves a deployed database: apply its migrations, never push a development schema onto it.
if (!process.env.NODE_ENV) Object.assign(process.env, { NODE_ENV: 'production' })
const payload = await getPayload({ config, cron: true })
if (process.env.JOBS_AUTORUN === 'false') {
  payload.logger.warn('JOBS_AUTORUN=false: this worker schedules jobs but runs none')
}
const queued = await queueCatchUp(payload)
payload.logger.info(`worker: job queues running (outbox every minute, daily tasks at 00:05–00:15)${queued.length ? `; catch-up queued: ${queued.join(', ')}` : ''}`)

let stopping = false
const stop = async (signal: string) => {
  if (stopping) return
  stopping = true
  payload.logger.info(`worker: ${signal} received, stopping`)
  try {
    await payload.destroy()
  } finally {
    process.exit(0)
  }
}
process.on('SIGTERM', () => void stop('SIGTERM'))
process.on('SIGINT', () => void stop('SIGINT'))
// Keep the process alive between cron ticks.
setInterval(() => {}, 1 << 30)
