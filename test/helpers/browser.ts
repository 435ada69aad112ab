// Debian's Chromium driven by playwright-core: no browser download, no sandbox (root in CI).
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS, headless: true })
}

/** A context that lets only this server's requests through: every other one is aborted and recorded in `outside`. */
export async function localOnlyContext(browser: Browser, outside: string[], options: { locale: string; viewport: { width: number; height: number } }): Promise<BrowserContext> {
  const ctx = await browser.newContext(options)
  await ctx.route('**/*', (route) => {
    const { hostname } = new URL(route.request().url())
    if (hostname === 'localhost' || hostname === '127.0.0.1') return route.continue()
    outside.push(route.request().url())
    return route.abort()
  })
  return ctx
}

/** Signs in through the admin's login form, as a person would; resolves on the first admin page after it. */
export async function signInToAdmin(ctx: BrowserContext, baseUrl: string, email: string, password: string): Promise<Page> {
  const page = await ctx.newPage()
  await page.goto(`${baseUrl}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', password)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin(?!\/login)/, { timeout: 60_000 })
  return page
}
