// The email templates: Chinese first, English for recipients who chose English. Each renders a subject, a
// plain-text body and an HTML body from the same paragraphs, names the application and links to it.
import { formatDay, formatMoney, type Lang } from './format'

export const TEMPLATE_IDS = [
  'submission-received',
  'returned',
  'expert-review-started',
  'notice-started',
  'approved',
  'rejected',
  'disbursement-recorded',
  'evaluation-due',
  'evaluation-overdue',
  'evaluation-result',
  'delisted',
  'remainder-installment-due',
  'password-reset',
  'record-corrected',
  'note-mention',
  'review-assigned',
] as const

export type TemplateId = (typeof TEMPLATE_IDS)[number]

/** Templates about a user's account rather than an application. */
export const ACCOUNT_TEMPLATES: ReadonlySet<TemplateId> = new Set(['password-reset'])

export const TEMPLATE_LABELS: Record<TemplateId, { zh: string; en: string }> = {
  'submission-received': { zh: '申报已提交', en: 'Submission received' },
  returned: { zh: '退回修改', en: 'Returned for revision' },
  'expert-review-started': { zh: '进入专家评审', en: 'Passed to expert review' },
  'notice-started': { zh: '公示开始', en: 'Public notice started' },
  approved: { zh: '批复/认定/备案', en: 'Approved / filed' },
  rejected: { zh: '未通过', en: 'Rejected' },
  'disbursement-recorded': { zh: '资金拨付', en: 'Disbursement recorded' },
  'evaluation-due': { zh: '评价材料待提交', en: 'Evaluation due' },
  'evaluation-overdue': { zh: '评价材料逾期', en: 'Evaluation overdue' },
  'evaluation-result': { zh: '评价结果', en: 'Evaluation result' },
  delisted: { zh: '摘牌', en: 'Delisted' },
  'remainder-installment-due': { zh: '剩余资金待拨付', en: 'Remainder installment due' },
  'password-reset': { zh: '密码重置', en: 'Password reset' },
  'record-corrected': { zh: '记录更正', en: 'Record corrected' },
  'note-mention': { zh: '内部批注提及', en: 'Mentioned in an internal note' },
  'review-assigned': { zh: '评审任务', en: 'Review assigned' },
}

/** What a template knows about the application it is about. */
export interface TemplateApplication {
  id: number | string
  title: string
  officialName?: string | null
  officialNameEn?: string | null
  noticeStartsOn?: string | null
  noticeEndsOn?: string | null
}

export interface TemplateContext {
  application: TemplateApplication | null
  /** Template-specific values (see TemplateData). */
  data: Record<string, unknown>
  recipientName?: string | null
  links: { application?: string | null; notice?: string | null }
}

/**
 * The `data` each template reads (all optional; missing values fall back to the application record or a dash):
 * - returned, rejected, delisted: `reasons` (string | string[] | { zh, en }[]) ; delisted: `delistedOn`
 * - notice-started: `noticeStartsOn`, `noticeEndsOn`
 * - approved: `officialName`, `decision` ('approved' | 'recognized' | 'filed'), `decidedOn`
 * - disbursement-recorded: `amount` (yuan, integer), `installment`, `year`, `basis`, `paidOn`
 * - evaluation-due / evaluation-overdue: `year`, `dueOn`
 * - evaluation-result: `year`, `grade` (excellent|good|fair|fail), `consequence`
 * - remainder-installment-due: `projectTitle`, `subsidyTotal`, `remainder`, `acceptedOn`
 * - password-reset: `link`, `hours`
 * - review-assigned: `dueOn` (the expert's review is due)
 * - any: `note` (an extra paragraph)
 */
export type TemplateData = Record<string, unknown>

export interface RenderedEmail {
  subject: string
  text: string
  html: string
}

type Paragraph = string | { list: string[] }

interface TemplateText {
  subject: string
  paragraphs: Paragraph[]
}

const GRADE_LABELS: Record<string, { zh: string; en: string }> = {
  excellent: { zh: '优秀', en: 'Excellent' },
  good: { zh: '良好', en: 'Good' },
  fair: { zh: '合格（一般）', en: 'Pass (fair)' },
  fail: { zh: '不合格（较差）', en: 'Fail (poor)' },
}

const INSTALLMENT_LABELS: Record<string, { zh: string; en: string }> = {
  first: { zh: '首批资金', en: 'first installment' },
  remainder: { zh: '剩余资金', en: 'remainder' },
  annual: { zh: '年度资金', en: 'annual installment' },
}

const DECISION_LABELS: Record<string, { zh: string; en: string }> = {
  approved: { zh: '批复', en: 'approved' },
  recognized: { zh: '认定', en: 'recognised' },
  filed: { zh: '备案', en: 'filed' },
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : typeof v === 'number' ? String(v) : null)

/** Reasons as given by the workflow: a string, a list of strings, or bilingual messages. */
export function reasonList(value: unknown, lang: Lang): string[] {
  const items = Array.isArray(value) ? value : value === undefined || value === null || value === '' ? [] : [value]
  return items
    .map((item) => {
      if (typeof item === 'string') return item.trim()
      if (item && typeof item === 'object') {
        const o = item as Record<string, unknown>
        return str(o[lang]) ?? str(o.zh) ?? str(o.en) ?? str(o.message) ?? str(o.reason) ?? JSON.stringify(item)
      }
      return String(item)
    })
    .filter((s) => s.length > 0)
}

function name(ctx: TemplateContext, lang: Lang): string {
  const app = ctx.application
  const title = app?.title ?? str(ctx.data.applicationTitle) ?? str(ctx.data.title) ?? (lang === 'zh' ? '（未命名）' : '(untitled)')
  return lang === 'zh' ? `“${title}”` : `"${title}"`
}

const label = (map: Record<string, { zh: string; en: string }>, key: unknown, lang: Lang): string => {
  const k = str(key)
  return k ? (map[k]?.[lang] ?? k) : '—'
}

function reasonsBlock(ctx: TemplateContext, lang: Lang, heading: { zh: string; en: string }): Paragraph[] {
  const reasons = reasonList(ctx.data.reasons ?? ctx.data.reason, lang)
  if (reasons.length === 0) return []
  return [heading[lang], { list: reasons }]
}

function text(template: TemplateId, lang: Lang, ctx: TemplateContext): TemplateText {
  const n = name(ctx, lang)
  const d = ctx.data
  const app = ctx.application
  const zh = lang === 'zh'
  switch (template) {
    case 'submission-received':
      return zh
        ? { subject: `【申报已提交】${n}申报材料已收到`, paragraphs: [`您单位的${n}申报材料已于${formatDay(str(d.submittedOn) ?? new Date(), 'zh')}提交成功，现进入审核流程。审核结果将另行通知。`] }
        : { subject: `Submission received: ${n}`, paragraphs: [`The application ${n} was submitted on ${formatDay(str(d.submittedOn) ?? new Date(), 'en')} and is now under review. You will be told of the outcome.`] }
    case 'returned':
      return zh
        ? { subject: `【退回修改】${n}申报被退回，请修改后重新提交`, paragraphs: [`您单位的${n}申报材料经审核需要修改，已退回。`, ...reasonsBlock(ctx, lang, { zh: '退回理由：', en: '' }), '请按上述意见修改后重新提交。'] }
        : { subject: `Returned for revision: ${n}`, paragraphs: [`The application ${n} has been returned for revision.`, ...reasonsBlock(ctx, lang, { zh: '', en: 'Reasons:' }), 'Please revise it and submit it again.'] }
    case 'expert-review-started':
      return zh
        ? { subject: `【专家评审】${n}已进入专家评审`, paragraphs: [`您单位的${n}申报已通过形式审查，现进入专家评审阶段。`] }
        : { subject: `Passed to expert review: ${n}`, paragraphs: [`The application ${n} has passed the formal check and is now with the expert panel.`] }
    case 'notice-started': {
      const start = str(d.noticeStartsOn) ?? app?.noticeStartsOn ?? null
      const end = str(d.noticeEndsOn) ?? app?.noticeEndsOn ?? null
      const link = ctx.links.notice
      return zh
        ? {
            subject: `【公示】${n}进入公示期（${formatDay(start, 'zh')}至${formatDay(end, 'zh')}）`,
            paragraphs: [`${n}已进入公示期，公示期为${formatDay(start, 'zh')}至${formatDay(end, 'zh')}。公示期内如有异议，可向市科技局反映。`, ...(link ? [`公示页面：${link}`] : [])],
          }
        : {
            subject: `Public notice started: ${n} (${formatDay(start, 'en')} – ${formatDay(end, 'en')})`,
            paragraphs: [`${n} is on public notice from ${formatDay(start, 'en')} to ${formatDay(end, 'en')}. Objections may be raised with the city S&T bureau during that period.`, ...(link ? [`Public notice: ${link}`] : [])],
          }
    }
    case 'approved': {
      const official = str(d.officialName) ?? app?.officialName ?? null
      const officialEn = str(d.officialNameEn) ?? app?.officialNameEn ?? null
      const decision = label(DECISION_LABELS, d.decision ?? 'approved', lang)
      return zh
        ? {
            subject: `【${decision}】${n}已获${decision}${official ? `：${official}` : ''}`,
            paragraphs: [`您单位的${n}已获${decision}${str(d.decidedOn) ? `（${formatDay(str(d.decidedOn), 'zh')}）` : ''}。`, ...(official ? [`正式名称：${official}`] : [])],
          }
        : {
            subject: `Application ${decision}: ${n}${officialEn ?? official ? ` — ${officialEn ?? official}` : ''}`,
            paragraphs: [`The application ${n} has been ${decision}${str(d.decidedOn) ? ` on ${formatDay(str(d.decidedOn), 'en')}` : ''}.`, ...(official ? [`Official name: ${official}${officialEn ? ` (${officialEn})` : ''}`] : [])],
          }
    }
    case 'rejected':
      return zh
        ? { subject: `【未通过】${n}申报未获通过`, paragraphs: [`很遗憾，您单位的${n}申报未获通过。`, ...reasonsBlock(ctx, lang, { zh: '理由：', en: '' })] }
        : { subject: `Not approved: ${n}`, paragraphs: [`We regret that the application ${n} has not been approved.`, ...reasonsBlock(ctx, lang, { zh: '', en: 'Reasons:' })] }
    case 'disbursement-recorded': {
      const amount = formatMoney(d.amount, lang)
      const inst = str(d.installment) ? label(INSTALLMENT_LABELS, d.installment, lang) : null
      return zh
        ? {
            subject: `【资金拨付】${n}${inst ?? '财政资金'}${amount}已拨付`,
            paragraphs: [`${n}${str(d.year) ? `${str(d.year)}年度` : ''}${inst ?? '财政资金'}${amount}已登记拨付${str(d.paidOn) ? `（${formatDay(str(d.paidOn), 'zh')}）` : ''}。请按规定专款专用。`],
          }
        : {
            subject: `Disbursement recorded: ${amount} for ${n}`,
            paragraphs: [`A payment of ${amount}${inst ? ` (${inst}${str(d.year) ? `, ${str(d.year)}` : ''})` : ''} to ${n} has been recorded${str(d.paidOn) ? ` on ${formatDay(str(d.paidOn), 'en')}` : ''}. The funds must be used for their stated purpose only.`],
          }
    }
    case 'evaluation-due': {
      const year = str(d.year) ?? '—'
      return zh
        ? { subject: `【年度评价】请于${formatDay(str(d.dueOn), 'zh')}前提交${n}${year}年度自评报告`, paragraphs: [`请于${formatDay(str(d.dueOn), 'zh')}前在系统中提交${n}${year}年度绩效自评报告。逾期未报的，将按规定处理。`] }
        : { subject: `${year} self-evaluation of ${n} due by ${formatDay(str(d.dueOn), 'en')}`, paragraphs: [`Please file the ${year} self-evaluation report of ${n} in the system by ${formatDay(str(d.dueOn), 'en')}. Late reports are dealt with under the rules.`] }
    }
    case 'evaluation-overdue': {
      const year = str(d.year) ?? '—'
      return zh
        ? { subject: `【逾期提醒】${n}${year}年度自评报告逾期未报`, paragraphs: [`${n}${year}年度自评报告应于${formatDay(str(d.dueOn), 'zh')}前提交，至今未报，已记为逾期。请尽快提交并与市科技局联系。`] }
        : { subject: `Overdue: the ${year} self-evaluation of ${n}`, paragraphs: [`The ${year} self-evaluation report of ${n} was due by ${formatDay(str(d.dueOn), 'en')} and has not been filed; it is now recorded as overdue. Please file it at once and contact the city S&T bureau.`] }
    }
    case 'evaluation-result': {
      const year = str(d.year) ?? '—'
      const grade = label(GRADE_LABELS, d.grade, lang)
      const consequence = str(d.consequence)
      return zh
        ? { subject: `【评价结果】${n}${year}年度评价结果：${grade}`, paragraphs: [`${n}${year}年度评价结果为：${grade}。`, ...(consequence ? [`处理结果：${consequence}`] : [])] }
        : { subject: `Evaluation result for ${n} (${year}): ${grade}`, paragraphs: [`The ${year} evaluation of ${n} is graded: ${grade}.`, ...(consequence ? [`Consequence: ${consequence}`] : [])] }
    }
    case 'delisted':
      return zh
        ? { subject: `【摘牌】${n}已被撤销`, paragraphs: [`${n}已于${formatDay(str(d.delistedOn) ?? new Date(), 'zh')}被撤销（摘牌）。`, ...reasonsBlock(ctx, lang, { zh: '理由：', en: '' })] }
        : { subject: `Delisted: ${n}`, paragraphs: [`${n} was delisted on ${formatDay(str(d.delistedOn) ?? new Date(), 'en')}.`, ...reasonsBlock(ctx, lang, { zh: '', en: 'Reasons:' })] }
    case 'password-reset': {
      const link = str(d.link) ?? '—'
      const hours = str(d.hours) ?? '1'
      return zh
        ? {
            subject: '【密码重置】创新载体管理平台账户密码重置',
            paragraphs: [`我们收到了重置您账户密码的请求。请在 ${hours} 小时内打开以下链接设置新密码：`, link, '如果这不是您本人的操作，请忽略本邮件，您的密码不会改变。'],
          }
        : {
            subject: 'Reset your password for the Innovation Carrier Management Platform',
            paragraphs: [`We received a request to reset the password of your account. Open this link within ${hours} hour(s) to choose a new one:`, link, 'If you did not ask for this, ignore this email: your password stays as it is.'],
          }
    }
    case 'record-corrected': {
      const lines = Array.isArray(d.corrections) ? (d.corrections as unknown[]).map(String) : []
      return zh
        ? { subject: `【记录更正】${n}的登记信息已更正`, paragraphs: [`市科技局更正了${n}的以下登记信息：`, { list: lines }, ...reasonsBlock(ctx, lang, { zh: '更正理由：', en: '' })] }
        : { subject: `Record corrected: ${n}`, paragraphs: [`The city S&T bureau corrected the following facts of ${n}:`, { list: lines }, ...reasonsBlock(ctx, lang, { zh: '', en: 'Reason:' })] }
    }
    case 'note-mention': {
      const author = str(d.author) ?? '—'
      const body = str(d.body) ?? ''
      return zh
        ? { subject: `【内部批注】${author}在${n}中提到了您`, paragraphs: [`${author}在${n}的内部批注中提到了您（仅工作人员可见）：`, body] }
        : { subject: `${author} mentioned you in an internal note on ${n}`, paragraphs: [`${author} mentioned you in an internal note on ${n} (staff only):`, body] }
    }
    case 'review-assigned': {
      const due = str(d.dueOn)
      return zh
        ? {
            subject: `【评审任务】请评审${n}`,
            paragraphs: [
              `市科技局邀请您评审${n}。请登录系统，在首页“我的评审”中打开评分表完成评分和评审意见${due ? `，并于${formatDay(due, 'zh')}前提交` : ''}。`,
              '如您或您所在单位与该申报存在利益关系，请在评审表中声明回避。',
            ],
          }
        : {
            subject: `Review assigned: ${n}`,
            paragraphs: [
              `The city S&T bureau asks you to review ${n}. Sign in and open the score sheet from "My reviews" on the home page${due ? `; please submit by ${formatDay(due, 'en')}` : ''}.`,
              'If you or your organisation has an interest in this application, declare a conflict on the review form.',
            ],
          }
    }
    case 'remainder-installment-due': {
      const project = str(d.projectTitle) ?? '—'
      return zh
        ? {
            subject: `【待拨付】${n}自主攻关项目“${project}”已验收，请拨付剩余40%资金`,
            paragraphs: [`${n}的自主共性技术攻关项目“${project}”已于${formatDay(str(d.acceptedOn) ?? new Date(), 'zh')}通过验收。按规定，剩余资金（补助总额${formatMoney(d.subsidyTotal, 'zh')}的40%，计${formatMoney(d.remainder, 'zh')}）可予拨付，请安排。`],
          }
        : {
            subject: `Remainder due: project "${project}" of ${n} passed acceptance`,
            paragraphs: [`The self-run project "${project}" of ${n} passed acceptance on ${formatDay(str(d.acceptedOn) ?? new Date(), 'en')}. The remaining 40% of its ${formatMoney(d.subsidyTotal, 'en')} subsidy (${formatMoney(d.remainder, 'en')}) may now be paid.`],
          }
    }
  }
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')

const SITE = { zh: '创新载体管理平台', en: 'Innovation Carrier Management Platform' }

export function renderTemplate(template: TemplateId, lang: Lang, ctx: TemplateContext): RenderedEmail {
  const body = text(template, lang, ctx)
  const zh = lang === 'zh'
  const greeting = ctx.recipientName ? (zh ? `${ctx.recipientName}，您好：` : `Dear ${ctx.recipientName},`) : zh ? '您好：' : 'Hello,'
  const note = str(ctx.data.note)
  const paragraphs: Paragraph[] = [...body.paragraphs, ...(note ? [note] : [])]
  const appLink = ctx.links.application
  const appLine = appLink ? (zh ? `在系统中查看：${appLink}` : `View it in the system: ${appLink}`) : null
  const footer = zh ? `本邮件由${SITE.zh}自动发送，请勿直接回复。` : `This message was sent automatically by the ${SITE.en}; please do not reply to it.`

  const textLines: string[] = [greeting, '']
  for (const p of paragraphs) {
    if (typeof p === 'string') textLines.push(p)
    else textLines.push(...p.list.map((item, i) => `  ${i + 1}. ${item}`))
  }
  if (appLine) textLines.push('', appLine)
  textLines.push('', '—', footer)

  const linkify = (s: string): string => escapeHtml(s).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`)
  const htmlBody = paragraphs
    .map((p) => (typeof p === 'string' ? `<p>${linkify(p)}</p>` : `<ol>${p.list.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ol>`))
    .join('\n')
  const html = `<!doctype html>
<html lang="${zh ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>${escapeHtml(body.subject)}</title></head>
<body style="font-family: 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif; line-height: 1.6; color: #1f2933;">
<p>${escapeHtml(greeting)}</p>
${htmlBody}
${appLink ? `<p><a href="${escapeHtml(appLink)}">${escapeHtml(zh ? '在系统中查看申报' : 'View the application')}</a></p>` : ''}
<hr><p style="color:#7b8794;font-size:12px">${escapeHtml(footer)}</p>
</body></html>`

  return { subject: body.subject, text: textLines.join('\n'), html }
}
