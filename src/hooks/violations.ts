import type { CollectionSlug } from 'payload'
import { ValidationError } from 'payload'

import type { Violation } from '../policies'

/** One line per violation: Chinese, English, rule id and article are all in the policy's message. */
export const violationText = (v: Violation): string => `${v.message.zh} / ${v.message.en}`

/** Turns policy violations into Payload's ValidationError: nothing is saved, the request gets 400. */
export function rejectWith(collection: CollectionSlug, violations: readonly Violation[], path = 'id'): never {
  throw new ValidationError({
    collection,
    errors: violations.map((v) => ({ path, message: violationText(v), ruleId: v.ruleId }) as { path: string; message: string }),
  })
}

export function rejectMessage(collection: CollectionSlug, path: string, zh: string, en: string): never {
  throw new ValidationError({ collection, errors: [{ path, message: `${zh} / ${en}` }] })
}
