/**
 * Message helpers: every message names the rule id and cites the article, in Chinese and English.
 */
import type { Bilingual, CheckId, Citation, Severity, Violation } from './types'

const DIGITS: Record<string, number> = {
  零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
}

/** Chinese numeral up to 99 → number ('十五' → 15, '二十' → 20). Returns NaN when not a numeral. */
export function chineseNumeral(s: string): number {
  if (s === '') return NaN
  const i = s.indexOf('十')
  if (i === -1) {
    if (s.length !== 1) return NaN
    return DIGITS[s] ?? NaN
  }
  const tensPart = s.slice(0, i)
  const unitsPart = s.slice(i + 1)
  const tens = tensPart === '' ? 1 : (DIGITS[tensPart] ?? NaN)
  const units = unitsPart === '' ? 0 : (DIGITS[unitsPart] ?? NaN)
  return tens * 10 + units
}

const CN = '[零一二两三四五六七八九十]+'

/**
 * '三（四）' → '§3(4)'; '三（一）1' → '§3(1)1'; '四.2' → '§4.2'; '第十五条' → 'Art. 15';
 * '第七条（一）' → 'Art. 7(1)'; '附件1' → 'Annex 1'.
 */
export function articleEn(article: string): string {
  if (article.startsWith('（本系统')) return '(procedural safeguard of this system)'
  let out = article
  out = out.replace(new RegExp(`第(${CN})条`, 'g'), (_, n: string) => `Art. ${chineseNumeral(n)}`)
  out = out.replace(new RegExp(`（(${CN})）`, 'g'), (_, n: string) => `(${chineseNumeral(n)})`)
  out = out.replace(new RegExp(`^(${CN})`), (_, n: string) => `§${chineseNumeral(n)}`)
  out = out.replace(/附件\s*(\d+)/g, 'Annex $1')
  out = out.replace(/、/g, ', ').replace(/，/g, ', ')
  return out
}

/**
 * 《宁波市技术创新中心建设工作指引（试行）》 from a document string that may carry a 文号 after it. A document whose
 * text gives no title is cited by issuer with its working title marked as such: 慈溪市科学技术局…办法（工作标题）.
 */
export function shortTitle(document: string): string {
  const end = document.indexOf('》')
  if (end !== -1) return document.slice(0, end + 1)
  const working = document.indexOf('（工作标题')
  return working === -1 ? document : `${document.slice(0, working)}（工作标题）`
}

export function citeZh(c: Citation): string {
  return `${shortTitle(c.document)}${c.article}`
}

export function citeEn(c: Citation): string {
  return `${c.policySet} ${articleEn(c.article)}`
}

/** Appends the citation and the rule id to a bilingual message. */
export function withCitation(id: CheckId, citation: Citation, zh: string, en: string): Bilingual {
  return {
    zh: `${zh}（${citeZh(citation)}）[${id}]`,
    en: `${en} (${citeEn(citation)}) [${id}]`,
  }
}

export function makeViolation(args: {
  ruleId: CheckId
  severity: Severity
  citation: Citation
  zh: string
  en: string
  limit?: number | string
  actual?: number | string
}): Violation {
  const v: Violation = {
    ruleId: args.ruleId,
    severity: args.severity,
    message: withCitation(args.ruleId, args.citation, args.zh, args.en),
    citation: args.citation,
  }
  if (args.limit !== undefined) v.limit = args.limit
  if (args.actual !== undefined) v.actual = args.actual
  return v
}

/** One line per violation, for a ValidationError or an email. */
export function formatViolations(violations: readonly Violation[], lang: 'zh' | 'en'): string {
  return violations.map((v) => v.message[lang]).join(lang === 'zh' ? '；\n' : ';\n')
}
