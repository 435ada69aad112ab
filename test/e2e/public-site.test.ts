// The public site as a member of the public uses it, in Chromium, at a desk and on a 390 px phone: the
// register's search, filters and pages; a notice running, 期满 and archived; the statistics and downloads;
// accessibility (axe-core); a strict Content-Security-Policy; nothing loaded from outside the server; and no
// private value on any public page, download or feed. One server for the whole file.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { tsNode } from '../../scripts/node-args'
import { launchChromium } from '../helpers/browser'
import { ALL_PRIVATE_MARKERS } from '../helpers/private-data'
import { startServer, withoutNodeEnv, type RunningServer } from '../helpers/server'

const SHOTS = 'test-results/public-site'
const PHONE = { width: 390, height: 844 }
const DESK = { width: 1280, height: 900 }
const require = createRequire(import.meta.url)
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

interface Seeded {
  carriers: number[]
  private: number[]
  privateCarrier: { id: number; officialName: string; lead: string }
  toOpen: number
  ended: number
  endedOn: string
}

let server: RunningServer
let browser: Browser
let seeded: Seeded
let token: string
/** Every request the pages tried to make outside this server. */
const outside: string[] = []

async function api<T>(route: string, init: RequestInit = {}): Promise<{ status: number; json: T }> {
  const response = await fetch(`${server.url}/api${route}`, { ...init, headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}`, ...(init.headers ?? {}) } })
  return { status: response.status, json: (await response.json()) as T }
}

/** How many carriers the database has on the register, asked of the REST API as the city officer. */
async function registerCount(extra = ''): Promise<number> {
  const states = ['recognized', 'approved', 'filed', 'in-construction', 'under-evaluation'].map((s, i) => `where[status][in][${i}]=${s}`).join('&')
  return (await api<{ totalDocs: number }>(`/applications?limit=1&depth=0&where[isPublic][equals]=true&${states}${extra}`)).json.totalDocs
}

async function newContext(viewport = DESK): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  await context.route('**/*', (route) => {
    const { hostname } = new URL(route.request().url())
    if (hostname === 'localhost' || hostname === '127.0.0.1') return route.continue()
    outside.push(route.request().url())
    return route.abort()
  })
  return context
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true })
}

/** Serious and critical accessibility violations on the page, by axe-core (run through the debugger: no CSP applies). */
async function axeProblems(page: Page): Promise<string[]> {
  await page.evaluate(AXE)
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe
    return axe.run(document, { resultTypes: ['violations'] })
  })
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
}

const rows = (page: Page) => page.locator('table.list tbody tr')

beforeAll(async () => {
  server = await startServer()
  const password = /密码 \/ password: (\S+)/.exec(server.output())?.[1] ?? ''
  // Written before any public page is rendered, so no cached page predates it.
  const seed = spawnSync(process.execPath, tsNode('test/helpers/seed-public-e2e.ts'), {
    env: { ...withoutNodeEnv(), NODE_ENV: 'production', DATA_DIR: server.dataDir, DATABASE_URL: `file:${server.dataDir}/carriers.db`, LOG_LEVEL: 'warn' } as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 300_000,
  })
  const line = seed.stdout.split('\n').find((l) => l.startsWith('SEEDED '))
  if (!line) throw new Error(`seeding failed (${seed.status}):\n${seed.stdout}\n${seed.stderr}`)
  seeded = JSON.parse(line.slice('SEEDED '.length)) as Seeded
  const login = await fetch(`${server.url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'city@example.org', password }) })
  token = ((await login.json()) as { token: string }).token
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('the register', () => {
  it('pages, searches and filters, with the true total, and the state stays in the URL', async () => {
    const total = await registerCount()
    // The demo's recognised carriers, the 45 generated ones and the privacy check's carrier.
    expect(total).toBeGreaterThanOrEqual(45 + 1)
    const pages = Math.ceil(total / 20)
    const context = await newContext()
    const page = await context.newPage()
    await page.goto(`${server.url}/`)
    await expect(page.locator('h1').innerText()).resolves.toBe('已认定（备案）创新载体名单')
    await expect(page.locator('.result-summary strong').innerText()).resolves.toBe(String(total))
    expect(await rows(page).count()).toBe(20)
    await shot(page, 'register-desk')

    await page.getByRole('link', { name: '下一页' }).click()
    await page.waitForURL(/[?&]page=2/)
    expect(await rows(page).count()).toBe(20)
    await expect(page.locator('.pagination [aria-current="page"]').innerText()).resolves.toBe('2')
    await page.getByRole('link', { name: '末页' }).click()
    await page.waitForURL(new RegExp(`[?&]page=${pages}`))
    expect(await rows(page).count()).toBe(total - 20 * (pages - 1))

    // Filter by kind through the form: every row is a TIC, and the total is the database's.
    await page.goto(`${server.url}/`)
    await page.selectOption('#f-kind', 'tic')
    await Promise.all([page.waitForURL(/kind=tic/), page.getByRole('button', { name: '查询' }).click()])
    const tics = await registerCount('&where[carrierKind][equals]=tic')
    await expect(page.locator('.result-summary strong').innerText()).resolves.toBe(String(tics))
    for (const kind of await page.locator('table.list tbody td[data-label="类型"]').allInnerTexts()) expect(kind).toBe('技术创新中心')

    // Search the lead unit's name: the one carrier it leads.
    await page.goto(`${server.url}/`)
    await page.fill('#f-q', '隐私校验科技')
    await Promise.all([page.waitForURL(/q=/), page.getByRole('button', { name: '查询' }).click()])
    expect(await rows(page).count()).toBe(1)
    await expect(rows(page).first().innerText()).resolves.toContain(seeded.privateCarrier.officialName)
    // The search survives a reload from the address bar (it is the URL).
    await page.reload()
    expect(await rows(page).count()).toBe(1)
    await page.getByRole('link', { name: seeded.privateCarrier.officialName }).click()
    await page.waitForURL(new RegExp(`/carriers/${seeded.privateCarrier.id}$`))
    await expect(page.locator('.facts').innerText()).resolves.toContain('隐私校验成员大学')
    await shot(page, 'carrier-desk')
    await context.close()
  })

  it('reads on a 390 px phone: no sideways scrolling, the menu does not break mid-word, rows become cards', async () => {
    const context = await newContext(PHONE)
    const page = await context.newPage()
    await page.goto(`${server.url}/?kind=consortium&page=2`)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
    for (const link of await page.locator('.site-nav a').all()) {
      // One line box per menu item: "工作人员登录" is not split across lines.
      expect(await link.evaluate((a) => a.getClientRects().length), await link.innerText()).toBe(1)
    }
    const firstRow = rows(page).first()
    const box = await firstRow.boundingBox()
    expect(box!.width).toBeLessThanOrEqual(PHONE.width)
    await expect(firstRow.locator('td[data-label="类型"]').innerText()).resolves.toBe('创新联合体')
    await shot(page, 'register-phone')
    await page.goto(`${server.url}/carriers/${seeded.carriers[0]}`)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
    await shot(page, 'carrier-phone')
    await context.close()
  })
})

describe('a notice: open, 期满, then archived', () => {
  it('the city officer starts a notice: it is open with its days left, issuer, number and where to object', async () => {
    const started = await api<{ doc: { status: string; noticeEndsOn: string } }>(`/applications/${seeded.toOpen}/transition`, { method: 'POST', body: JSON.stringify({ name: 'start-public-notice' }) })
    expect(started.status).toBe(200)
    expect(started.json.doc.status).toBe('public-notice')
    for (const viewport of [DESK, PHONE]) {
      const context = await newContext(viewport)
      const page = await context.newPage()
      await page.goto(`${server.url}/notices`)
      const row = page.locator(`#notice-${seeded.toOpen}`)
      await expect(row.innerText()).resolves.toMatch(/远洋装备[\s\S]*公示中，(剩余 \d+ 天|今日截止)/)
      const group = page.locator('.notice-group', { has: row })
      await expect(group.innerText()).resolves.toMatch(/发布单位：威海市科学技术局[\s\S]*文号：威科公示〔2024〕2号/)
      await expect(group.locator('.objection').innerText()).resolves.toMatch(/受理部门[\s\S]*联系电话[\s\S]*0631-5230000/)
      await shot(page, `notices-${viewport === PHONE ? 'phone' : 'desk'}`)
      // Opened from the notice board, the carrier's page says it is under notice, not "认定日期 —".
      await row.getByRole('link').click()
      await page.waitForURL(new RegExp(`/carriers/${seeded.toOpen}$`))
      const text = await page.locator('article').innerText()
      expect(text).toContain('正在公示')
      expect(text).toMatch(/拟备案为创新联合体，公示期：\d{4}年\d{1,2}月\d{1,2}日至\d{4}年\d{1,2}月\d{1,2}日/)
      expect(text).not.toMatch(/认定日期\s*—/)
      await context.close()
    }
  })

  it('a notice whose period is over shows 期满 and no days left; the officer files it and it moves to the archive', async () => {
    const context = await newContext()
    const page = await context.newPage()
    await page.goto(`${server.url}/notices`)
    const row = page.locator(`#notice-${seeded.ended}`)
    await expect(row.locator('.tag').innerText()).resolves.toBe('公示期满')
    await page.goto(`${server.url}/carriers/${seeded.ended}`)
    await expect(page.locator('.notice-box h2').innerText()).resolves.toBe('公示期已满')

    const filed = await api<{ doc: { status: string; officialName: string } }>(`/applications/${seeded.ended}/transition`, { method: 'POST', body: JSON.stringify({ name: 'file' }) })
    expect(filed.status, JSON.stringify(filed.json)).toBe(200)
    expect(filed.json.doc.status).toBe('filed')

    // The change reached the cached pages at once: off the board, into the archive and the register.
    await page.goto(`${server.url}/notices`)
    expect(await page.locator(`#notice-${seeded.ended}`).count()).toBe(0)
    await page.goto(`${server.url}/notices/archive`)
    const archived = page.locator('table.list tbody tr', { hasText: filed.json.doc.officialName })
    await expect(archived.locator('td[data-label="结果"]').innerText()).resolves.toBe('已备案')
    await shot(page, 'archive-desk')
    await page.goto(`${server.url}/carriers/${seeded.ended}`)
    const text = await page.locator('article').innerText()
    expect(text).toContain(filed.json.doc.officialName)
    expect(text).toMatch(/备案日期\s*\d{4}年\d{1,2}月\d{1,2}日/)
    expect(text).toContain('公示期满无异议，予以备案')
    await page.goto(`${server.url}/?q=${encodeURIComponent('海洋牧场')}`)
    await expect(page.locator('table.list tbody').innerText()).resolves.toContain(filed.json.doc.officialName)
    await context.close()
  })
})

describe('statistics and downloads', () => {
  it('the statistics count what the database holds, drawn without outside code, at a desk and on a phone', async () => {
    const total = await registerCount()
    const tics = await registerCount('&where[carrierKind][equals]=tic')
    for (const viewport of [DESK, PHONE]) {
      const context = await newContext(viewport)
      const page = await context.newPage()
      await page.goto(`${server.url}/statistics`)
      await expect(page.locator('.stat-cards li').first().locator('.stat-number').innerText()).resolves.toBe(String(total))
      const kind = page.locator('#by-kind-title').locator('xpath=..')
      await expect(kind.locator('li', { hasText: '技术创新中心' }).locator('.bar-value').innerText()).resolves.toMatch(new RegExp(`^${tics}\\b`))
      expect(await page.locator('figure.chart svg.bar').count()).toBeGreaterThan(4)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width)
      await shot(page, `statistics-${viewport === PHONE ? 'phone' : 'desk'}`)
      await context.close()
    }
  })

  it('downloads the register as CSV (Excel-ready) and JSON, one row per carrier', async () => {
    const total = await registerCount()
    const context = await newContext()
    const page = await context.newPage()
    await page.goto(`${server.url}/statistics`)
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV' }).first().click()])
    const csv = readFileSync((await download.path())!, 'utf8')
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    const lines = csv.slice(1).trim().split('\r\n')
    expect(lines[0]).toBe('编号,名称,英文名称,类型,牵头（依托）单位,成员单位,技术领域,属地,依据政策,认定日期,认定文号,状态,详情页')
    expect(lines).toHaveLength(total + 1)
    expect(csv).toContain(seeded.privateCarrier.officialName)
    const json = (await (await page.request.get(`${server.url}/open-data/carriers.json`)).json()) as { count: number; carriers: { id: string }[] }
    expect(json.count).toBe(total)
    expect(json.carriers.map((c) => c.id)).toContain(String(seeded.privateCarrier.id))
    await context.close()
  })
})

describe('quality', () => {
  it('no serious or critical accessibility violation (axe-core), at a desk and on a phone', async () => {
    const paths = ['/', '/?kind=tic&page=1', `/carriers/${seeded.privateCarrier.id}`, `/carriers/${seeded.toOpen}`, '/notices', '/notices/archive', '/statistics', '/open-data', '/carriers/999999999']
    const problems: string[] = []
    for (const viewport of [DESK, PHONE]) {
      const context = await newContext(viewport)
      const page = await context.newPage()
      for (const p of paths) {
        await page.goto(`${server.url}${p}`)
        for (const problem of await axeProblems(page)) problems.push(`${viewport.width}px ${p}: ${problem}`)
      }
      await context.close()
    }
    expect(problems).toEqual([])
  })

  it('works under a strict Content-Security-Policy (no inline script allowed): content shows, links and the search form work', async () => {
    const context = await newContext()
    const policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
    await context.route(`${server.url}/**`, async (route) => {
      const response = await route.fetch()
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } })
    })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(`${server.url}/`)
    await expect(page.locator('h1').innerText()).resolves.toBe('已认定（备案）创新载体名单')
    // The stylesheet applied (same origin): the header has its accent border.
    expect(await page.locator('.site-header').evaluate((el) => getComputedStyle(el).borderBottomStyle)).toBe('solid')
    await page.fill('#f-q', '隐私校验')
    await Promise.all([page.waitForURL(/q=/), page.getByRole('button', { name: '查询' }).click()])
    expect(await rows(page).count()).toBe(1)
    await page.getByRole('link', { name: '统计与数据' }).click()
    await page.waitForURL(/\/statistics$/)
    expect(await page.locator('figure.chart').count()).toBe(4)
    expect(errors).toEqual([])
    await context.close()
  })

  it('prints without the menu, the search form or the page links', async () => {
    const context = await newContext()
    const page = await context.newPage()
    await page.goto(`${server.url}/`)
    await page.emulateMedia({ media: 'print' })
    for (const selector of ['.site-nav', '.filters', '.pagination']) expect(await page.locator(selector).isVisible(), selector).toBe(false)
    expect(await page.locator('table.list').isVisible()).toBe(true)
    await shot(page, 'register-print')
    await context.close()
  })

  it('has a sitemap of every public page, metadata on each page, and a robots file', async () => {
    const sitemap = await (await fetch(`${server.url}/sitemap.xml`)).text()
    for (const id of [seeded.carriers[0], seeded.privateCarrier.id, seeded.toOpen]) expect(sitemap).toContain(`/carriers/${id}</loc>`)
    for (const id of seeded.private) expect(sitemap).not.toContain(`/carriers/${id}</loc>`)
    const html = await (await fetch(`${server.url}/carriers/${seeded.privateCarrier.id}`)).text()
    expect(html).toContain(`<title>${seeded.privateCarrier.officialName} · `)
    expect(html).toMatch(/<meta name="description" content="技术创新中心。牵头单位：/)
    expect(html).toContain(`<link rel="canonical" href="${server.url}/carriers/${seeded.privateCarrier.id}"/>`)
    expect(await (await fetch(`${server.url}/robots.txt`)).text()).toContain(`Sitemap: ${server.url}/sitemap.xml`)
    expect((await fetch(`${server.url}/carriers/${seeded.private[0]}`)).status).toBe(404)
  })
})

describe('privacy', () => {
  it('no amount, score, email, phone or private name on any public page, download or feed', async () => {
    const sitemap = await (await fetch(`${server.url}/sitemap.xml`)).text()
    const urls = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(/^https?:\/\/[^/]+/, server.url)))
    for (const p of ['/?page=2', '/?page=3', '/?q=%E9%9A%90%E7%A7%81', '/?kind=tic', '/notices/archive', '/open-data/carriers.csv', '/open-data/carriers.json', '/notices/feed.xml', '/sitemap.xml', '/robots.txt']) urls.add(`${server.url}${p}`)
    expect(urls.size).toBeGreaterThan(50)
    let sawCarrier = 0
    for (const url of urls) {
      const response = await fetch(url)
      expect(response.status, url).toBe(200)
      const body = await response.text()
      if (body.includes(seeded.privateCarrier.officialName)) sawCarrier++
      for (const marker of ALL_PRIVATE_MARKERS) expect(body.includes(marker), `${marker} on ${url}`).toBe(false)
    }
    // The carrier with the private facts was on its page, the search, both downloads and the register.
    expect(sawCarrier).toBeGreaterThanOrEqual(4)
  })

  it('nothing was requested outside this server', () => {
    expect(outside).toEqual([])
  })
})
