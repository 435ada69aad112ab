import type { CollectionSlug } from 'payload'
import { ValidationError } from 'payload'

import { fromPolicy, platform, type ViolationOut } from '../lib/errors'
import type { Violation } from '../policies'

/** One line per violation: Chinese, English, rule id and article are all in the policy's message. */
export const violationText = (v: Violation): string => `${v.message.zh} / ${v.message.en}`

/**
 * Payload's ValidationError, with the rule's own words as its message (Payload's default names only the
 * field), so Local API callers, REST clients and logs all see which rule, which number, which article. It carries
 * its violations in the one error shape (src/lib/errors.ts), which the root afterError hook answers with.
 */
export function validationError(
  collection: CollectionSlug,
  errors: { path: string; message: string; ruleId?: string }[],
  violations?: ViolationOut[],
): ValidationError {
  const error = new ValidationError({ collection, errors }) as ValidationError & { violations?: ViolationOut[] }
  error.message = errors.map((e) => e.message).join('\n')
  if (violations) error.violations = violations
  return error
}

/** Turns policy violations into a ValidationError: nothing is saved, the request gets 400. */
export function rejectWith(collection: CollectionSlug, violations: readonly Violation[], path = 'id'): never {
  throw validationError(
    collection,
    violations.map((v) => ({ path, message: violationText(v), ruleId: v.ruleId })),
    violations.map((v) => fromPolicy(v, path)),
  )
}

/** A refusal that is not a policy article (a platform rule): `rule` names it, e.g. `field.server-owned`. */
export function rejectMessage(collection: CollectionSlug, path: string, zh: string, en: string, rule = 'field.refused'): never {
  throw validationError(collection, [{ path, message: `${zh} / ${en}`, ruleId: rule }], [platform(rule, zh, en, path)])
}
