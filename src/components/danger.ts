// Transitions that cannot be undone by the person who runs them: shown in a danger style, run only after a
// confirmation that names the consequence. Shared by the application's panel and the list's bulk action.
type Bilingual = { zh: string; en: string }

export const DANGER: Record<string, { consequence: Bilingual; tone: 'warning' | 'danger' }> = {
  return: {
    tone: 'warning',
    consequence: { zh: '申报将退回申报单位修改，须重新提交后方可继续办理；申报单位将收到邮件通知。', en: 'The application goes back to the applicant, who must resubmit it before anything else happens; the applicant is emailed.' },
  },
  reject: {
    tone: 'danger',
    consequence: { zh: '申报将终结为“未通过”，不能恢复；申报单位将收到邮件通知。', en: 'The application ends as rejected and cannot be reopened; the applicant is emailed.' },
  },
  delist: {
    tone: 'danger',
    consequence: { zh: '载体将被摘牌并从公开名录中标注，不能恢复；申报单位将收到邮件通知。', en: 'The carrier is delisted and marked so on the public register; this cannot be reversed; the applicant is emailed.' },
  },
  cancel: {
    tone: 'danger',
    consequence: { zh: '创建资格将被取消，不能恢复；申报单位将收到邮件通知。', en: 'The creation status is cancelled and cannot be restored; the applicant is emailed.' },
  },
  terminate: {
    tone: 'danger',
    consequence: { zh: '创新联合体将被中止，不能恢复；申报单位将收到邮件通知。', en: 'The consortium is terminated and cannot be restored; the applicant is emailed.' },
  },
}

export const DANGER_STYLE: Record<'warning' | 'danger', { background: string; border: string; color: string }> = {
  warning: { background: '#fffaeb', border: '#dc6803', color: '#93370d' },
  danger: { background: '#b42318', border: '#912018', color: '#ffffff' },
}
