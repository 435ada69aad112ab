// The public record shows each carrier's own 文号: the number of the decision (and notice) issued for it, taken in
// sequence from its programme, not the programme's one fixed number. Two carriers of one programme, filed one after
// the other, show two different numbers on their pages and in the open data; a reissue shows the new one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { todayInChina } from '../../src/jobs/calendar'
import { carrierDocumentNumber, findPublicCarrier, issuedNumbers, listNoticeArchive, openDataRows, programNoticeInfo, type ProgramNoticeInfo } from '../../src/lib/public-records'
import { formatDocumentNumber } from '../../src/workflow/document-numbers'
import { PASSWORD, seedWorld } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { restClient, type RestClient } from '../helpers/rest'
import { seedFilingReady, WEIHAI_NUMBERS } from '../helpers/seed-workbench-e2e'

let ctx: TestContext
let rest: RestClient
let city: string
const year = todayInChina().slice(0, 4)
const decision = (n: number) => formatDocumentNumber(WEIHAI_NUMBERS.decisionNumberPattern, n, year)

async function weihaiProgram() {
  return (await ctx.payload.find({ collection: 'programs', where: { policySet: { equals: 'wh-consortium-2022' } }, sort: 'id', limit: 1, depth: 0, overrideAccess: true })).docs[0]!
}

async function transition(id: number | string, name: string, reason?: string) {
  const response = await rest.post(`/applications/${id}/transition`, { name, ...(reason ? { reason } : {}) }, city)
  expect(response.status, await response.clone().text()).toBe(200)
}

let first: { id: number | string }
let second: { id: number | string }
let programId: number | string

beforeAll(async () => {
  ctx = await startPayload()
  await seedWorld(ctx.payload)
  rest = restClient(ctx.payload.config)
  city = await rest.login('city@example.org', PASSWORD)
  first = await seedFilingReady(ctx.payload, '公开文号甲', '5PD01')
  second = await seedFilingReady(ctx.payload, '公开文号乙', '5PD02')
  programId = (await weihaiProgram()).id
  await ctx.payload.update({ collection: 'programs', id: programId, data: { publicNotice: { ...WEIHAI_NUMBERS, decisionNextNumber: 70 } } as never, overrideAccess: true, context: { seed: true } })
  await transition(first.id, 'file')
  await transition(second.id, 'file')
}, 300_000)
afterAll(async () => {
  await ctx?.close()
})

describe("a carrier's own 文号 on the public record", () => {
  it('two carriers of one programme show the numbers of their own decisions, not the programme’s fixed one', async () => {
    const program = await programNoticeInfo(ctx.payload, programId)
    expect(program!.recognitionDocumentNumber).toBe(WEIHAI_NUMBERS.recognitionDocumentNumber)
    const shown = []
    for (const { id } of [first, second]) {
      const carrier = (await findPublicCarrier(ctx.payload, id))!
      expect(carrier).not.toBeNull()
      shown.push(carrierDocumentNumber('decision', carrier.issuedNumbers, program))
    }
    expect(shown).toEqual([decision(70), decision(71)])
    expect(shown).not.toContain(WEIHAI_NUMBERS.recognitionDocumentNumber)
  })

  it('the open data gives each carrier its own number', async () => {
    const rows = await openDataRows(ctx.payload, 'https://kjj.example.gov.cn')
    const numberOf = (id: number | string) => rows.find((r) => r.id === String(id))?.recognitionDocumentNumber
    expect([numberOf(first.id), numberOf(second.id)]).toEqual([decision(70), decision(71)])
  })

  it('a reissued decision shows its new number; the archive has no number that was never this carrier’s', async () => {
    await transition(first.id, 'reissue-documents', '正式名称有误，重新出具认定（备案）文件')
    const program = await programNoticeInfo(ctx.payload, programId)
    const carrier = (await findPublicCarrier(ctx.payload, first.id))!
    expect(carrierDocumentNumber('decision', carrier.issuedNumbers, program)).toBe(decision(72))
    const rows = await openDataRows(ctx.payload, 'https://kjj.example.gov.cn')
    expect(rows.find((r) => r.id === String(first.id))?.recognitionDocumentNumber).toBe(decision(72))
    // Their notices were recorded without an issued notice (seeded), and the programme numbers in sequence: no 文号
    // rather than the programme's fixed one.
    const archived = (await listNoticeArchive(ctx.payload, 1)).docs.filter((d) => [first.id, second.id].map(String).includes(String(d.id)))
    expect(archived).toHaveLength(2)
    expect(archived.map((d) => d.noticeDocumentNumber)).toEqual([null, null])
  })

  it('without its own document, the programme’s fixed 文号 stands only when the programme has one number for all', () => {
    const program = (sequence: boolean): ProgramNoticeInfo => ({
      id: 1,
      title: '',
      issuingOffice: null,
      noticeDocumentNumber: '威科公示〔2024〕2号',
      recognitionDocumentNumber: '威科字〔2024〕31号',
      numbersInSequence: { notice: sequence, decision: sequence },
      objection: { department: null, phone: null, email: null, address: null, instructions: null },
    })
    const none = issuedNumbers({ documents: [] })
    expect(carrierDocumentNumber('decision', none, program(false))).toBe('威科字〔2024〕31号')
    expect(carrierDocumentNumber('notice', none, program(false))).toBe('威科公示〔2024〕2号')
    expect(carrierDocumentNumber('decision', none, program(true))).toBeNull()
    expect(carrierDocumentNumber('decision', none, null)).toBeNull()
    // The latest of each kind wins (a reissue appends).
    const own = issuedNumbers({ documents: [{ kind: 'notice', number: 'A' }, { kind: 'decision', number: 'B' }, { kind: 'certificate', number: 'C' }, { kind: 'decision', number: 'D' }] })
    expect(own).toEqual({ notice: 'A', decision: 'D' })
    expect(carrierDocumentNumber('decision', own, program(false))).toBe('D')
  })
})
