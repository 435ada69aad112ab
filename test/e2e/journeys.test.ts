// Each role's whole journey in the admin, in Chromium, from `npm start`'s demo data, with every request outside
// this server blocked (and the test failing on any attempt): the expert scores and submits; the applicant
// creates an application, links a member by credit code, imports a sheet, asks for an exception, submits and
// files its self-evaluation; the district officer recommends; the city officer decides the exception.
// Screenshots go to test-results/journeys/ (ignored by git).
import { mkdirSync } from 'node:fs'

import ExcelJS from 'exceljs'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { withCheckChar } from '../../src/lib/credit-code'
import { TIC_INDEX_CODES } from '../../src/policies/tic-index'
import { adminSettled, launchChromium, localOnlyContext, signInToAdmin } from '../helpers/browser'
import { startServer, type RunningServer } from '../helpers/server'

const SHOTS = 'test-results/journeys'
let server: RunningServer
let browser: Browser
let password: string
const outside: string[] = []
const tokens: Record<string, string> = {}
let applicationId: number | null = null

async function api<T>(path: string, who: string, init: RequestInit = {}): Promise<{ status: number; json: T }> {
  const response = await fetch(`${server.url}/api${path}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${tokens[who]}`, ...(init.headers ?? {}) },
  })
  return { status: response.status, json: (await response.json()) as T }
}

const context = (locale = 'zh-CN'): Promise<BrowserContext> => localOnlyContext(browser, outside, { locale, viewport: { width: 1280, height: 900 } })

const signIn = (ctx: BrowserContext, who: string): Promise<Page> => signInToAdmin(ctx, server.url, `${who}@example.org`, password)

/** A screenshot of the page as a person reads it: once the form and its selects have loaded (adminSettled). */
const shot = async (page: Page, name: string) => {
  await adminSettled(page)
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true })
}

const CJK = /[\u3400-\u9fff]/
/** In English, the headings of columns and the labels of fields are English (the records' own names may be Chinese). */
async function expectEnglishLabels(page: Page) {
  const labels = await page.locator('th, .field-label, .tabs-field__tab-button, .nav__link').allInnerTexts()
  expect(labels.filter((l) => CJK.test(l))).toEqual([])
}

/** Payload's save button, then the "saved" toast (or an error toast). */
async function save(page: Page) {
  await page.click('#action-save')
  await page.locator('.payload-toast-container .toast-success, .payload-toast-container .toast-error').first().waitFor({ timeout: 30_000 })
}

async function sheet(rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const ws = workbook.addWorksheet('成员单位')
  ws.addRow(['单位名称', '统一社会信用代码', '角色', '承担任务', '任务分工占比（‰）', '单位负责人'])
  for (const r of rows) ws.addRow(r)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  server = await startServer()
  password = /密码 \/ password: (\S+)/.exec(server.output())?.[1] ?? ''
  for (const who of ['city', 'expert1', 'applicant', 'district']) {
    const r = await fetch(`${server.url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: `${who}@example.org`, password }) })
    tokens[who] = ((await r.json()) as { token: string }).token
  }
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('an expert', () => {
  it('finds the assignment under 我的评审, scores on the sheet (no code from outside), is told what is missing, submits', async () => {
    const ctx = await context()
    const page = await signIn(ctx, 'expert1')
    const mine = page.locator('.my-reviews')
    await mine.waitFor({ timeout: 60_000 })
    expect(await mine.innerText()).toContain('智能制造装备')
    await shot(page, '01-expert-home')

    const start = mine.locator('[data-start-review]')
    if ((await start.count()) > 0) await start.first().click()
    else await mine.locator('a', { hasText: /继续评审/ }).first().click()
    await page.waitForURL(/\/admin\/collections\/reviews\/\d+/, { timeout: 60_000 })
    await page.locator('input[name="score-1.1"]').waitFor({ timeout: 60_000 })
    expect(await page.locator('.monaco-editor, .code-editor').count()).toBe(0)
    expect(await page.locator('#field-conflictDeclared').count()).toBe(1)

    // All but one indicator, then submit: the missing one is named in Chinese.
    for (const code of TIC_INDEX_CODES.slice(0, -1)) await page.fill(`input[name="score-${code}"]`, '80')
    await page.check('#field-submitted')
    await save(page)
    const last = TIC_INDEX_CODES[TIC_INDEX_CODES.length - 1]!
    await page.getByText('尚有 1 项指标未评分', { exact: false }).first().waitFor({ timeout: 30_000 })
    await shot(page, '02-expert-missing-score')

    await page.fill(`input[name="score-${last}"]`, '80')
    await save(page)
    const reviewId = Number(/reviews\/(\d+)/.exec(page.url())?.[1])
    const stored = await api<{ submitted: boolean; totalScore: number }>(`/reviews/${reviewId}`, 'city')
    expect(stored.json.submitted).toBe(true)
    expect(stored.json.totalScore).toBe(80)
    await page.reload()
    await page.locator('input[name="score-1.1"]').waitFor({ timeout: 60_000 })
    await shot(page, '03-expert-submitted')
    await ctx.close()
  })
})

describe('an applicant', () => {
  it('creates an application, imports a sheet (bad rows named), links a member by credit code, asks for an exception', async () => {
    // The lead has no provincial R&D platform: the in-principle rule nb.lead.platform fails.
    const lead = await api<{ docs: { id: number }[] }>(`/organizations?where[name][equals]=${encodeURIComponent('宁波甬新材料科技集团有限公司')}&depth=0`, 'city')
    expect((await api(`/organizations/${lead.json.docs[0]!.id}`, 'city', { method: 'PATCH', body: JSON.stringify({ platforms: [] }) })).status).toBe(200)

    const ctx = await context()
    const page = await signIn(ctx, 'applicant')
    await page.locator('.my-applications').waitFor({ timeout: 60_000 })
    expect(await page.locator('.my-applications').innerText()).toContain('先进高分子材料')
    await shot(page, '10-applicant-home')

    await page.goto(`${server.url}/admin/collections/applications/create`)
    await page.fill('#field-title', '甬江新材料创新联合体')
    await page.locator('#field-program').click()
    await page.locator('.rs__option', { hasText: '创新联合体' }).first().click()
    await save(page)
    await page.waitForURL(/\/admin\/collections\/applications\/\d+/, { timeout: 60_000 })
    applicationId = Number(/applications\/(\d+)/.exec(page.url())?.[1])
    expect(applicationId).toBeGreaterThan(0)

    // Members: a sheet with a bad code is refused row by row; a good one is imported.
    await page.getByRole('tab', { name: /成员、协议与评价/ }).or(page.locator('button', { hasText: '成员、协议与评价' })).first().click()
    const upload = page.locator('input[name="members-sheet"]')
    await upload.setInputFiles({ name: 'bad.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await sheet([['宁波某某新材料有限公司', '91330200MA2H0000O1', '企业']]) })
    await page.locator('.import-members__problems').waitFor({ timeout: 30_000 })
    expect(await page.locator('.import-members__problems').innerText()).toContain('第2行：统一社会信用代码第17位“O”不是有效字符')
    await shot(page, '11-applicant-import-refused')
    const good = [
      ['宁波甬港新材料检测有限公司', withCheckChar('91330200MA2J7E1C5'), '服务机构', '检测验证', 100, '王五'],
      ['宁波江北高分子助剂有限公司', withCheckChar('91330205MA2J7E2D6'), '企业', '助剂开发', 200, '赵六'],
    ]
    await Promise.all([page.waitForEvent('load', { timeout: 60_000 }), upload.setInputFiles({ name: 'members.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await sheet(good) })])
    const members = await api<{ docs: unknown[] }>(`/members?where[application][equals]=${applicationId}&depth=0`, 'city')
    expect(members.json.docs).toHaveLength(2)

    // A member by credit code: 宁波大学 is already registered; the applicant links it instead of registering it again.
    const nbu = await api<{ docs: { id: number; creditCode: string }[] }>(`/organizations?where[name][equals]=${encodeURIComponent('宁波大学')}&depth=0`, 'city')
    await page.goto(`${server.url}/admin/collections/members/create`)
    await page.locator('#field-application').click()
    await page.locator('.rs__option', { hasText: '甬江新材料创新联合体' }).first().click()
    // By part of its name: the unit is offered with its district.
    await page.fill('input[name="member-credit-code"]', '宁波大')
    await page.click('[data-lookup-unit]')
    await page.locator(`[data-link-unit="${nbu.json.docs[0]!.id}"]`).waitFor({ timeout: 30_000 })
    await shot(page, '12a-applicant-member-by-name')
    // By its code: exactly that unit.
    await page.fill('input[name="member-credit-code"]', nbu.json.docs[0]!.creditCode)
    await page.click('[data-lookup-unit]')
    await page.waitForFunction(() => document.querySelectorAll('[data-link-unit]').length === 1, undefined, { timeout: 30_000 })
    await page.locator(`[data-link-unit="${nbu.json.docs[0]!.id}"]`).click()
    await page.getByText('已选用为本成员单位').waitFor({ timeout: 10_000 })
    await page.locator('#field-role').click()
    await page.locator('.rs__option', { hasText: '高校' }).first().click()
    await save(page)
    await shot(page, '12-applicant-member-by-code')
    const linked = await api<{ docs: { organization: number }[] }>(`/members?where[application][equals]=${applicationId}&depth=0`, 'city')
    expect(linked.json.docs.map((m) => m.organization)).toContain(nbu.json.docs[0]!.id)

    // The application shows its members in place, and the checklist; ask for an exception to the failing rule.
    await page.goto(`${server.url}/admin/collections/applications/${applicationId}`)
    await page.locator('[data-ask-exception="nb.lead.platform"]').click()
    await page.fill('textarea[name="exception-reason"]', '牵头企业的省级企业技术中心正在复核，预计下月恢复')
    await page.click('[data-submit-exception="nb.lead.platform"]')
    await page.locator('.exception-request[data-exception-status="pending"]').waitFor({ timeout: 30_000 })
    await shot(page, '13-applicant-exception-asked')

    await ctx.close()
  })

  it('opens its self-evaluation and files it', async () => {
    const draft = await api<{ docs: { id: number }[] }>(`/applications?where[title][equals]=${encodeURIComponent('先进高分子材料')}&depth=0`, 'city')
    const created = await api<{ doc: { id: number } }>('/evaluations', 'city', { method: 'POST', body: JSON.stringify({ application: draft.json.docs[0]!.id, year: 2026, kind: 'annual', dueOn: '2027-01-31T00:00:00.000Z' }) })
    expect(created.status).toBe(201)
    const ctx = await context()
    const page = await signIn(ctx, 'applicant')
    await page.goto(`${server.url}/admin/collections/evaluations/${created.json.doc.id}`)
    await page.locator('#field-year, .not-found').first().waitFor({ timeout: 60_000 })
    await shot(page, '15-applicant-self-evaluation-open')
    expect(await page.locator('.not-found').count()).toBe(0)
    const editor = page.locator('[data-lexical-editor="true"]').first()
    await editor.waitFor({ timeout: 30_000 })
    await editor.click()
    await page.keyboard.type('2026年度完成关键材料中试两项，研发投入同比增长12%。')
    await save(page)
    await shot(page, '16-applicant-self-evaluation-saved')
    const stored = await api<{ selfReport: unknown }>(`/evaluations/${created.json.doc.id}`, 'city')
    expect(JSON.stringify(stored.json.selfReport)).toContain('关键材料中试')
    await ctx.close()
  })
})

describe('the bureaus and the applicant, in turn', () => {
  it('the city officer grants the exception with a reason, audited', async () => {
    expect(applicationId).not.toBeNull()
    const ctx = await context()
    const city = await signIn(ctx, 'city')
    await city.goto(`${server.url}/admin/collections/applications/${applicationId}`)
    await city.locator('[data-decide-exception="granted"]').waitFor({ timeout: 60_000 })
    await city.fill('textarea[name="transition-reason"]', '经局务会研究，同意按特殊情况处理')
    await city.click('[data-decide-exception="granted"]')
    await city.locator('.exception-request[data-exception-status="granted"]').waitFor({ timeout: 30_000 })
    await shot(city, '20-city-exception-granted')
    const trail = await api<{ docs: { action: string; to: string }[] }>(`/audit-log?where[collectionSlug][equals]=exception-requests&depth=0`, 'city')
    expect(trail.json.docs.map((d) => `${d.action}:${d.to ?? ''}`)).toContain('override:granted')
    await ctx.close()
  })

  it('the applicant submits (formation agreement signed by all), and the panel says who holds the file and what comes next', async () => {
    const members = await api<{ docs: { organization: number }[] }>(`/members?where[application][equals]=${applicationId}&depth=0`, 'city')
    const app = await api<{ lead: number }>(`/applications/${applicationId}?depth=0`, 'city')
    const signatories = [app.json.lead, ...members.json.docs.map((m) => m.organization)].map((organization) => ({ organization, signatory: '法定代表人', signedOn: '2026-11-20T00:00:00.000Z' }))
    const agreement = await api('/agreements', 'city', { method: 'POST', body: JSON.stringify({ application: applicationId, title: '甬江新材料创新联合体组建协议', kind: 'formation-agreement', signatories, signedOn: '2026-11-20T00:00:00.000Z' }) })
    expect(agreement.status).toBe(201)

    const ctx = await context()
    const page = await signIn(ctx, 'applicant')
    await page.goto(`${server.url}/admin/collections/applications/${applicationId}`)
    await page.locator('[data-transition="submit"]').waitFor({ timeout: 60_000 })
    await page.click('[data-transition="submit"]')
    await page.locator('.workflow-holder, .workflow-errors').first().waitFor({ timeout: 60_000 })
    await shot(page, '21-applicant-submitted')
    const refused = page.locator('.workflow-errors')
    expect((await refused.count()) > 0 ? await refused.innerText() : '').toBe('')
    expect(await page.locator('.workflow-holder').innerText()).toContain('文件现由区县（市）科技局办理，下一步：属地审核推荐')
    expect((await api<{ status: string }>(`/applications/${applicationId}?depth=0`, 'city')).json.status).toBe('district-review')
    await ctx.close()
  })

  it('the district officer recommends it; the timeline names the acting office', async () => {
    const ctx = await context()
    const district = await signIn(ctx, 'district')
    await district.goto(`${server.url}/admin/collections/applications/${applicationId}`)
    await district.locator('.workflow-panel').waitFor({ timeout: 60_000 })
    await district.locator('[data-transition="recommend"]').waitFor({ timeout: 30_000 })
    await shot(district, '22-district-review')
    await Promise.all([district.waitForEvent('load', { timeout: 60_000 }), district.click('[data-transition="recommend"]')])
    await district.locator('.workflow-timeline li').nth(1).waitFor({ timeout: 60_000 })
    // The office by its name, not the office type.
    expect(await district.locator('.workflow-timeline').innerText()).toContain('鄞州区科技局 · 李主任')
    await shot(district, '23-district-recommended')
    expect((await api<{ status: string }>(`/applications/${applicationId}?depth=0`, 'city')).json.status).toBe('recommended')
    await ctx.close()
  })

  it('in English, the expert finds My reviews and reads the score sheet in English', async () => {
    const ctx = await context('en-US')
    const page = await signIn(ctx, 'expert1')
    await page.locator('.my-reviews').waitFor({ timeout: 60_000 })
    expect(await page.locator('.my-reviews h2').innerText()).toBe('My reviews')
    expect(CJK.test(await page.locator('.my-reviews thead').innerText())).toBe(false)
    await shot(page, '30-expert-home-en')
    await page.locator('.my-reviews a[href*="/admin/collections/reviews/"]').first().click()
    await page.waitForURL(/\/admin\/collections\/reviews\/\d+/, { timeout: 60_000 })
    await page.locator('input[name="score-1.1"]').waitFor({ timeout: 60_000 })
    const sheet = await page.locator('.scores-field').innerText()
    expect(sheet).toContain('Score sheet')
    expect(CJK.test(sheet)).toBe(false)
    await expectEnglishLabels(page)
    await shot(page, '31-expert-review-en')
    await ctx.close()
  })

  it('in English, the applicant reads My applications, and the application with its checklist and timeline in English', async () => {
    const ctx = await context('en-US')
    const page = await signIn(ctx, 'applicant')
    await page.locator('.my-applications').waitFor({ timeout: 60_000 })
    expect(await page.locator('.my-applications h2').innerText()).toBe('My applications')
    expect(CJK.test(await page.locator('.my-applications thead').innerText())).toBe(false)
    await shot(page, '32-applicant-home-en')
    await page.goto(`${server.url}/admin/collections/applications/${applicationId}`)
    await page.locator('.workflow-timeline li').nth(1).waitFor({ timeout: 60_000 })
    await shot(page, '33-applicant-application-en')
    const timeline = await page.locator('.workflow-timeline').innerText()
    expect(timeline).toContain('Yinzhou District S&T Bureau')
    expect(timeline).not.toMatch(/区县科技局|鄞州区科技局/)
    // The checklist's verdicts (pass, fail, overridden…) in English.
    const verdicts = await page.locator('.workflow-checklist tr td:first-child').allInnerTexts()
    expect(verdicts.length).toBeGreaterThan(0)
    expect(verdicts.filter((v) => CJK.test(v))).toEqual([])
    await expectEnglishLabels(page)
    await ctx.close()
  })

  it('in English, the district officer reads the recommended application and its members by name', async () => {
    const ctx = await context('en-US')
    const page = await signIn(ctx, 'district')
    await page.goto(`${server.url}/admin/collections/members?where[application][equals]=${applicationId}`)
    await page.locator('.table').first().waitFor({ timeout: 60_000 })
    // The unit names load into their cells after the list itself.
    await page.locator('.table', { hasText: '宁波甬港新材料检测有限公司' }).first().waitFor({ timeout: 60_000 })
    await page.waitForFunction(() => !document.querySelector('.table')?.textContent?.includes('Loading...'), undefined, { timeout: 60_000 })
    await shot(page, '34-district-members-en')
    const list = await page.locator('.table').first().innerText()
    expect(list).toContain('宁波甬港新材料检测有限公司')
    expect(list).not.toMatch(/Untitled|无标题/)
    await expectEnglishLabels(page)
    await ctx.close()
  })

  it('nothing was requested outside this server', () => {
    expect(outside).toEqual([])
  })
})
