// Large imports and exports as background jobs, in Chromium against `npm start` alone (no worker: the server runs
// the jobs itself): an applicant imports a 150-row members sheet with the button, sees the progress and the
// result, and downloads the per-row report; a city officer exports a filtered list of 600 applications as a job
// and downloads the file. Screenshots go to test-results/spreadsheet-jobs/ (ignored by git).
import { spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'

import ExcelJS from 'exceljs'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { withCheckChar } from '../../src/lib/credit-code'
import { tsNode } from '../../scripts/node-args'
import { launchChromium, localOnlyContext, signInToAdmin } from '../helpers/browser'
import { startServer, withoutNodeEnv, type RunningServer } from '../helpers/server'
import { EXPORT_ROWS, EXPORT_TITLE } from '../helpers/seed-spreadsheet-e2e'

const SHOTS = 'test-results/spreadsheet-jobs'
let server: RunningServer
let browser: Browser
let password: string
const outside: string[] = []
const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true })

// Downloads are accepted in a new context by default (the import report and the export are clicked).
const context = (): Promise<BrowserContext> => localOnlyContext(browser, outside, { locale: 'zh-CN', viewport: { width: 1280, height: 900 } })
const signIn = (ctx: BrowserContext, who: string): Promise<Page> => signInToAdmin(ctx, server.url, `${who}@example.org`, password)

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  // The server runs its own job queue (JOBS_AUTORUN on), as `npm start` does for a user.
  server = await startServer({ JOBS_AUTORUN: 'true' }, 1_200_000)
  password = /密码 \/ password: (\S+)/.exec(server.output())?.[1] ?? ''
  const seed = spawnSync(process.execPath, tsNode('test/helpers/seed-spreadsheet-e2e.ts'), {
    env: { ...withoutNodeEnv(), NODE_ENV: 'production', DATA_DIR: server.dataDir, DATABASE_URL: `file:${server.dataDir}/carriers.db`, LOG_LEVEL: 'warn' } as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 120_000,
  })
  if (!seed.stdout.includes('SEEDED ')) throw new Error(`seeding failed (${seed.status}):\n${seed.stdout}\n${seed.stderr}`)
  browser = await launchChromium()
}, 1_300_000)
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('background imports and exports', () => {
  it('an applicant imports a 150-row sheet with the button, sees the progress and the result, and downloads the report', async () => {
    const ctx = await context()
    const page = await signIn(ctx, 'applicant')
    const token = (await (await fetch(`${server.url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'applicant@example.org', password }) })).json()) as { token: string }
    const own = (await (await fetch(`${server.url}/api/applications?where[title][equals]=${encodeURIComponent('先进高分子材料')}&depth=0`, { headers: { Authorization: `JWT ${token.token}` } })).json()) as { docs: { id: number }[] }
    const applicationId = own.docs[0]!.id
    await page.goto(`${server.url}/admin/collections/applications/${applicationId}`)
    await page.locator('button', { hasText: '成员、协议与评价' }).first().click()

    const workbook = new ExcelJS.Workbook()
    const ws = workbook.addWorksheet('成员单位')
    ws.addRow(['单位名称', '统一社会信用代码', '角色', '承担任务', '任务分工占比（‰）', '单位负责人'])
    for (let i = 0; i < 150; i++) ws.addRow([`浏览器导入单位${i}`, withCheckChar(`91330200MH${String(i).padStart(7, '0')}`), '企业', `任务${i}`, 5, `负责人${i}`])
    await page.locator('input[name="members-sheet"]').setInputFiles({ name: 'members.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(await workbook.xlsx.writeBuffer()) })

    // Accepted at once, then the job's progress, then the result.
    const job = page.locator('.import-members__job .spreadsheet-job')
    await job.waitFor({ timeout: 60_000 })
    expect(await page.locator('.import-members__job').innerText()).toContain('正在后台导入')
    await shot(page, '1-import-accepted')
    await page.locator('.import-members__job .spreadsheet-job[data-job-status="done"]').waitFor({ timeout: 180_000 })
    expect(await job.locator('.spreadsheet-job__message').innerText()).toContain('已导入 150 行')
    await shot(page, '2-import-done')
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), job.locator('[data-job-result]').click()])
    const report = new ExcelJS.Workbook()
    await report.xlsx.readFile((await download.path())!)
    expect(report.getWorksheet('汇总')!.getRow(3).values).toEqual([undefined, '已导入', 150])
    const members = (await (await fetch(`${server.url}/api/members?where[application][equals]=${applicationId}&limit=1&depth=0`, { headers: { Authorization: `JWT ${token.token}` } })).json()) as { totalDocs: number }
    expect(members.totalDocs).toBe(150)

    // The job is in the applicant's 导入导出任务 too.
    await page.goto(`${server.url}/admin/collections/spreadsheet-jobs`)
    await page.locator('table tbody tr').first().waitFor({ timeout: 60_000 })
    expect(await page.locator('table tbody').innerText()).toContain('导入成员单位：先进高分子材料（150 行）')
    await shot(page, '3-my-jobs')
    await ctx.close()
  })

  it('a city officer exports a filtered list of 600 applications as a job and downloads it', async () => {
    const ctx = await context()
    const page = await signIn(ctx, 'city')
    await page.goto(`${server.url}/admin/collections/applications?search=${encodeURIComponent(EXPORT_TITLE)}`)
    const button = page.locator('[data-export="applications"][data-export-mode="job"]')
    await button.waitFor({ timeout: 60_000 })
    expect(await button.innerText()).toContain(`${EXPORT_ROWS} 条`)
    await button.click()
    const job = page.locator('.list-export .spreadsheet-job')
    await job.waitFor({ timeout: 60_000 })
    await shot(page, '4-export-started')
    await page.locator('.list-export .spreadsheet-job[data-job-status="done"]').waitFor({ timeout: 180_000 })
    await shot(page, '5-export-done')
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), job.locator('[data-job-result]').click()])
    const file = new ExcelJS.Workbook()
    await file.xlsx.readFile((await download.path())!)
    const sheet = file.worksheets[0]!
    expect(sheet.rowCount - 1).toBe(EXPORT_ROWS)
    const titles = sheet.getColumn(2).values.slice(2).map(String)
    expect(titles.every((t) => t.startsWith(EXPORT_TITLE))).toBe(true)
    expect(new Set(titles).size).toBe(EXPORT_ROWS)
    await ctx.close()
    expect(outside).toEqual([])
  })
})
