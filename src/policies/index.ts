/**
 * The policy engine: pure functions and data of the five policy documents. No Payload imports.
 */
export * from './types'
export * from './money'
export * from './dates'
export * from './messages'
export * from './rules'
export * from './results'
export * from './registry'
export * from './funding'
export * from './quotas'
export * from './eligibility'
export * from './evaluation'
export * from './tic-index'
export * from './workflows'
export * from './checklist'
export { CROSS_CUTTING_RULES } from './sets/common'
