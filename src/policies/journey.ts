/**
 * Where an application is in its journey, for the people waiting on it: which office holds the file now and
 * what it does next. Derived from the workflow data (who may act in a state), never kept separately.
 */
import type { Bilingual, PolicySetId, Role } from './types'
import { STATE_LABELS, WORKFLOWS, type State } from './workflows'

/** The office behind a role. zj-consortium: the recognising office is the provincial department, the recommending one the city bureau. */
export function officeOf(role: Role, policySet?: PolicySetId): Bilingual {
  const zj = policySet === 'zj-consortium'
  switch (role) {
    case 'applicant':
      return { zh: '申报单位', en: 'the applicant' }
    case 'district-officer':
      return zj ? { zh: '设区市科技局', en: 'the city S&T bureau' } : { zh: '区县（市）科技局', en: 'the district S&T bureau' }
    case 'city-officer':
      return zj ? { zh: '省科技厅', en: 'the provincial S&T department' } : { zh: '市科技局', en: 'the city S&T bureau' }
    case 'expert':
      return { zh: '评审专家', en: 'the experts' }
    default:
      return { zh: '系统管理员', en: 'the administrator' }
  }
}

export interface JourneyStep {
  state: Bilingual
  /** the office that holds the file now; null when the journey has ended */
  holder: Bilingual | null
  holderRole: Role | null
  /** what that office does next (the forward steps, not returns or rejections) */
  next: Bilingual[]
  terminal: boolean
}

const BACKWARD = /return|reject|withdraw|cancel|delist|terminate|correct|objection/

export function journeyStep(policySet: PolicySetId, state: State): JourneyStep {
  const workflow = WORKFLOWS[policySet]
  const label = STATE_LABELS[state] ?? { zh: state, en: state }
  const from = workflow.transitions.filter((t) => t.from.includes(state))
  const terminal = from.length === 0 || Boolean(workflow.states.find((s) => s.id === state)?.terminal)
  if (from.length === 0) return { state: label, holder: null, holderRole: null, next: [], terminal: true }
  // The office that moves it forward holds it; with several, the first in the workflow's order.
  const forward = from.filter((t) => !BACKWARD.test(t.name))
  const steps = forward.length > 0 ? forward : from
  const role = (steps[0]?.roles.find((r) => r !== 'admin') ?? steps[0]?.roles[0] ?? 'city-officer') as Role
  const next = steps.filter((t) => t.roles.includes(role)).map((t) => t.label)
  // Experts score during expert review, though the bureau concludes it.
  const holderRole: Role = state === 'expert-review' ? 'expert' : role
  return { state: label, holder: officeOf(holderRole, policySet), holderRole, next, terminal }
}

/** One sentence: "文件现由市科技局办理，下一步：形式审查通过". */
export function journeySentence(step: JourneyStep, lang: 'zh' | 'en'): string {
  if (!step.holder) return lang === 'zh' ? `流程已结束（${step.state.zh}）` : `The procedure has ended (${step.state.en})`
  const next = step.next.map((n) => n[lang]).join(lang === 'zh' ? '或' : ' or ')
  return lang === 'zh'
    ? `文件现由${step.holder.zh}办理${next ? `，下一步：${next}` : ''}`
    : `The file is with ${step.holder.en}${next ? `; next: ${next}` : ''}`
}

/** Days an expert has to submit a review after being assigned (OURS: no document sets one). */
export const EXPERT_REVIEW_DAYS = 15

/** The day a review falls due: `days` calendar days after the day of assignment (YYYY-MM-DD in, out). */
export function reviewDueOn(assignedOn: string, days: number = EXPERT_REVIEW_DAYS): string {
  const d = new Date(`${assignedOn.slice(0, 10)}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}
