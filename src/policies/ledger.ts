/**
 * The fiscal ledger of a carrier: who may be paid (money follows status), on which bases, how a recorded payment
 * is corrected (a reversing entry, never a deletion), and what the money is spent on (资金使用).
 */
import type { CarrierKind, PolicySetId, RuleResult, Violation } from './types'
import { BASES_BY_SET, DISBURSEMENT_BASIS_LABELS, FORBIDDEN_USES, INTENDED_USES, checkFundUse, type DisbursementBasis, type PriorDisbursement } from './funding'
import { guardViolation } from './guards'
import { formatWan, formatYuanEn, sumYuan } from './money'
import { violations } from './results'

/** The states in which a carrier of a set receives money: after approval and while it is built or evaluated. */
export const FUNDED_STATES: Record<PolicySetId, readonly string[]> = {
  'nb-consortium-2021': [],
  // 三（四）: 获批后给予首年创建经费; 前三年创建期内每年……给予支持
  'nb-tic-2022': ['in-construction', 'under-evaluation'],
  'wh-consortium-2022': [],
  'zj-consortium': [],
  // 第十三条: 按考核结果和资金使用情况给予经费补助 (a recognised complex)
  'cx-complex': ['recognized', 'under-evaluation'],
}

/** Delisted or cancelled carriers: refused by tic.funds.recovery / cx.eval.annual, with the recovery message. */
const ENDED = new Set(['delisted', 'cancelled'])

/** The bases a carrier of this set and kind is paid on (a Cixi consortium gets neither complex nor project subsidies). */
export function basesFor(policySet: PolicySetId, carrierKind: CarrierKind | null | undefined): readonly DisbursementBasis[] {
  if (policySet === 'cx-complex' && carrierKind !== 'complex') return []
  return BASES_BY_SET[policySet]
}

const STATE_ZH: Record<string, string> = {
  draft: '草稿', submitted: '已提交', 'district-review': '属地初审', recommended: '已推荐', 'formal-check': '形式审查', 'expert-review': '专家评审',
  reviewed: '论证完成', 'government-decision': '待审定', 'public-notice': '公示中', objection: '异议处理', approved: '已批复', recognized: '已认定',
  filed: '已备案', returned: '已退回', rejected: '未通过', 'in-construction': '建设中', 'under-evaluation': '评价中', delisted: '已摘牌', cancelled: '已取消',
}

/**
 * Money follows status: a disbursement goes only to a carrier in a funded state of its set, and only on a basis
 * that set pays for that kind of carrier.
 */
export function checkFundable(policySet: PolicySetId, carrierKind: CarrierKind | null | undefined, status: string, basis: string): Violation[] {
  const out: Violation[] = []
  const bases = basesFor(policySet, carrierKind)
  if (!(bases as readonly string[]).includes(basis)) {
    const label = DISBURSEMENT_BASIS_LABELS[basis as DisbursementBasis]
    out.push(
      guardViolation(
        'guard.basis-of-set',
        policySet,
        bases.length === 0
          ? `该政策未规定对此类载体的财政拨付，不能登记“${label?.zh ?? basis}”`
          : `该政策对此类载体的拨付依据为：${bases.map((b) => DISBURSEMENT_BASIS_LABELS[b].zh).join('、')}，不能按“${label?.zh ?? basis}”拨付`,
        bases.length === 0
          ? `This policy set pays no fiscal funds to this kind of carrier; "${label?.en ?? basis}" can't be recorded`
          : `This policy set pays this kind of carrier on ${bases.map((b) => DISBURSEMENT_BASIS_LABELS[b].en).join(', ')}, not on "${label?.en ?? basis}"`,
        bases.join('|') || 'none',
        basis,
      ),
    )
  }
  if (!ENDED.has(status) && !FUNDED_STATES[policySet].includes(status)) {
    const allowed = FUNDED_STATES[policySet]
    out.push(
      guardViolation(
        'guard.funded-state',
        policySet,
        `载体当前状态为“${STATE_ZH[status] ?? status}”，不能拨付经费${allowed.length ? `（仅限${allowed.map((s) => STATE_ZH[s] ?? s).join('、')}的载体）` : ''}`,
        `The carrier is ${status}: no funds may be paid${allowed.length ? ` (only to carriers that are ${allowed.join(' or ')})` : ''}`,
        allowed.join('|') || 'none',
        status,
      ),
    )
  }
  return out
}

// ---------------------------------------------------------------- reversals

/** One entry of the ledger as stored: a payment, or a reversal of one (same amount, cancelling it). */
export interface LedgerEntry extends PriorDisbursement {
  id: string
  /** the id of the payment this entry reverses; absent for a payment */
  reverses?: string | null
}

/** The payments that stand: every reversal and the payment it reverses drop out. */
export function effectivePayments(entries: readonly LedgerEntry[]): LedgerEntry[] {
  const reversed = new Set(entries.filter((e) => e.reverses).map((e) => String(e.reverses)))
  return entries.filter((e) => !e.reverses && !reversed.has(String(e.id)))
}

/** The carrier's disbursed total, derived from the entries. */
export function ledgerTotal(entries: readonly LedgerEntry[]): number {
  return sumYuan(effectivePayments(entries).map((e) => e.amount))
}

export const MIN_REASON_LENGTH = 10

/**
 * A reversal names a payment of the same carrier that stands, repeats its amount, basis, installment, year and
 * project, and gives a written reason. The payment is not deleted: both entries stay in the ledger.
 */
export function checkReversal(policySet: PolicySetId, target: LedgerEntry | undefined, entries: readonly LedgerEntry[], reason: string | null | undefined): Violation[] {
  const v = (zh: string, en: string, limit?: string | number, actual?: string | number) => guardViolation('guard.reversal', policySet, zh, en, limit, actual)
  const out: Violation[] = []
  if ((reason ?? '').trim().length < MIN_REASON_LENGTH) out.push(v(`冲正须写明理由（至少${MIN_REASON_LENGTH}个字）`, `A reversal needs a written reason (at least ${MIN_REASON_LENGTH} characters)`, MIN_REASON_LENGTH, (reason ?? '').trim().length))
  if (!target) return [...out, v('被冲正的拨付记录不存在或不属于该载体', 'The payment to reverse does not exist or belongs to another carrier')]
  if (target.reverses) out.push(v('冲正记录本身不能再冲正；如有差错请重新登记拨付', 'A reversal cannot itself be reversed; record the payment again instead'))
  else if (entries.some((e) => e.reverses && String(e.reverses) === String(target.id))) out.push(v(`拨付记录 #${target.id} 已冲正，不能重复冲正`, `Payment #${target.id} has already been reversed`))
  return out
}

/** The fields a reversal copies from the payment it reverses (so caps and reports net out exactly). */
export function reversalOf(target: LedgerEntry): Omit<PriorDisbursement, 'projectId'> & { projectId?: string } {
  return { amount: target.amount, year: target.year, basis: target.basis, installment: target.installment, projectId: target.projectId }
}

// ---------------------------------------------------------------- uses of funds (资金使用)

export const FUND_SOURCES = [
  { id: 'fiscal', zh: '财政补助资金', en: 'fiscal funds' },
  { id: 'own', zh: '自筹资金', en: 'own funds' },
] as const
export type FundSource = (typeof FUND_SOURCES)[number]['id']

/**
 * The categories of spending, from nb-tic-2022 三（四）: the purposes fiscal funds mainly serve (主要用于), other
 * lawful spending, and the six uses the article forbids.
 */
export const FUND_USE_CATEGORIES = [
  ...INTENDED_USES.map((u) => ({ id: u.id, zh: u.zh, en: u.en, forbidden: false })),
  { id: 'other-lawful', zh: '其他合规支出', en: 'other lawful spending', forbidden: false },
  ...FORBIDDEN_USES.map((u) => ({ id: u.id, zh: u.zh, en: u.en, forbidden: true })),
] as const
export type FundUseCategory = (typeof FUND_USE_CATEGORIES)[number]['id']

export interface FundUseFacts {
  policySet: PolicySetId
  source: FundSource | string
  category: FundUseCategory | string
  amount: number
}

/**
 * tic.funds.forbidden-uses for one recorded use of funds: fiscal funds of a technology innovation centre may not
 * go to capital construction, sponsorship, donations, investment, fines or debt repayment. Other sets' documents
 * state no such list; their uses are recorded, not judged.
 */
export function checkFundUseRecord(f: FundUseFacts): Violation[] {
  if (f.policySet !== 'nb-tic-2022' || f.source !== 'fiscal') return []
  const r: RuleResult = checkFundUse(f.category)
  if (r.status !== 'fail') return []
  const cat = FUND_USE_CATEGORIES.find((c) => c.id === f.category)
  return violations([r]).map((v) => ({
    ...v,
    actual: `${f.category}:${f.amount}`,
    message: {
      zh: v.message.zh.replace(`（用途：${f.category}）`, `（本次登记：${cat?.zh ?? f.category} ${formatWan(f.amount)}）`),
      en: v.message.en.replace(`(use: ${f.category})`, `(this record: ${cat?.en ?? f.category}, ${formatYuanEn(f.amount)})`),
    },
  }))
}
