import { describe, expect, it } from 'vitest'
import type { PublicFigure } from '../shared/extraction/public-figure'
import { scoreExtraction } from './score-extraction'

function figure(start: number, text: string, value: number, unit: string): PublicFigure {
  return {
    text,
    start,
    end: start + text.length,
    value,
    unit,
    displayUnit: unit,
    qualifier: 'exact',
    kind: 'amount',
    label: '产量',
    linkedTo: null,
    duration: null,
  }
}

describe('scoreExtraction', () => {
  it('matches strictly on span, value, unit and qualifier', () => {
    const labelled = [
      figure(0, '5吨', 5, '吨'),
      figure(4, '6吨', 6, '吨'),
      figure(8, '7吨', 7, '吨'),
    ]
    const extracted = [
      figure(0, '5吨', 5, '吨'),
      { ...figure(4, '6吨', 6, '吨'), qualifier: 'about' as const },
      figure(8, '7吨', 7, '吨'),
      figure(12, '8个', 8, '个'),
    ]
    const score = scoreExtraction(labelled, extracted)
    expect(score).toMatchObject({ labelled: 3, extracted: 4, matched: 2, precision: 0.5 })
    expect(score.recall).toBeCloseTo(2 / 3)
    expect(score.missed).toEqual(['4 6吨'])
    expect(score.spurious).toEqual(['4 6吨', '12 8个'])
  })

  it('counts kind and label agreement among matches only', () => {
    const labelled = [figure(0, '5吨', 5, '吨')]
    const extracted = [{ ...figure(0, '5吨', 5, '吨'), label: '原煤产量', kind: 'count' as const }]
    expect(scoreExtraction(labelled, extracted)).toMatchObject({
      matched: 1,
      kindsAgreeing: 0,
      labelsAgreeing: 0,
      genericLabels: 0,
    })
    const generic = [{ ...figure(0, '5吨', 5, '吨'), label: '数额' }]
    expect(scoreExtraction(labelled, generic).genericLabels).toBe(1)
  })
})
