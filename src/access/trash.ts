import type { Access, AccessResult } from 'payload'

import { hasRole } from './roles'

/**
 * Nothing is hard-deleted by non-admins: for everyone else "delete" means moving to the trash (an update
 * that sets deletedAt, which Payload checks against delete access with the data), within `whoMayTrash`.
 */
export const trashOnlyUnlessAdmin =
  (whoMayTrash: Access): Access =>
  async (args): Promise<AccessResult> => {
    if (hasRole(args.req.user, 'admin')) return true
    const data = args.data as { deletedAt?: unknown } | undefined
    if (!data || data.deletedAt === undefined || data.deletedAt === null) return false
    return whoMayTrash(args)
  }
