import { describe, expect, it } from 'vitest'

import { errorBody, platform, toastText } from '../../../src/lib/errors'

describe('a refusal’s words for the admin toast', () => {
  const rule = { rule: 'nb.lead.platform', article: null, message: { zh: '牵头企业应具有省级以上研发平台（《办法》第五条）[nb.lead.platform]', en: 'The lead must have a provincial R&D platform, a key lab, or an institute: see Art. 5 [nb.lead.platform]' } }

  it('is one Chinese line and one English line per violation, without the rule id (commas and colons intact)', () => {
    expect(toastText([rule]).split('\n')).toEqual(['牵头企业应具有省级以上研发平台（《办法》第五条）', 'The lead must have a provincial R&D platform, a key lab, or an institute: see Art. 5'])
    expect(toastText([rule, platform('x', '甲', 'A')]).split('\n')).toHaveLength(4)
  })

  it('sits beside the one error shape, which keeps "中文 / English" in errors[].message', () => {
    const body = errorBody([platform('record.duplicate', '已存在相同的记录', 'Such a record already exists.')])
    expect(body.message).toBe('已存在相同的记录\nSuch a record already exists.')
    expect(body.errors[0]!.message).toBe('已存在相同的记录 / Such a record already exists.')
    expect(body.errors[0]!.data.violations[0]!.rule).toBe('record.duplicate')
  })
})
