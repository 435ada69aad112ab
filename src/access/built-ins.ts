// Payload's own collections get explicit access too (closed by default). Payload builds them itself, so their
// access is set on the built config (payload.config.ts) rather than in a collection file.
import type { Access, PayloadRequest, SanitizedConfig, Where } from 'payload'

import { errorResponse, platformError } from '../lib/errors'
import { hasRole, isAdmin, nobody } from './roles'

const overRest = (req: PayloadRequest) => req.payloadAPI === 'REST'

/**
 * Document locks (payload-locked-documents): the admin's editing view takes and reads them on the server. Over
 * REST only an administrator touches them, so nobody can plant a lock in someone else's name; on the server a
 * lock is taken, changed and released only in one's own name.
 */
const ownLock: Access = ({ req, data }) => {
  const { user } = req
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  if (overRest(req)) return false
  const owner = (data as { user?: { value?: unknown } | null } | undefined)?.user
  if (owner && typeof owner === 'object' && owner.value !== undefined) {
    const value = typeof owner.value === 'object' && owner.value !== null ? (owner.value as { id?: unknown }).id : owner.value
    if (String(value) !== String(user.id)) return false
  }
  return true
}
const readLocks: Access = ({ req }) => Boolean(req.user) && (hasRole(req.user, 'admin') || !overRest(req))
const changeOwnLock: Access = ({ req }) => {
  const { user } = req
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  if (overRest(req)) return false
  return { 'user.value': { equals: user.id } }
}

export function closeBuiltIns(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    if (collection.slug === 'payload-locked-documents') {
      collection.access = { ...collection.access, read: readLocks, create: ownLock, update: changeOwnLock, delete: changeOwnLock }
    }
    if (collection.slug === 'payload-migrations') {
      collection.access = { ...collection.access, read: isAdmin, create: nobody, update: nobody, delete: nobody }
    }
    if (collection.slug === 'payload-preferences') {
      // Each user only their own (Payload's rule); create is the same (the user field is set by Payload's hook).
      const own: Access = ({ req: { user } }) => {
        if (!user) return false
        const where: Where = { and: [{ 'user.value': { equals: user.id } }, { 'user.relationTo': { equals: user.collection } }] }
        return where
      }
      collection.access = { ...collection.access, read: own, update: own, delete: own, create: ({ req: { user } }) => Boolean(user) }
      // Deleting a preference that is not there is a 404, not a database error.
      collection.endpoints = (collection.endpoints || []).map((endpoint) =>
        endpoint.method === 'delete' && endpoint.path === '/:key'
          ? {
              ...endpoint,
              handler: async (req: PayloadRequest) => {
                if (!req.user) return errorResponse(401, [platformError(401)])
                const key = String(req.routeParams?.key ?? '')
                const found = await req.payload.find({
                  collection: 'payload-preferences',
                  where: { and: [{ key: { equals: key } }, { 'user.value': { equals: req.user.id } }, { 'user.relationTo': { equals: req.user.collection } }] },
                  limit: 1,
                  depth: 0,
                  overrideAccess: true,
                  req,
                })
                if (found.docs.length === 0) return errorResponse(404, [platformError(404)])
                return endpoint.handler(req)
              },
            }
          : endpoint,
      )
    }
  }
  return config
}
