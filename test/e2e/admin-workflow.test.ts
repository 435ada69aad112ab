import { mkdirSync } from 'node:fs'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from '../helpers/browser'
import { startServer, type RunningServer } from '../helpers/server'

let server: RunningServer
let browser: Browser
let password: string

async function api<T>(path: string, token?: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${server.url}/api${path}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}), ...(init.headers ?? {}) },
  })
  return (await response.json()) as T
}

beforeAll(async () => {
  server = await startServer()
  password = /密码 \/ password: (\S+)/.exec(server.output())?.[1] ?? ''
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('a city officer in the admin', () => {
  it('clicks a transition button and the status and timeline change', async () => {
    const { token } = await api<{ token: string }>('/users/login', undefined, { method: 'POST', body: JSON.stringify({ email: 'city@example.org', password }) })
    const found = await api<{ docs: { id: number; status: string }[] }>(`/applications?where[title][equals]=${encodeURIComponent('智能制造装备')}`, token)
    const application = found.docs[0]!
    expect(application.status).toBe('expert-review')

    const page = await browser.newPage({ locale: 'zh-CN' })
    await page.goto(`${server.url}/admin/login`)
    await page.fill('#field-email', 'city@example.org')
    await page.fill('#field-password', password)
    await page.click('button[type="submit"]')
    await page.waitForURL(/\/admin(?!\/login)/, { timeout: 60_000 })

    await page.goto(`${server.url}/admin/collections/applications/${application.id}`)
    const returnButton = page.locator('[data-transition="return"]')
    await returnButton.waitFor({ timeout: 60_000 })
    // The checklist of the policy set is shown beside the buttons.
    await page.locator('.workflow-checklist tr').first().waitFor({ timeout: 30_000 })
    expect(await page.locator('.workflow-checklist tr').count()).toBeGreaterThan(5)

    await page.fill('textarea[name="transition-reason"]', '请补充建设单位的投入承诺')
    // 退回 can't be undone by the applicant's side alone: it asks first, naming the consequence.
    await returnButton.click()
    const confirm = page.locator('[data-confirm-transition="return"]')
    await confirm.waitFor({ timeout: 30_000 })
    expect(await page.locator('.transition-confirm').innerText()).toContain('确认「退回修改」')
    await Promise.all([page.waitForEvent('load', { timeout: 60_000 }), confirm.click()])
    await page.locator('.workflow-timeline li').first().waitFor({ timeout: 60_000 })
    mkdirSync('test-results', { recursive: true })
    await page.screenshot({ path: 'test-results/admin-workflow.png', fullPage: true })

    const after = await api<{ status: string }>(`/applications/${application.id}`, token)
    expect(after.status).toBe('returned')
    const timeline = await page.locator('.workflow-timeline').innerText()
    // The transition and the states by their Chinese names.
    expect(timeline).toContain('退回修改')
    expect(timeline).toContain('已退回')
    expect(timeline).toContain('请补充建设单位的投入承诺')
  })
})
