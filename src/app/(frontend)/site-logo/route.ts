// The bureau's logo (site settings): streamed from the uploads folder, images only (no SVG: it could carry script).
import config from '@payload-config'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { getPayload } from 'payload'

import { getSiteLogo } from '@/lib/public-data'

export const revalidate = 60

const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp'])

export async function GET(): Promise<Response> {
  const logo = await getSiteLogo()
  if (!logo || !IMAGE_TYPES.has(logo.mimeType) || path.basename(logo.filename) !== logo.filename) return new Response(null, { status: 404 })
  const payload = await getPayload({ config })
  const staticDir = payload.collections.media.config.upload.staticDir ?? 'media'
  try {
    const body = await readFile(path.resolve(staticDir, logo.filename))
    return new Response(new Uint8Array(body), { headers: { 'Content-Type': logo.mimeType, 'X-Content-Type-Options': 'nosniff' } })
  } catch {
    return new Response(null, { status: 404 })
  }
}
