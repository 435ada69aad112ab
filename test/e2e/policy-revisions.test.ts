// Issue 17 in Chromium, from `npm start`'s demo data: the administrator gives a city officer the permission to
// revise policy parameters; the officer drafts a revision of the Ningbo consortium guideline effective today
// (every figure filled in), raises the lead's revenue threshold, previews which applications would newly fail,
// and publishes it with a reason; the application's checklist then names the revision. Every request outside
// this server is blocked (and fails the test). Screenshots go to test-results/policy-revisions/ (ignored by git).
import { mkdirSync } from 'node:fs'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium, localOnlyContext, signInToAdmin } from '../helpers/browser'
import { startServer, type RunningServer } from '../helpers/server'

const SHOTS = 'test-results/policy-revisions'
let server: RunningServer
let browser: Browser
let password: string
const outside: string[] = []
const tokens: Record<string, string> = {}

async function api<T>(path: string, who: string, init: RequestInit = {}): Promise<{ status: number; json: T }> {
  const response = await fetch(`${server.url}/api${path}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${tokens[who]}`, ...(init.headers ?? {}) },
  })
  return { status: response.status, json: (await response.json()) as T }
}

const context = (): Promise<BrowserContext> => localOnlyContext(browser, outside, { locale: 'zh-CN', viewport: { width: 1366, height: 900 } })

const signIn = (ctx: BrowserContext, who: string): Promise<Page> => signInToAdmin(ctx, server.url, `${who}@example.org`, password)

const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true })

async function save(page: Page): Promise<string> {
  await page.click('#action-save')
  const toast = page.locator('.payload-toast-container .toast-success, .payload-toast-container .toast-error').first()
  await toast.waitFor({ timeout: 30_000 })
  const text = await toast.innerText()
  // Let the toast go, so the next save's toast is the one read.
  await toast.waitFor({ state: 'detached', timeout: 30_000 }).catch(() => undefined)
  return text
}

/** Today in China, as the date field shows it (2026年11月23日) and as an ISO day. */
const chinaToday = () => {
  const iso = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
  const [y, m, d] = iso.split('-').map(Number)
  return { iso, shown: `${y}年${m}月${d}日` }
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  // A first start builds the server image: on a busy two-core machine that can take more than the default wait.
  server = await startServer({}, 1_500_000)
  password = /密码 \/ password: (\S+)/.exec(server.output())?.[1] ?? ''
  for (const who of ['admin', 'city']) {
    const r = await fetch(`${server.url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: `${who}@example.org`, password }) })
    tokens[who] = ((await r.json()) as { token: string }).token
  }
  browser = await launchChromium()
}, 1_600_000)
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('a city officer revises a policy parameter', () => {
  it('admin grants the permission → officer drafts, previews and publishes → the checklist names the revision', async () => {
    // The seeded city officer may not draft yet.
    const denied = await api('/policy-revisions', 'city', { method: 'POST', body: JSON.stringify({ policySet: 'nb-consortium-2021', label: 'x', effectiveFrom: '2090-01-01' }) })
    expect(denied.status).toBe(403)

    // 1. The administrator gives the permission on the officer's account.
    const adminCtx = await context()
    const admin = await signIn(adminCtx, 'admin')
    const city = await api<{ docs: { id: number }[] }>(`/users?where[email][equals]=city@example.org&depth=0`, 'admin')
    const cityId = city.json.docs[0]!.id
    await admin.goto(`${server.url}/admin/collections/users/${cityId}`)
    const permission = admin.locator('#field-canEditPolicy')
    await permission.waitFor({ timeout: 60_000 })
    await permission.check()
    expect(await save(admin)).not.toContain('错误')
    await shot(admin, '1-admin-grants-permission')
    expect((await api<{ canEditPolicy?: boolean }>(`/users/${cityId}?depth=0`, 'admin')).json.canEditPolicy).toBe(true)

    // 2. The officer drafts a revision of the Ningbo consortium guideline, effective today.
    const ctx = await context()
    const page = await signIn(ctx, 'city')
    await page.goto(`${server.url}/admin/collections/policy-revisions/create`)
    await page.locator('#field-policySet').click()
    await page.locator('.rs__option', { hasText: '宁波市企业创新联合体建设指导意见' }).first().click()
    await page.fill('#field-label', '2026 年修订参数（演示）')
    await page.fill('#field-labelEn', '2026 demo revision')
    const today = chinaToday()
    const date = page.locator('#field-effectiveFrom input').first()
    await date.click()
    await date.fill(today.shown)
    await date.press('Enter')
    await page.locator('#field-label').click()
    await shot(page, '2-draft-new')
    expect(await save(page)).not.toContain('错误')
    await page.waitForURL(/\/admin\/collections\/policy-revisions\/\d+/, { timeout: 60_000 })
    const revisionId = Number(/policy-revisions\/(\d+)/.exec(page.url())?.[1])
    expect(revisionId).toBeGreaterThan(0)

    // Every figure of the guideline was filled in from the revision in force; the lead's revenue threshold is first.
    const revenue = page.locator('#field-values__0__value')
    await revenue.waitFor({ timeout: 60_000 })
    expect(await revenue.inputValue()).toBe('1000000000')
    await revenue.fill('2000000000')
    expect(await save(page)).not.toContain('错误')
    await shot(page, '3-draft-saved')

    // 3. The preview: which current applications, payments and quotas would newly fail or pass.
    await page.locator('[data-preview-revision]').click()
    const result = page.locator('[data-preview-result]')
    await result.waitFor({ timeout: 60_000 })
    const apps = await api<{ docs: { id: number }[] }>(`/applications?where[title][equals]=${encodeURIComponent('先进高分子材料')}&depth=0`, 'city')
    const appId = apps.json.docs[0]!.id
    const row = page.locator(`[data-preview-row="applications:${appId}"]`)
    await row.waitFor({ timeout: 10_000 })
    expect(await row.getAttribute('data-rules')).toBe('nb.lead.revenue-1b')
    // People read the rule's title, not its id.
    // …with the draft's figure, naming the draft.
    expect(await row.innerText()).toContain('新增不符合：牵头企业年销售收入（合并报表）原则上不低于20亿元（依据2026 年修订参数（演示））')
    expect(await row.innerText()).not.toContain('nb.lead.revenue-1b')
    await result.scrollIntoViewIfNeeded()
    await shot(page, '4-preview')

    // 4. Publish with a reason.
    await page.locator('#field-status').click()
    await page.locator('.rs__option', { hasText: '已发布' }).first().click()
    await page.fill('#field-reason', '市政府提高牵头企业营业收入门槛，自今日起施行')
    expect(await save(page)).not.toContain('错误')
    await shot(page, '5-published')
    const stored = await api<{ status: string; publishedBy: number }>(`/policy-revisions/${revisionId}?depth=0`, 'city')
    expect(stored.json.status).toBe('published')
    expect(stored.json.publishedBy).toBe(cityId)
    const audit = await api<{ docs: { transition: string; reason: string; summary: string }[] }>(`/audit-log?where[collectionSlug][equals]=policy-revisions&where[docId][equals]=${revisionId}&sort=at&depth=0`, 'city')
    const publication = audit.json.docs.find((d) => d.transition === 'publish-revision')!
    expect(publication.reason).toBe('市政府提高牵头企业营业收入门槛，自今日起施行')
    expect(publication.summary).toContain('牵头企业上年度销售收入下限：100,000万元 → 200,000万元')

    // 5. The application's checklist is judged on the new figure and names the revision.
    await page.goto(`${server.url}/admin/collections/applications/${appId}`)
    const note = page.locator('[data-checklist-revision]')
    await note.waitFor({ timeout: 60_000 })
    expect(await note.innerText()).toBe('依据2026 年修订参数（演示）')
    // The rule's title in the checklist states the revised figure and names the revision.
    const revenueRow = page.locator('.workflow-checklist tr', { hasText: '牵头企业年销售收入（合并报表）原则上不低于' })
    expect(await revenueRow.first().innerText()).toContain('不低于20亿元（依据2026 年修订参数（演示））')
    // No rule id in what people read, even where the revision's name follows it.
    expect(await page.locator('.workflow-checklist').innerText()).not.toMatch(/\[[a-z]+\.[a-z0-9.-]+\]/)
    await note.scrollIntoViewIfNeeded()
    await shot(page, '6-checklist-names-revision')
    const checklist = await api<{ items: { ruleId: string; status: string; violation?: { message: { zh: string } } }[] }>(`/applications/${appId}/checklist`, 'city')
    const item = checklist.json.items.find((i) => i.ruleId === 'nb.lead.revenue-1b')!
    expect(item.status).toBe('fail')
    expect(item.violation!.message.zh).toContain('依据2026 年修订参数（演示）')

    expect(outside).toEqual([])
  })

  it('the applicant sees each document the programme requires in the checklist, until uploaded', async () => {
    const apps = await api<{ docs: { id: number; program: number }[] }>(`/applications?where[title][equals]=${encodeURIComponent('先进高分子材料')}&depth=0`, 'city')
    const app = apps.json.docs[0]!
    const patched = await api(`/programs/${app.program}`, 'city', { method: 'PATCH', body: JSON.stringify({ requiredDocuments: [{ title: '组建协议', note: '全体成员签章' }, { title: '建设方案' }] }) })
    expect(patched.status).toBe(200)

    const ctx = await context()
    const page = await signIn(ctx, 'applicant')
    await page.goto(`${server.url}/admin/collections/applications/${app.id}`)
    const rows = page.locator('tr[data-required-document]')
    await rows.first().waitFor({ timeout: 60_000 })
    expect(await rows.count()).toBe(2)
    expect(await rows.nth(0).getAttribute('data-required-document')).toBe('fail')
    const first = await rows.nth(0).innerText()
    expect(first).toContain('须提交材料：组建协议')
    expect(first).toContain('全体成员签章')
    expect(first).toContain('要求提交“组建协议”，尚未上传')
    expect(first).not.toContain('guard.required-documents')
    await rows.first().scrollIntoViewIfNeeded()
    await shot(page, '7-applicant-required-documents')
    expect(outside).toEqual([])
  })
})
