// STUB — replaced by the notifications work (issue 6).
import type { CollectionAfterChangeHook } from 'payload'

export const notifyOnProjectAccepted: CollectionAfterChangeHook = ({ doc }) => doc
