// The PostgreSQL transaction slots: some pooled connections always stay free for the queries Payload runs outside
// an operation's transaction (test/integration/parallel-children.test.ts shows the hang without them).
import { describe, expect, it } from 'vitest'

import { Semaphore, transactionSlots } from '../../../config/transactions'

describe('transaction slots', () => {
  it('leave the adapter’s own connection and at least one more free', () => {
    expect(transactionSlots(3)).toBe(1)
    expect(transactionSlots(5)).toBe(3)
    expect(transactionSlots(10)).toBe(7)
    expect(transactionSlots(20)).toBe(14)
    for (let max = 3; max <= 50; max += 1) expect(transactionSlots(max)).toBeLessThanOrEqual(max - 2)
  })

  it('a semaphore lets `limit` in, the next in turn as each leaves, and a double release frees one slot only', async () => {
    const s = new Semaphore(2)
    const order: string[] = []
    const a = await s.acquire()
    const b = await s.acquire()
    const c = s.acquire().then((r) => (order.push('c'), r))
    const d = s.acquire().then((r) => (order.push('d'), r))
    await Promise.resolve()
    expect(order).toEqual([])
    a()
    a()
    const releaseC = await c
    expect(order).toEqual(['c'])
    b()
    const releaseD = await d
    expect(order).toEqual(['c', 'd'])
    releaseC()
    releaseD()
    // Both slots are free again: two more get in at once.
    await Promise.all([s.acquire(), s.acquire()])
  })
})
