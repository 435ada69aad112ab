import type { CollectionSlug } from 'payload'
import { ValidationError } from 'payload'

import type { Violation } from '../policies'

/** One line per violation: Chinese, English, rule id and article are all in the policy's message. */
export const violationText = (v: Violation): string => `${v.message.zh} / ${v.message.en}`

/**
 * Payload's ValidationError, with the rule's own words as its message (Payload's default names only the
 * field), so Local API callers, REST clients and logs all see which rule, which number, which article.
 */
export function validationError(collection: CollectionSlug, errors: { path: string; message: string; ruleId?: string }[]): ValidationError {
  const error = new ValidationError({ collection, errors })
  error.message = errors.map((e) => e.message).join('\n')
  return error
}

/** Turns policy violations into a ValidationError: nothing is saved, the request gets 400. */
export function rejectWith(collection: CollectionSlug, violations: readonly Violation[], path = 'id'): never {
  throw validationError(
    collection,
    violations.map((v) => ({ path, message: violationText(v), ruleId: v.ruleId })),
  )
}

export function rejectMessage(collection: CollectionSlug, path: string, zh: string, en: string): never {
  throw validationError(collection, [{ path, message: `${zh} / ${en}` }])
}
