import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedDemo } from '../../src/seed/demo'
import { startPayload, type TestContext } from '../helpers/payload'
import { restClient, type RestClient } from '../helpers/rest'

const PASSWORD = 'Demo-password-1'
let ctx: TestContext
let rest: RestClient

beforeAll(async () => {
  ctx = await startPayload()
  await seedDemo(ctx.payload, PASSWORD)
  rest = restClient(ctx.payload.config)
})
afterAll(async () => ctx?.close())

describe('the platform', () => {
  it('runs on the database the test asked for', () => {
    expect(ctx.payload.db.name).toBe(ctx.db.kind === 'postgres' ? 'postgres' : 'sqlite')
  })

  it.each(['admin', 'city', 'district', 'expert1', 'applicant'])('a %s user logs in through REST', async (who) => {
    const token = await rest.login(`${who}@example.org`, PASSWORD)
    const me = await rest.get('/users/me', token)
    const json = (await me.json()) as { user: { email: string; role: string } }
    expect(json.user.email).toBe(`${who}@example.org`)
  })

  it('locks an account after five wrong passwords, even for the right one', async () => {
    const email = 'lockme@example.org'
    await ctx.payload.create({ collection: 'users', data: { email, password: PASSWORD, name: '锁定测试', role: 'expert' }, overrideAccess: true })
    for (let i = 0; i < 5; i++) {
      const wrong = await rest.post('/users/login', { email, password: 'wrong-password' })
      expect(wrong.status).toBe(401)
    }
    const right = await rest.post('/users/login', { email, password: PASSWORD })
    expect(right.status).toBe(429)
    const body = JSON.stringify(await right.json())
    expect(body).toMatch(/已暂停登录/)
    // Someone who never failed is unaffected.
    await expect(rest.login('expert2@example.org', PASSWORD)).resolves.toBeTypeOf('string')
  })

  it("an applicant can't read another organisation's user record", async () => {
    const token = await rest.login('applicant@example.org', PASSWORD)
    const other = await ctx.payload.find({ collection: 'users', where: { email: { equals: 'district@example.org' } }, overrideAccess: true })
    const otherId = other.docs[0]?.id
    expect(otherId).toBeDefined()
    const response = await rest.get(`/users/${otherId}`, token)
    expect([403, 404]).toContain(response.status)
    const list = (await (await rest.get('/users?limit=100', token)).json()) as { docs: { email: string }[] }
    expect(list.docs.map((u) => u.email)).toEqual(['applicant@example.org'])
  })

  it('the public reads no user, organisation or application', async () => {
    for (const path of ['/users', '/organizations', '/applications', '/disbursements', '/reviews']) {
      const response = await rest.get(path)
      const json = (await response.json()) as { docs?: unknown[] }
      expect(response.status === 403 || (json.docs ?? []).length === 0, path).toBe(true)
    }
  })

  it('the demo seed is idempotent', async () => {
    const count = async () =>
      Object.fromEntries(
        await Promise.all(
          (['users', 'organizations', 'programs', 'applications', 'districts'] as const).map(async (c) => [c, (await ctx.payload.count({ collection: c, overrideAccess: true })).totalDocs]),
        ),
      )
    const before = await count()
    const again = await seedDemo(ctx.payload, PASSWORD)
    expect(again.created).toBe(false)
    expect(await count()).toEqual(before)
    expect(before.programs).toBe(5)
    expect(before.users).toBeGreaterThanOrEqual(5)
  })
})
