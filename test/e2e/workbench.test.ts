// A city officer's morning in Chromium: the dashboard's to-do → the filtered list → a bulk 退回 with one reason
// and its confirmation → the per-row results → the export of the filtered list, read back with exceljs.
// Screenshots go to test-results/ (git-ignored).
import { spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'

import { createClient } from '@libsql/client'
import ExcelJS from 'exceljs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { tsNode } from '../../scripts/node-args'
import { adminSettled, launchChromium, localOnlyContext, signInToAdmin } from '../helpers/browser'
import { extractText } from 'unpdf'

import { STATE_LABELS, type State } from '../../src/policies'
import { BULK_TITLES, COLLEAGUE, FILING_APPLICANT, OTHER_DISTRICT, weihaiNumber } from '../helpers/seed-workbench-e2e'
import { startServer, withoutNodeEnv, type RunningServer } from '../helpers/server'

let server: RunningServer
let browser: Browser
let password: string
let seeded: { ids: number[]; filing: number }
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/workbench-${name}.png`, fullPage: true })

beforeAll(async () => {
  // A first start builds the server image: on a busy two-core machine that can take more than the default wait.
  server = await startServer({}, 1_200_000)
  password = /密码 \/ password: (\S+)/.exec(server.output())?.[1] ?? ''
  const seed = spawnSync(process.execPath, tsNode('test/helpers/seed-workbench-e2e.ts'), {
    env: { ...withoutNodeEnv(), NODE_ENV: 'production', SEED_PASSWORD: password, DATA_DIR: server.dataDir, DATABASE_URL: `file:${server.dataDir}/carriers.db`, LOG_LEVEL: 'warn' } as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 120_000,
  })
  const line = seed.stdout.split('\n').find((l) => l.startsWith('SEEDED '))
  if (!line) throw new Error(`seeding failed (${seed.status}):\n${seed.stdout}\n${seed.stderr}`)
  seeded = JSON.parse(line.slice('SEEDED '.length)) as { ids: number[]; filing: number }
  browser = await launchChromium()
  mkdirSync('test-results', { recursive: true })
}, 1_300_000)
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** Requests to anywhere but this server, from any page of the test (none expected: nothing loads from outside). */
const outside: string[] = []
const newContext = () => localOnlyContext(browser, outside, { locale: 'zh-CN', viewport: { width: 1366, height: 900 } })
const signIn = async (email: string): Promise<Page> => signInToAdmin(await newContext(), server.url, email, password)

/** Rows of a sheet as objects keyed by its Chinese headers (row 1). */
function sheetRows(workbook: ExcelJS.Workbook, name: string): Record<string, unknown>[] {
  const sheet = workbook.getWorksheet(name)
  if (!sheet) throw new Error(`no sheet ${name} in ${workbook.worksheets.map((w) => w.name).join(', ')}`)
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String)
  const rows: Record<string, unknown>[] = []
  sheet.eachRow((row, n) => {
    if (n > 1) rows.push(Object.fromEntries(headers.map((h, i) => [h, row.getCell(i + 1).value])))
  })
  return rows
}

/**
 * The figures workbook against the server's own database, read with SQL (the city officer sees every application
 * that is not in the trash): counts by kind and status, recognised carriers by district, the TIC's payments
 * against its 1000万 total cap, and graded evaluations.
 */
async function expectFiguresMatchDatabase(figures: ExcelJS.Workbook) {
  expect(figures.worksheets.map((w) => w.name)).toEqual(['按类型和状态', '按区县', '按认定年度', '经费与上限（载体）', '经费与上限（批次）', '评价结果'])
  const db = createClient({ url: `file:${server.dataDir}/carriers.db` })
  try {
    const query = async <T>(sql: string, args: (string | number)[] = []) => (await db.execute({ sql, args })).rows as unknown as T[]
    const kindZh: Record<string, string> = { consortium: '创新联合体', tic: '技术创新中心', complex: '产业创新服务综合体' }
    const byKindStatus = await query<{ kind: string | null; status: string; n: number }>('SELECT carrier_kind AS kind, status, COUNT(*) AS n FROM applications WHERE deleted_at IS NULL GROUP BY carrier_kind, status')
    const expected = Object.fromEntries(byKindStatus.map((r) => [`${kindZh[r.kind ?? ''] ?? '未分类'}|${STATE_LABELS[r.status as State]?.zh ?? r.status}`, Number(r.n)]))
    const sheet = Object.fromEntries(sheetRows(figures, '按类型和状态').map((r) => [`${r['载体类型']}|${r['状态']}`, Number(r['数量'])]))
    expect(sheet).toEqual(expected)
    expect(sheet['技术创新中心|已提交']).toBeGreaterThanOrEqual(BULK_TITLES.length)

    const recognised = ['recognized', 'approved', 'filed', 'in-construction', 'under-evaluation']
    const byDistrict = await query<{ district: string | null; n: number }>(
      `SELECT d.name AS district, COUNT(*) AS n FROM applications a LEFT JOIN districts d ON d.id = a.district_id WHERE a.deleted_at IS NULL AND a.status IN (${recognised.map(() => '?').join(',')}) GROUP BY d.name`,
      recognised,
    )
    expect(Object.fromEntries(sheetRows(figures, '按区县').map((r) => [String(r['区县']), Number(r['已认定（备案）数量'])]))).toEqual(Object.fromEntries(byDistrict.map((r) => [r.district ?? '未填', Number(r.n)])))

    // The demo's technology innovation centre: what stands paid, against its 1000万 total cap.
    const [tic] = await query<{ id: number; name: string; paid: number }>(
      "SELECT a.id, a.official_name AS name, (SELECT COALESCE(SUM(amount), 0) FROM disbursements WHERE application_id = a.id AND deleted_at IS NULL) AS paid FROM applications a WHERE a.title = '先进材料中试'",
    )
    expect(Number(tic!.paid)).toBeGreaterThan(0)
    const ticRows = sheetRows(figures, '经费与上限（载体）').filter((r) => r['载体'] === tic!.name)
    const total = ticRows.find((r) => Number(r['上限（元）']) === 10_000_000)
    expect(total, JSON.stringify(ticRows)).toBeDefined()
    expect(Number(total!['已拨付（元）'])).toBe(Number(tic!.paid))

    const [graded] = await query<{ n: number }>('SELECT COUNT(*) AS n FROM evaluations WHERE grade IS NOT NULL AND deleted_at IS NULL')
    expect(sheetRows(figures, '评价结果').reduce((n, r) => n + Number(r['数量']), 0)).toBe(Number(graded!.n))
  } finally {
    db.close()
  }
}

/** The titles of the saved filters this user is offered on the applications list (the preset drawer). */
async function presetTitlesOffered(page: Page, name: string): Promise<string> {
  await page.goto(`${server.url}/admin/collections/applications`)
  await page.locator('#select-preset').click({ timeout: 60_000 })
  const drawer = page.locator('.drawer--is-open').last()
  try {
    // The drawer lists the presets this user may read (a table), or says there are none.
    await drawer.locator('table tbody tr, .no-results').first().waitFor({ timeout: 90_000 })
  } finally {
    await shot(page, `presets-drawer-${name}`)
  }
  return drawer.innerText()
}

describe('a city officer works through the to-do', () => {
  it('to-do → filtered list → bulk return → export of the filtered list', async () => {
    const page = await signIn('city@example.org')
    const context = page.context()

    // The dashboard: the office's queue first, with how long the oldest has waited.
    const queue = page.locator('[data-todo="office-review"]')
    await queue.waitFor({ timeout: 60_000 })
    const count = Number(await queue.locator('.todo-count').innerText())
    expect(count).toBeGreaterThanOrEqual(BULK_TITLES.length)
    expect(await queue.locator('.todo-waited').innerText()).toMatch(/最久已等待 \d+ 天/)
    expect(await page.locator('[data-todo="notices-ended"]').count()).toBe(1)
    // Every chart draws its figures or says 暂无数据 (never a blank box).
    const charts = page.locator('[data-chart]')
    await charts.first().waitFor({ timeout: 60_000 })
    expect(await charts.count()).toBe(6)
    for (let i = 0; i < 6; i++) {
      const chart = charts.nth(i)
      if ((await chart.getAttribute('data-empty')) === 'true') expect(await chart.innerText()).toContain('暂无数据')
      else await chart.locator('svg').first().waitFor({ timeout: 30_000 })
    }
    await shot(page, '1-dashboard')

    // The charts' figures, downloaded as the officer does it (a click), hold what the database holds.
    const [figuresDownload] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.locator('[data-figures-download]').click()])
    expect(figuresDownload.suggestedFilename()).toMatch(/\.xlsx$/)
    const figures = new ExcelJS.Workbook()
    await figures.xlsx.readFile((await figuresDownload.path())!)
    await expectFiguresMatchDatabase(figures)

    // The item opens the list filtered to exactly those applications.
    await Promise.all([page.waitForURL(/\/admin\/collections\/applications\?/, { timeout: 60_000 }), queue.locator('a').click()])
    const rows = page.locator('table tbody tr')
    await rows.first().waitFor({ timeout: 60_000 })
    expect(await rows.count()).toBe(count)
    // No "‹没有 …›" placeholder in any cell of the list; empty next steps and waits read "—".
    const filteredUrl = page.url()
    await page.goto(`${server.url}/admin/collections/applications?limit=100`)
    await page.locator('table tbody tr').first().waitFor({ timeout: 60_000 })
    // Relationship cells (批次, 牵头单位) never claim to be empty while their titles load: "…", then the title.
    const relationshipTexts = () => page.locator('td.cell-program, td.cell-lead').allInnerTexts()
    const firstSeen = await relationshipTexts()
    await shot(page, '2-list-relationships-first-paint')
    expect(firstSeen.length).toBeGreaterThan(0)
    expect(firstSeen.filter((c) => /没有|‹|</.test(c))).toEqual([])
    await page.waitForFunction(() => document.querySelectorAll('.relationship-cell[data-loading]').length === 0, undefined, { timeout: 60_000 })
    const loaded = await relationshipTexts()
    expect(loaded.filter((c) => /没有|‹|<|^…$|^—$/.test(c.trim()))).toEqual([])
    expect(loaded).toContain('宁波智能制造技术研究院有限公司')
    const workbenchCells = await page.locator('td.cell-nextStep, td.cell-daysWaiting').allInnerTexts()
    expect(workbenchCells.length).toBeGreaterThan(0)
    expect(workbenchCells.filter((c) => /没有|‹|</.test(c))).toEqual([])
    expect(await page.locator('table .cell-empty').count()).toBeGreaterThan(0)
    // The search box says what it searches (not an internal field's name).
    expect(await page.locator('.search-filter__input').getAttribute('placeholder')).toContain('牵头单位')
    await shot(page, '2a-all-applications')
    // Narrowed by the search box to the three plans.
    await page.goto(`${filteredUrl}&search=${encodeURIComponent('批量退回')}`)
    await page.waitForFunction((n) => document.querySelectorAll('table tbody tr').length === n, BULK_TITLES.length, { timeout: 60_000 })
    await shot(page, '2-filtered-list')

    // Bulk: select all, 退回修改 with one reason; the confirmation names the consequence.
    await page.locator('#select-all').check()
    await page.locator('select[name="bulk-transition"]').selectOption('return')
    await page.fill('input[name="bulk-reason"]', '请补充三年建设方案的年度投入计划')
    await page.locator('[data-bulk-run]').click()
    const confirm = page.locator('.bulk-confirm')
    await confirm.waitFor()
    expect(await confirm.innerText()).toContain('将对已选的 3 件申报执行「退回修改」')
    expect(await confirm.innerText()).toContain('申报单位将收到邮件通知')
    await shot(page, '3-bulk-confirm')
    await page.locator('[data-bulk-confirm]').click()
    await page.locator('.bulk-results tr[data-result]').nth(BULK_TITLES.length - 1).waitFor({ timeout: 60_000 })
    expect(await page.locator('.bulk-results tr[data-result="done"]').count()).toBe(BULK_TITLES.length)
    expect(await page.locator('.bulk-results').innerText()).toContain('已办理 → 已退回')
    await shot(page, '4-bulk-results')

    // The returned ones, filtered in the list, exported as the list shows them.
    await page.goto(`${server.url}/admin/collections/applications?where[status][equals]=returned&search=${encodeURIComponent('批量退回')}`)
    await page.waitForFunction((n) => document.querySelectorAll('table tbody tr').length === n, BULK_TITLES.length, { timeout: 60_000 })
    const link = page.locator('[data-export="applications"]')
    expect(await link.getAttribute('href')).toContain('where')
    // Downloaded as the officer does it: a click, with the browser's own session.
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), link.click()])
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile((await download.path())!)
    const sheet = workbook.worksheets[0]!
    expect(sheet.rowCount - 1).toBe(BULK_TITLES.length)
    const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String)
    const titleColumn = headers.indexOf('载体名称') + 1
    const statusColumn = headers.indexOf('状态') + 1
    expect(titleColumn).toBeGreaterThan(0)
    expect(sheet.getColumn(titleColumn).values.slice(2).map(String).sort()).toEqual([...BULK_TITLES].sort())
    if (statusColumn > 0) expect(new Set(sheet.getColumn(statusColumn).values.slice(2).map(String))).toEqual(new Set(['已退回']))
    await shot(page, '5-returned-list')

    // A notice that ended without objection: 予以备案 issues the decision PDF with the programme's 文号.
    await page.goto(`${server.url}/admin/collections/applications/${seeded.filing}`)
    const file = page.locator('[data-transition="file"]')
    await file.waitFor({ timeout: 60_000 })
    await Promise.all([page.waitForEvent('load', { timeout: 60_000 }), file.click()])
    await page.locator('.workflow-timeline li').first().waitFor({ timeout: 60_000 })
    // Read in the page, so the request carries the browser's session as a click would.
    const app = (await page.evaluate(async (id) => (await fetch(`/api/applications/${id}?depth=1`, { credentials: 'include' })).json(), seeded.filing)) as { status: string; officialName: string; documents: { kind: string; file: { url: string } }[] }
    expect(app.status).toBe('filed')
    expect(app.documents.map((d) => d.kind)).toEqual(['decision', 'certificate'])
    const bytes = new Uint8Array(
      await page.evaluate(async (url) => {
        const response = await fetch(url, { credentials: 'include' })
        return response.ok ? [...new Uint8Array(await response.arrayBuffer())] : []
      }, app.documents[0]!.file.url),
    )
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-')
    const text = (await extractText(bytes, { mergePages: true })).text.replace(/\s+/g, '')
    expect(text).toContain(weihaiNumber('decision'))
    expect(text).toContain(app.officialName)
    // The decision as the officer opens it in the browser's PDF viewer.
    await page.goto(`${server.url}/admin/collections/applications/${seeded.filing}`)
    await page.locator('.tabs-field__tab-button', { hasText: '认定与公开' }).click()
    await page.getByText('发文与证书').first().waitFor({ timeout: 30_000 })
    // Each issued document shows its PDF (a read-only upload draws nothing until its file is loaded).
    const files = page.locator('.upload--has-one')
    await page.waitForFunction(() => document.querySelectorAll('.upload--has-one').length >= 2, undefined, { timeout: 60_000 })
    expect((await files.allInnerTexts()).filter((t) => /\.pdf/.test(t))).toHaveLength(2)
    await shot(page, '6-filed-with-documents')
    // The public record of the carrier shows the 文号 of its own decision (two carriers of one programme, each with
    // its own number, are in test/integration/public-document-numbers.test.ts).
    await page.goto(`${server.url}/carriers/${seeded.filing}`)
    const number = page.locator('[data-document-number="decision"]')
    await number.waitFor({ timeout: 60_000 })
    expect(await number.innerText()).toBe(weihaiNumber('decision'))
    await shot(page, '6b-public-record')
    await context.close()

    // The applicant of the filed carrier finds the decision on its application and downloads it; another unit's
    // applicant gets nothing at the same address.
    const applicant = await signIn(FILING_APPLICANT)
    await applicant.goto(`${server.url}/admin/collections/applications/${seeded.filing}`)
    await applicant.locator('.tabs-field__tab-button', { hasText: '认定与公开' }).click({ timeout: 60_000 })
    await applicant.getByText('发文与证书').first().waitFor({ timeout: 30_000 })
    const fetchPdf = (p: Page, url: string) =>
      p.evaluate(async (u) => {
        const response = await fetch(u, { credentials: 'include' })
        return { status: response.status, head: response.ok ? new TextDecoder().decode(new Uint8Array(await response.arrayBuffer()).slice(0, 5)) : '' }
      }, url)
    expect(await fetchPdf(applicant, app.documents[0]!.file.url)).toEqual({ status: 200, head: '%PDF-' })
    await shot(applicant, '7-applicant-documents')
    await applicant.context().close()
    const stranger = await signIn('applicant@example.org')
    expect([403, 404]).toContain((await fetchPdf(stranger, app.documents[0]!.file.url)).status)
    await stranger.context().close()
    expect(outside).toEqual([])
  })
})

describe('each role’s dashboard', () => {
  it('holds that role’s to-do (and, for applicants and experts, only their own tiles)', async () => {
    const held: Record<string, string[]> = {}
    for (const [role, email] of [['city', 'city@example.org'], ['district', 'district@example.org'], ['expert', 'expert1@example.org'], ['applicant', 'applicant@example.org']] as const) {
      const page = await signIn(email)
      await page.locator('[data-todo]').first().waitFor({ timeout: 60_000 })
      held[role] = await page.locator('[data-todo]').evaluateAll((items) => items.map((li) => `${li.getAttribute('data-todo')}=${li.querySelector('.todo-count')?.textContent ?? ''}`))
      held[`${role}:charts`] = [String(await page.locator('[data-chart]').count())]
      held[`${role}:tiles`] = await page.locator('.own-tiles a').allInnerTexts()
      // No table of headers over no rows (an office with nothing in its remit reads 暂无).
      expect(await page.evaluate(() => [...document.querySelectorAll('table')].filter((t) => t.tHead && t.tBodies[0]?.rows.length === 0).length)).toBe(0)
      // Applicants and experts are not told to add widgets to a dashboard that is already theirs.
      if (role === 'applicant' || role === 'expert') expect(await page.getByText('没有小部件').isVisible()).toBe(false)
      await shot(page, `0-dashboard-${role}`)
      await page.context().close()
    }
    console.log(`DASHBOARDS ${JSON.stringify(held)}`)
    // Staff get the charts; applicants and experts neither the charts nor the grid of every collection.
    expect(held['city:charts']).toEqual(['6'])
    expect(held['applicant:charts']).toEqual(['0'])
    expect(held['expert:charts']).toEqual(['0'])
    expect(held['applicant:tiles']!.length).toBeGreaterThan(0)
    expect(held.expert!.length).toBeGreaterThan(0)
  })
})

describe('saved filters', () => {
  it('a district officer saves a filter for the office; a colleague of the same district sees it, another district does not', async () => {
    const page = await signIn('district@example.org')
    await page.goto(`${server.url}/admin/collections/applications?where[status][equals]=district-review`)
    await adminSettled(page)
    await page.locator('#create-new-preset').click({ timeout: 60_000 })
    const drawer = page.locator('.drawer--is-open').last()
    await drawer.locator('#field-title').waitFor({ timeout: 60_000 })
    // The drawer's form loads its state from the server after it opens; a tick before that is lost.
    await adminSettled(page)
    await drawer.locator('#field-title').fill('鄞州·待区县审核')
    // Who may use it: my office (the only other choice is "only me"). The sharing settings appear once 已共享 is
    // ticked, rendered by the server; on a loaded machine (CI, every e2e file at once) that answer has taken over
    // 30 s, and a tick made while the form's own state was still arriving was lost: it is ticked until it holds.
    const isShared = drawer.locator('#field-isShared')
    const constraint = drawer.locator('#field-access__read__constraint')
    for (let attempt = 0; !(await constraint.isVisible()); attempt++) {
      expect(attempt, 'the sharing settings appear once 已共享 is ticked').toBeLessThan(8)
      if (!(await isShared.isChecked())) await isShared.check()
      await constraint.waitFor({ timeout: 15_000 }).catch(() => undefined)
    }
    expect(await isShared.isChecked()).toBe(true)
    await constraint.click()
    const options = page.locator('.rs__option')
    await options.first().waitFor({ timeout: 30_000 })
    expect((await options.allInnerTexts()).sort()).toEqual(['仅自己', '本单位同事（同一科技局）'].sort())
    await options.filter({ hasText: '本单位同事' }).click()
    await shot(page, '8-preset-new')
    // 显示列 names each column as the list does, the computed ones too (not nextStep, daysWaiting); no 分组, which
    // no list here uses.
    const columnsField = drawer.locator('.query-preset-columns-field')
    await columnsField.scrollIntoViewIfNeeded()
    const pills = (await columnsField.locator('.pill-selector__pill').allInnerTexts()).map((t) => t.trim())
    expect(pills).toEqual(expect.arrayContaining(['载体名称', '状态', '下一步', '已等待（天）']))
    expect(pills.filter((p) => !/[\u3400-\u9fff]/.test(p))).toEqual([])
    expect(await drawer.locator('.query-preset-group-by-field').count()).toBe(0)
    await shot(page, '8b-preset-columns')
    await drawer.locator('#action-save').click()
    await page.locator('#select-preset', { hasText: '鄞州·待区县审核' }).waitFor({ timeout: 60_000 })
    await shot(page, '9-preset-saved')
    // The preset picker, with its filter and columns shown as columns, reads them in words.
    await page.locator('#select-preset').click({ timeout: 60_000 })
    const picker = page.locator('.drawer--is-open').last()
    const row = picker.locator('table tbody tr', { hasText: '鄞州·待区县审核' })
    await row.waitFor({ timeout: 60_000 })
    await picker.locator('.list-controls__toggle-columns').click()
    const offered = picker.locator('.list-controls__columns .pill-selector__pill')
    await offered.first().waitFor({ timeout: 30_000 })
    // The column menu offers the columns a person reads, by their names (not the sharing details by their keys).
    expect((await offered.allInnerTexts()).map((t) => t.trim()).sort()).toEqual(['ID', '名称', '已共享', '更新于', '创建于', '筛选条件', '显示列'].sort())
    const cellTexts = async () => (await row.locator('td').allInnerTexts()).map((t) => t.trim())
    await offered.filter({ hasText: '筛选条件' }).click()
    await expect.poll(cellTexts, { timeout: 30_000 }).toContain('1 个条件')
    await offered.filter({ hasText: '显示列' }).click()
    await expect.poll(async () => (await cellTexts()).some((c) => c.includes('下一步')), { timeout: 30_000 }).toBe(true)
    const cells = await cellTexts()
    // Saved from a list showing its default columns: those, by name.
    expect(cells.find((c) => c.includes('下一步'))).toMatch(/^载体名称、申报批次、.*下一步、已等待（天）.*（默认）$/)
    expect(cells.filter((c) => /[A-Za-z]/.test(c))).toEqual([])
    await shot(page, '9b-presets-list')
    await page.context().close()

    const colleague = await signIn(COLLEAGUE)
    expect(await presetTitlesOffered(colleague, 'colleague')).toContain('鄞州·待区县审核')
    await shot(colleague, '10-preset-colleague')
    // Applied, it filters the list, and the export takes the same filter.
    await colleague.locator('.drawer--is-open').last().getByText('鄞州·待区县审核').first().click()
    await colleague.locator('#select-preset', { hasText: '鄞州·待区县审核' }).waitFor({ timeout: 60_000 })
    await colleague.waitForFunction(() => decodeURIComponent(document.querySelector('[data-export="applications"]')?.getAttribute('href') ?? '').includes('district-review'), undefined, { timeout: 60_000 })
    await shot(colleague, '10b-preset-applied')
    await colleague.context().close()

    const other = await signIn(OTHER_DISTRICT)
    expect(await presetTitlesOffered(other, 'other')).not.toContain('鄞州·待区县审核')
    await shot(other, '11-preset-other-district')
    await other.context().close()

    // Applicants get no preset bar at all.
    const applicant = await signIn('applicant@example.org')
    await applicant.goto(`${server.url}/admin/collections/applications`)
    await applicant.locator('table, .no-results').first().waitFor({ timeout: 60_000 })
    expect(await applicant.locator('#select-preset').isVisible()).toBe(false)
    await applicant.context().close()
    expect(outside).toEqual([])
  })
})
