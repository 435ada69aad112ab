// The admin reads as words, in Chinese and in English, for every role: a walk through every list the role's menu
// offers and the first record of each, failing on a raw translation key (general:null), a raw field name, an
// "untitled" record, a Chinese label in the English admin; date inputs, list columns and the document header's dates as 2027年1月31日 / 31 January 2027; no
// empty-dashboard hint; a refusal's toast as two clean lines. From `npm start`'s demo data, nothing from outside.
// Screenshots go to test-results/admin-language/ (ignored by git).
import { mkdirSync } from 'node:fs'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminSettled, launchChromium, localOnlyContext, signInToAdmin } from '../helpers/browser'
import { startServer, type RunningServer } from '../helpers/server'

const SHOTS = 'test-results/admin-language'
let server: RunningServer
let browser: Browser
let password: string
const outside: string[] = []
const tokens: Record<string, string> = {}

async function api<T>(path: string, who: string, init: RequestInit = {}): Promise<{ status: number; json: T }> {
  const response = await fetch(`${server.url}/api${path}`, { ...init, headers: { 'Content-Type': 'application/json', Authorization: `JWT ${tokens[who]}`, ...(init.headers ?? {}) } })
  return { status: response.status, json: (await response.json()) as T }
}

const context = (locale: string): Promise<BrowserContext> => localOnlyContext(browser, outside, { locale, viewport: { width: 1280, height: 900 } })

const signIn = (ctx: BrowserContext, who: string): Promise<Page> => signInToAdmin(ctx, server.url, `${who}@example.org`, password)

const shot = async (page: Page, name: string) => {
  await adminSettled(page)
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true })
}

/** What a person must never read: untranslated keys, framework words, placeholders for a missing title or value. */
const RAW = [
  /\b(general|error|fields|validation|authentication|version|upload|dashboard|operators|lexical|folder):[a-zA-Z]+/,
  /Display Name|Payload 设置|\[object Object\]|Invalid Date|\bNaN\b|\bundefined\b/,
  /无标题|\[Untitled\]|没有小部件|no widgets/i,
]
const CJK = /[\u3400-\u9fff]/
// A raw field name: one lower-case word running into capitals (taskSharePermille), as a column or field label.
const CAMEL = /^[a-z]+[A-Z][A-Za-z]*$/

/** Problems on the page now: raw text anywhere; in English, headings and labels with Chinese in them. */
async function problemsOn(page: Page, where: string, lang: 'zh' | 'en'): Promise<string[]> {
  const text = await page.locator('body').innerText()
  const out: string[] = []
  for (const pattern of RAW) {
    const m = pattern.exec(text)
    if (m) out.push(`${where}: "${m[0]}" in «${text.slice(Math.max(0, m.index - 40), m.index + 40).replace(/\s+/g, ' ')}»`)
  }
  const labels = await page.locator('th, .field-label, label.field-label, .tabs-field__tab-button, .nav__link, .step-nav a, h1').allInnerTexts()
  for (const raw of labels) {
    const label = raw.replace(/\s*\*\s*$/, '').trim()
    if (!label) continue
    if (CAMEL.test(label)) out.push(`${where}: raw field name "${label}"`)
    // Record titles (h1, the last breadcrumb) are data: a unit's Chinese name stays Chinese in English.
    if (lang === 'en' && CJK.test(label) && !(await isRecordTitle(page, raw))) out.push(`${where}: Chinese label "${label}" in English`)
  }
  return out
}

async function isRecordTitle(page: Page, text: string): Promise<boolean> {
  const titles = await page.locator('h1, .step-nav > *:last-child, .doc-header__title, .render-title').allInnerTexts()
  return titles.some((t) => t.trim() === text.trim())
}

/** Every collection in the role's menu: its list, then its first record. */
async function walk(page: Page, who: string, lang: 'zh' | 'en', withRecords: boolean): Promise<string[]> {
  const problems: string[] = []
  await page.goto(`${server.url}/admin`)
  await page.locator('nav').first().waitFor({ timeout: 60_000 })
  problems.push(...(await problemsOn(page, `${who}/${lang} home`, lang)))
  const hrefs = [...new Set(await page.locator('nav a[href*="/admin/collections/"], nav a[href*="/admin/globals/"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? '')))].filter(Boolean)
  expect(hrefs.length, `${who} has a menu`).toBeGreaterThan(0)
  for (const href of hrefs) {
    await page.goto(`${server.url}${href}`)
    await page.waitForLoadState('networkidle')
    problems.push(...(await problemsOn(page, `${who}/${lang} ${href}`, lang)))
    if (!withRecords || href.includes('/globals/')) continue
    const first = page.locator('.table tbody tr td a[href*="/admin/collections/"]').first()
    if ((await first.count()) === 0) continue
    const record = await first.getAttribute('href')
    await page.goto(`${server.url}${record}`)
    await page.waitForLoadState('networkidle')
    problems.push(...(await problemsOn(page, `${who}/${lang} ${record}`, lang)))
  }
  return problems
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  server = await startServer()
  password = /密码 \/ password: (\S+)/.exec(server.output())?.[1] ?? ''
  for (const who of ['city', 'applicant']) {
    const r = await fetch(`${server.url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: `${who}@example.org`, password }) })
    tokens[who] = ((await r.json()) as { token: string }).token
  }
  // A review whose boxes were never ticked (recommend, submitted): its list once read "general:null".
  const tic = await api<{ docs: { id: number; assignedExperts: number[] }[] }>(`/applications?where[title][equals]=${encodeURIComponent('智能制造装备')}&depth=0`, 'city')
  const app = tic.json.docs[0]!
  const review = await api('/reviews', 'city', { method: 'POST', body: JSON.stringify({ application: app.id, expert: app.assignedExperts.at(-1), stage: 'expert-review' }) })
  expect(review.status).toBe(201)
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

// Two walks at a time (the project's maxConcurrency): each has its own browser context; they only read.
describe.concurrent('every list and record, as each role, reads as words', () => {
  for (const who of ['expert1', 'applicant', 'district', 'city']) {
    for (const lang of ['zh', 'en'] as const) {
      it(`${who}, ${lang === 'zh' ? 'Chinese' : 'English'}: no raw keys, field names or untitled records${lang === 'en' ? ', no Chinese labels' : ''}`, async () => {
        const ctx = await context(lang === 'zh' ? 'zh-CN' : 'en-US')
        const page = await signIn(ctx, who)
        // The city bureau has every menu: its records are walked in Chinese; in English its lists.
        const problems = await walk(page, who, lang, !(who === 'city' && lang === 'en'))
        await page.goto(`${server.url}/admin`)
        await page.locator('nav').first().waitFor({ timeout: 60_000 })
        await shot(page, `home-${who}-${lang}`)
        expect(await page.locator('.modular-dashboard__empty:visible').count()).toBe(0)
        await ctx.close()
        expect(problems).toEqual([])
      })
    }
  }
})

describe('dates and refusals', () => {
  it('a date input reads 2027年1月31日 in Chinese and 31 January 2027 in English; so do the header’s dates', async () => {
    const draft = await api<{ docs: { id: number }[] }>(`/applications?where[title][equals]=${encodeURIComponent('先进高分子材料')}&depth=0`, 'city')
    const created = await api<{ doc: { id: number } }>('/evaluations', 'city', { method: 'POST', body: JSON.stringify({ application: draft.json.docs[0]!.id, year: 2031, kind: 'annual', dueOn: '2027-01-31T12:00:00.000Z' }) })
    expect(created.status).toBe(201)
    for (const [locale, expected, day] of [['zh-CN', '2027年1月31日', /^\d{4}年\d{1,2}月\d{1,2}日$/], ['en-US', '31 January 2027', /^\d{1,2} [A-Z][a-z]+ \d{4}$/]] as const) {
      const ctx = await context(locale)
      const page = await signIn(ctx, 'city')
      await page.goto(`${server.url}/admin/collections/evaluations/${created.json.doc.id}`)
      const input = page.locator('#field-dueOn input')
      await input.waitFor({ timeout: 60_000 })
      expect(await input.inputValue()).toBe(expected)
      // 创建时间 / Created and 最后修改 / Last Modified in the header: the day in the admin's language.
      await adminSettled(page)
      const header = page.locator('.doc-controls__value-wrap .doc-controls__value')
      await expect.poll(async () => (await header.allInnerTexts()).map((t) => t.trim()), { timeout: 30_000 }).toEqual([expect.stringMatching(day), expect.stringMatching(day)])
      await shot(page, `date-${locale}`)
      // The list column too.
      await page.goto(`${server.url}/admin/collections/evaluations?columns=${encodeURIComponent(JSON.stringify(['application', 'year', 'dueOn']))}`)
      await page.locator('.table').first().waitFor({ timeout: 60_000 })
      expect(await page.locator('.table').first().innerText()).toContain(expected)
      await ctx.close()
    }
  })

  it('the applications list and an application’s 下一步 / Next step read in the admin’s language', async () => {
    const submitted = await api<{ docs: { id: number; title: string }[] }>(`/applications?where[status][equals]=district-review&depth=0&limit=1`, 'city')
    const app = submitted.json.docs[0]
    expect(app, 'the demo has an application under district review').toBeTruthy()
    for (const [locale, expected] of [['zh-CN', '属地审核推荐（区县科技局）'], ['en-US', '(district bureau)']] as const) {
      const ctx = await context(locale)
      const page = await signIn(ctx, 'city')
      await page.goto(`${server.url}/admin/collections/applications?columns=${encodeURIComponent(JSON.stringify(['title', 'status', 'nextStep']))}&where[id][equals]=${app!.id}`)
      await page.locator('.table td.cell-nextStep').first().waitFor({ timeout: 60_000 })
      const cell = (await page.locator('.table td.cell-nextStep').first().innerText()).trim()
      expect(cell).toContain(expected)
      if (locale === 'en-US') expect(CJK.test(cell), cell).toBe(false)
      await shot(page, `next-step-${locale}`)
      await ctx.close()
    }
  })

  it('a refusal on save is a toast of two clean lines, Chinese then English, not bullets', async () => {
    // The applicant declares its own unit a 新型研发机构: a status the bureau confers (the English half has a colon,
    // which Payload's field-errors toast used to split into bullets).
    const me = await api<{ user: { organization: number | { id: number } } }>('/users/me', 'applicant')
    const org = me.json.user.organization
    const unitId = typeof org === 'object' ? org.id : org
    const ctx = await context('zh-CN')
    const page = await signIn(ctx, 'applicant')
    await page.goto(`${server.url}/admin/collections/organizations/${unitId}`)
    await page.locator('#field-kind').waitFor({ timeout: 60_000 })
    await page.locator('#field-kind').click()
    await page.locator('.rs__option', { hasText: '新型研发机构' }).first().click()
    await page.click('#action-save')
    const toast = page.locator('.payload-toast-container .toast-error').first()
    await toast.waitFor({ timeout: 30_000 })
    await shot(page, 'toast-two-lines')
    expect(await toast.locator('li').count()).toBe(0)
    const lines = (await toast.locator('.toast-title').innerText()).split('\n').map((l) => l.trim()).filter(Boolean)
    expect(lines).toEqual(['“新型研发机构”由科技局认定，申报单位不能自行选择', 'the new-type R&D institution status is conferred by the bureau: a unit cannot choose it itself'])
    const stored = await api<{ kind: string }>(`/organizations/${unitId}?depth=0`, 'city')
    expect(stored.json.kind).toBe('enterprise')
    await ctx.close()
  })

  it('nothing was requested outside this server', () => {
    expect(outside).toEqual([])
  })
})
