import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole, idOf, organizationOf } from '../access/roles'
import { reviewTotal, scoreTicIndex } from '../policies'
import { loadApplication } from './relations'
import { rejectMessage } from './violations'

/**
 * An expert reviews only applications assigned to them, never one their own organisation leads or is a
 * member of; the total is computed from the scores, never typed; a submitted review is final.
 */
export const prepareReview: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  if (req.user && hasRole(req.user, 'expert')) {
    if (operation === 'create') data.expert = req.user.id
    merged.expert = data.expert ?? merged.expert
  }
  const applicationId = idOf(merged.application)
  const expertId = idOf(merged.expert)
  if (applicationId === null || expertId === null) return data
  const application = await loadApplication(req, applicationId)
  // The review's title in lists and the breadcrumb: the application and the stage, not a bare id.
  const stage = (merged.stage ?? 'expert-review') === 'evaluation' ? '年度评价' : '专家评审'
  data.label = `${application.title}（${stage}）`

  const assigned = (application.assignedExperts ?? []).map((e) => String(idOf(e)))
  if (!assigned.includes(String(expertId))) {
    rejectMessage('reviews', 'expert', '该专家未被指派评审此申报', 'this expert is not assigned to review this application', 'access.not-assigned')
  }

  const expert = await req.payload.findByID({ collection: 'users', id: expertId, depth: 0, overrideAccess: true, req })
  const expertOrg = organizationOf(expert as never)
  if (expertOrg !== null && !merged.conflictDeclared) {
    const member = await req.payload.find({
      collection: 'members',
      where: { and: [{ application: { equals: applicationId } }, { organization: { equals: expertOrg } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (String(idOf(application.lead)) === String(expertOrg) || member.docs.length > 0) {
      rejectMessage(
        'reviews',
        'expert',
        '利益冲突：专家所在单位是该申报的牵头或成员单位，应当回避',
        "conflict of interest: the expert's organisation leads or is a member of this application; the expert must recuse",
      )
    }
  }

  if (merged.conflictDeclared) {
    data.totalScore = null
    data.recommend = false
  } else if (merged.scores && typeof merged.scores === 'object') {
    const scores = merged.scores as Record<string, number>
    // A TIC is scored on the 42 indicators of 附件1; consortia and complexes on the review form.
    if (application.carrierKind === 'tic') {
      const result = scoreTicIndex(scores)
      if (!result.ok && merged.submitted) rejectMessage('reviews', 'scores', result.message.zh, result.message.en)
      data.totalScore = result.ok ? result.overall : null
    } else {
      const { total, problems } = reviewTotal(scores)
      if (problems.length > 0 && merged.submitted) {
        rejectMessage('reviews', 'scores', problems.map((p) => p.zh).join('；'), problems.map((p) => p.en).join('; '))
      }
      data.totalScore = problems.length === 0 ? total : null
    }
  } else if (merged.submitted) {
    rejectMessage('reviews', 'scores', '提交评审前须为每一项评分（或声明回避）', 'score every criterion (or declare a conflict) before submitting the review')
  }

  if (merged.submitted && !originalDoc?.submitted) data.submittedAt = new Date().toISOString()
  return data
}
