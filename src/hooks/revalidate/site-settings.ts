// The bureau's name, contacts and 备案 numbers are in every page's header and footer.
import type { GlobalAfterChangeHook } from 'payload'

import { invalidatePublic, PUBLIC_TAGS } from '../../lib/public-cache'

export const revalidateSiteSettings: GlobalAfterChangeHook = ({ doc }) => {
  invalidatePublic([PUBLIC_TAGS.all])
  return doc
}
