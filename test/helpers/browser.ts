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

/**
 * Waits until the admin page a person would read has finished loading: no request in flight, no "加载中…" /
 * "Loading..." anywhere (Payload's relationship selects and lists show it while they fetch), no shimmer or loading
 * overlay, and every relationship select that has a value showing its label. Screenshots are taken after it.
 */
export async function adminSettled(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout }).catch(() => undefined)
  await page.waitForFunction(
    () => {
      const visible = (el: Element) => {
        const r = (el as HTMLElement).getBoundingClientRect()
        return r.width > 0 && r.height > 0
      }
      const text = document.body?.innerText ?? ''
      if (/加载中|Loading\.\.\.|Loading…/.test(text)) return false
      if ([...document.querySelectorAll('.shimmer-effect, .loading-overlay, .rs__loading-indicator')].some(visible)) return false
      // A relationship select with a value shows the related record's title, not a bare id or nothing.
      for (const field of document.querySelectorAll('.field-type.relationship, .field-type.upload')) {
        if (field.querySelector('.rs__loading-indicator')) return false
      }
      return true
    },
    undefined,
    { timeout, polling: 200 },
  )
}
