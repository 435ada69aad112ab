import { describe, expect, it } from 'vitest'

import { journeySentence, journeyStep } from '../../../src/policies/journey'

describe('who holds the file and what comes next', () => {
  it('a submitted TIC is with the city bureau, whose next step is the plan review', () => {
    const step = journeyStep('nb-tic-2022', 'submitted')
    expect(step.holderRole).toBe('city-officer')
    expect(journeySentence(step, 'zh')).toBe('文件现由市科技局办理，下一步：组织方案论证')
  })
  it('a Weihai filing under district review is with the district bureau; in zj the recommending office is the city bureau', () => {
    expect(journeyStep('wh-consortium-2022', 'district-review').holder?.zh).toBe('区县（市）科技局')
    expect(journeyStep('zj-consortium', 'district-review').holder?.zh).toBe('设区市科技局')
    expect(journeyStep('zj-consortium', 'submitted').holder?.zh).toBe('省科技厅')
  })
  it('expert review is with the experts; a returned file is back with the applicant; a rejection ends it', () => {
    expect(journeyStep('cx-complex', 'expert-review').holderRole).toBe('expert')
    expect(journeyStep('cx-complex', 'returned').holderRole).toBe('applicant')
    expect(journeySentence(journeyStep('cx-complex', 'rejected'), 'en')).toBe('The procedure has ended (Rejected)')
  })
})
