import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { guard } from '../../../../lib/rest-guard'

// Every REST request passes the guard first (size limits, malformed bodies and ids, paging caps, one error shape).
export const GET = guard(config, REST_GET(config))
export const POST = guard(config, REST_POST(config))
export const DELETE = guard(config, REST_DELETE(config))
export const PATCH = guard(config, REST_PATCH(config))
export const PUT = guard(config, REST_PUT(config))
export const OPTIONS = guard(config, REST_OPTIONS(config))
