// Child process of the integration suite's setup: opens Payload once in production mode on DATABASE_URL,
// which applies every migration (and the seeds the migrations carry), then exits.
import { getPayload } from 'payload'

import config from '../../payload.config'

const payload = await getPayload({ config: await config })
await payload.destroy()
process.exit(0)
