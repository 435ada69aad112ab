// STUB — replaced by the notifications work (issue 6).
import type { Config } from 'payload'

export const jobsConfig: Config['jobs'] = { tasks: [] }
