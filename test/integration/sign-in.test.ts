// Signing in, over REST as a browser would: throttling that counts every attempt (also concurrent ones), sessions
// that survive concurrent sign-ins, unlock for administrators only, and forgot-password through the outbox.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PASSWORD, seedWorld } from '../helpers/fixtures'
import { idsOnDisk, newOrganization, queryDisk } from '../helpers/disk'
import { startPayload, type TestContext } from '../helpers/payload'
import { restClient, type RestClient } from '../helpers/rest'

let ctx: TestContext
let rest: RestClient

beforeAll(async () => {
  ctx = await startPayload()
  await seedWorld(ctx.payload)
  rest = restClient(ctx.payload.config)
})
afterAll(async () => ctx?.close())

const handlers = () => restClient(ctx.payload.config)

/** A sign-in from a given address (the server puts the socket's address in X-Forwarded-For). */
async function signIn(email: string, password: string, address = '203.0.113.7'): Promise<{ status: number; message: string; token?: string }> {
  const { REST_POST } = await import('@payloadcms/next/routes')
  const request = new Request('http://localhost:3000/api/users/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': 'zh', 'X-Forwarded-For': address },
    body: JSON.stringify({ email, password }),
  })
  const response = await (REST_POST(ctx.payload.config) as unknown as (r: Request, a: { params: Promise<{ slug: string[] }> }) => Promise<Response>)(request, {
    params: Promise.resolve({ slug: ['users', 'login'] }),
  })
  const json = (await response.json()) as { token?: string; errors?: { message: string }[] }
  return { status: response.status, message: json.errors?.[0]?.message ?? '', token: json.token }
}

async function newUser(email: string): Promise<number> {
  const user = await ctx.payload.create({ collection: 'users', data: { email, password: PASSWORD, name: '登录测试', role: 'expert' }, overrideAccess: true })
  return user.id
}

describe('sign-in throttling', () => {
  it('50 concurrent wrong passwords: exactly 5 are checked ("wrong"), the other 45 are refused as paused', async () => {
    const email = 'concurrent-guess@example.org'
    await newUser(email)
    const answers = await Promise.all(Array.from({ length: 50 }, () => signIn(email, 'not-the-password')))
    const wrong = answers.filter((a) => a.status === 401)
    const paused = answers.filter((a) => a.status === 429)
    expect({ wrong: wrong.length, paused: paused.length }).toEqual({ wrong: 5, paused: 45 })
    expect(wrong[0]?.message).toMatch(/邮箱或密码不正确.*\/ The email or password is incorrect/)
    expect(paused[0]?.message).toMatch(/已暂停登录.*\/ Too many failed sign-ins/)
    // Paused means paused, even for the right password; another address is not affected.
    expect((await signIn(email, PASSWORD)).status).toBe(429)
    const elsewhere = await signIn(email, PASSWORD, '198.51.100.20')
    expect(elsewhere.status).toBe(200)
    expect(elsewhere.token).toBeTypeOf('string')
  })

  it('five wrong answers in a row, each saying how many are left, then a pause; a success in between starts afresh', async () => {
    const email = 'sequential-guess@example.org'
    await newUser(email)
    const at = '203.0.113.8'
    const first = await signIn(email, 'wrong-1', at)
    expect(first).toMatchObject({ status: 401 })
    expect(first.message).toMatch(/再错 4 次/)
    expect((await signIn(email, 'wrong-2', at)).status).toBe(401)
    // The right password resets this address's count.
    expect((await signIn(email, PASSWORD, at)).status).toBe(200)
    for (let i = 0; i < 4; i++) expect((await signIn(email, `wrong-${i}`, at)).status).toBe(401)
    const fifth = await signIn(email, 'wrong-5', at)
    expect(fifth.status).toBe(401)
    expect(fifth.message).toMatch(/已暂停登录 15 分钟/)
    expect((await signIn(email, PASSWORD, at)).status).toBe(429)
  })

  it('an unknown email is answered exactly like a known one: same status and message, paused after five', async () => {
    const known = 'known-person@example.org'
    await newUser(known)
    const unknown = 'nobody-here@example.org'
    for (let i = 0; i < 5; i++) {
      const a = await signIn(known, 'wrong', '192.0.2.50')
      const b = await signIn(unknown, 'wrong', '192.0.2.50')
      expect(b).toEqual(a)
    }
    expect((await signIn(unknown, 'wrong', '192.0.2.50')).status).toBe(429)
  })

  it('only an administrator lifts a pause (POST /api/users/unlock); an applicant gets 403 and learns nothing', async () => {
    const email = 'to-unlock@example.org'
    await newUser(email)
    for (let i = 0; i < 5; i++) await signIn(email, 'wrong', '192.0.2.77')
    expect((await signIn(email, PASSWORD, '192.0.2.77')).status).toBe(429)

    const applicant = await rest.login('applicant@example.org', PASSWORD)
    const refused = await rest.post('/users/unlock', { email }, applicant)
    expect(refused.status).toBe(403)
    const refusedForUnknown = await rest.post('/users/unlock', { email: 'nobody-at-all@example.org' }, applicant)
    expect(refusedForUnknown.status).toBe(403)
    expect(await refusedForUnknown.text()).toEqual(await (await rest.post('/users/unlock', { email }, applicant)).text())
    expect((await signIn(email, PASSWORD, '192.0.2.77')).status).toBe(429)

    const admin = await rest.login('admin@example.org', PASSWORD)
    const lifted = await rest.post('/users/unlock', { email }, admin)
    expect(lifted.status).toBe(200)
    expect((await signIn(email, PASSWORD, '192.0.2.77')).status).toBe(200)
  })
})

describe('sessions', () => {
  it('20 simultaneous sign-ins to one account: every token works afterwards', async () => {
    const email = 'many-devices@example.org'
    await newUser(email)
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => signIn(email, PASSWORD, `10.0.0.${i + 1}`)))
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200))
    const client = handlers()
    const working = await Promise.all(answers.map(async (a) => (await client.get('/users/me', a.token)).json() as Promise<{ user: { email: string } | null }>))
    expect(working.filter((me) => me.user?.email === email)).toHaveLength(20)
  })

  it('logging out ends that session only', async () => {
    const email = 'two-devices@example.org'
    await newUser(email)
    const [a, b] = await Promise.all([signIn(email, PASSWORD, '10.1.0.1'), signIn(email, PASSWORD, '10.1.0.2')])
    const client = handlers()
    expect((await client.post('/users/logout', {}, a.token)).status).toBe(200)
    const meA = (await (await client.get('/users/me', a.token)).json()) as { user: unknown }
    const meB = (await (await client.get('/users/me', b.token)).json()) as { user: { email: string } | null }
    expect(meA.user).toBeNull()
    expect(meB.user?.email).toBe(email)
  })
})

describe('forgot password', () => {
  it('answers 200 alike for a known and an unknown address; the known one gets a reset email in the outbox', async () => {
    const email = 'forgetful@example.org'
    const id = await newUser(email)
    const known = await rest.post('/users/forgot-password', { email })
    const unknown = await rest.post('/users/forgot-password', { email: 'never-registered@example.org' })
    expect(known.status).toBe(200)
    expect(unknown.status).toBe(200)
    expect(await known.text()).toEqual(await unknown.text())

    const outbox = await ctx.payload.find({ collection: 'notifications', where: { template: { equals: 'password-reset' } }, overrideAccess: true, depth: 0 })
    expect(outbox.docs).toHaveLength(1)
    expect(outbox.docs[0]?.toAddress).toBe(email)
    expect(outbox.docs[0]?.bodyText).toMatch(/\/admin\/reset\/[0-9a-f]{64}/)
    const [row] = await queryDisk<{ reset_password_token: string | null }>(ctx.db, 'SELECT reset_password_token FROM users WHERE id = $1', [id])
    expect(row?.reset_password_token).toMatch(/^[0-9a-f]{64}$/)
    // A city officer does not see the link; the recipient does.
    const city = await rest.login('city@example.org', PASSWORD)
    const seenByCity = (await (await rest.get('/notifications?where[template][equals]=password-reset', city)).json()) as { docs: unknown[] }
    expect(seenByCity.docs).toHaveLength(0)
  })

  it('right after a forgot-password request, the next acknowledged write is on disk and its id is never handed out again', async () => {
    const response = await rest.post('/users/forgot-password', { email: 'admin@example.org' })
    expect(response.status).toBe(200)
    const city = await rest.login('city@example.org', PASSWORD)
    const created = await rest.post('/organizations', newOrganization('重置密码之后的单位'), city)
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number } }
    expect(await idsOnDisk(ctx.db, 'organizations', [doc.id])).toEqual(new Set([doc.id]))
    const next = await rest.post('/organizations', newOrganization('再下一个单位'), city)
    const nextDoc = ((await next.json()) as { doc: { id: number } }).doc
    expect(nextDoc.id).not.toBe(doc.id)
    expect(await idsOnDisk(ctx.db, 'organizations', [doc.id, nextDoc.id])).toEqual(new Set([doc.id, nextDoc.id]))
  })

  it('a flood of requests for one address sends at most three emails an hour, and answers every one the same', async () => {
    const email = 'flooded@example.org'
    await newUser(email)
    const answers = await Promise.all(Array.from({ length: 8 }, () => rest.post('/users/forgot-password', { email }).then(async (r) => [r.status, await r.text()] as const)))
    expect(new Set(answers.map((a) => a[0]))).toEqual(new Set([200]))
    expect(new Set(answers.map((a) => a[1])).size).toBe(1)
    const sent = await ctx.payload.count({ collection: 'notifications', where: { and: [{ template: { equals: 'password-reset' } }, { toAddress: { equals: email } }] }, overrideAccess: true })
    expect(sent.totalDocs).toBe(3)
  })
})

describe('passwords', () => {
  it('weak passwords are refused on create with the rule and the numbers; nothing is saved', async () => {
    const admin = await rest.login('admin@example.org', PASSWORD)
    for (const [password, message] of [
      ['abc', /at least 8 characters \(it has 3\)/],
      ['123', /至少 8 位/],
      ['      ', /cannot be blank/],
    ] as const) {
      const email = `weak-${password.trim() || 'blank'}@example.org`
      const response = await rest.post('/users', { email, password, name: '弱密码', role: 'expert' }, admin)
      expect(response.status).toBe(400)
      expect(JSON.stringify(await response.json())).toMatch(message)
      expect((await ctx.payload.count({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true })).totalDocs).toBe(0)
    }
  })

  it('changing your own password needs the current one; an administrator setting another user’s does not', async () => {
    const email = 'changer@example.org'
    const id = await newUser(email)
    const token = (await signIn(email, PASSWORD, '10.2.0.1')).token
    const without = await rest.patch(`/users/${id}`, { password: 'New-password-22' }, token)
    expect(without.status).toBe(400)
    expect(JSON.stringify(await without.json())).toMatch(/须填写当前密码/)
    const wrong = await rest.patch(`/users/${id}`, { password: 'New-password-22', currentPassword: 'Not-mine-123' }, token)
    expect(wrong.status).toBe(400)
    expect(JSON.stringify(await wrong.json())).toMatch(/当前密码不正确/)
    expect((await signIn(email, PASSWORD, '10.2.0.2')).status).toBe(200)

    const right = await rest.patch(`/users/${id}`, { password: 'New-password-22', currentPassword: PASSWORD }, token)
    expect(right.status).toBe(200)
    expect((await signIn(email, 'New-password-22', '10.2.0.3')).status).toBe(200)

    const admin = await rest.login('admin@example.org', PASSWORD)
    const byAdmin = await rest.patch(`/users/${id}`, { password: 'Set-by-admin-33' }, admin)
    expect(byAdmin.status).toBe(200)
    expect((await signIn(email, 'Set-by-admin-33', '10.2.0.4')).status).toBe(200)
  })

  it('the current-password check agrees with Payload’s own hashes', async () => {
    const { verifyPassword } = await import('../../src/auth/password')
    const id = await newUser('hash-check@example.org')
    const stored = (await ctx.payload.db.findOne({ collection: 'users', where: { id: { equals: id } } })) as unknown as { hash: string; salt: string }
    expect(stored.hash).toMatch(/^pbkdf2-sha256-v1:/)
    expect(await verifyPassword(stored, PASSWORD)).toBe(true)
    expect(await verifyPassword(stored, `${PASSWORD}x`)).toBe(false)
  })

  it('a reset link sets only a strong password, once', async () => {
    const email = 'resetter@example.org'
    await newUser(email)
    await rest.post('/users/forgot-password', { email })
    const row = await ctx.payload.find({ collection: 'notifications', where: { toAddress: { equals: email } }, overrideAccess: true, depth: 0 })
    const token = /\/reset\/([0-9a-f]{64})/.exec(String(row.docs[0]?.bodyText))?.[1]
    expect(token).toBeDefined()
    const weak = await rest.post('/users/reset-password', { token, password: 'abc' })
    expect(weak.status).toBe(400)
    expect(JSON.stringify(await weak.json())).toMatch(/at least 8 characters/)
    const strong = await rest.post('/users/reset-password', { token, password: 'Brand-new-pass-9' })
    expect(strong.status).toBe(200)
    expect((await signIn(email, 'Brand-new-pass-9', '10.3.0.1')).status).toBe(200)
    const again = await rest.post('/users/reset-password', { token, password: 'Another-pass-9' })
    expect(again.status).toBe(403)
    expect(JSON.stringify(await again.json())).toMatch(/重置链接无效或已过期/)
  })
})
