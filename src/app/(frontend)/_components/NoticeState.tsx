// The state of a running notice as the public reads it: open with days left, 期满 awaiting the decision, or
// paused by an objection. China's date decides.
import { formatDateZh } from '@/lib/labels'
import { noticeDaysLeft, noticePhase } from '@/lib/public-records'

export function NoticeState({ status, endsOn, today }: { status: string; endsOn: string | null; today: string }) {
  const phase = noticePhase(status, endsOn, today)
  if (phase === 'objection') return <span className="tag tag-objection">异议处理中</span>
  if (phase === 'ended') return <span className="tag tag-ended">公示期满</span>
  const left = noticeDaysLeft(endsOn, today)
  return (
    <span className="tag tag-open">
      公示中{left === 0 ? '，今日截止' : left !== null ? `，剩余 ${left} 天` : ''}
      {endsOn && <span className="visually-hidden">（截至{formatDateZh(endsOn)}）</span>}
    </span>
  )
}
