// Next's instrumentation hook: at server boot, start Payload with its crons, so the jobs queue (outbox delivery,
// notice periods, January reminders, the reaper) runs from the first second rather than from the first admin
// request, and queue the daily tasks once (catch-up after downtime). JOBS_IN_PROCESS=false leaves the queues to
// `npm run worker`; JOBS_AUTORUN=false keeps this instance from running jobs (it still schedules them).
export async function register(): Promise<void> {
  // The canonical guard: Next compiles this branch out of the edge bundle.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    if (process.env.JOBS_IN_PROCESS === 'false') return
    try {
      const { getPayload } = await import('payload')
      const { default: config } = await import('@payload-config')
      const payload = await getPayload({ config, cron: true })
      const { queueCatchUp } = await import('./jobs')
      const queued = await queueCatchUp(payload)
      payload.logger.info(`jobs: crons started in process${queued.length ? `; catch-up queued: ${queued.join(', ')}` : ''}`)
    } catch (error) {
      // Do not take the web server down: requests will report the same problem more visibly.
      console.error('✖ jobs: could not start the job queue at boot', error)
    }
  }
}
