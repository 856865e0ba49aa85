import { describe, expect, it } from 'vitest'
import type { CheckFinding } from '../shared/checks/check-finding'
import type { PlantedError } from './eval-corpus'
import { scoreChecks } from './score-checks'

const text = '截止目前完成投资5亿元。全县粮食总产量10万吨。其它工作有序推进。'

function finding(start: number, end: number, suggestion?: string): CheckFinding {
  return { rule: 'wording', severity: 'warning', message: '', start, end, suggestion }
}

const planted: PlantedError[] = [
  { rule: 'wording', start: 0, end: 2, text: '截止', suggestion: '截至' },
  { rule: 'wording', start: 25, end: 27, text: '其它', suggestion: '其他' },
]

describe('scoreChecks', () => {
  it('counts a planted error caught by an overlapping finding of its rule', () => {
    const score = scoreChecks(text, planted, [finding(0, 2, '截至')])
    expect(score).toMatchObject({ planted: 2, caught: 1, fixedRight: 1, falseAlarms: 0 })
    expect(score.missed).toEqual(['25 wording 其它'])
  })

  it('counts a finding on a clean sentence as a false alarm', () => {
    const score = scoreChecks(text, planted, [finding(0, 2, '截至'), finding(19, 21)])
    expect(score).toMatchObject({ falseAlarms: 1, cleanSentences: 1, cleanSentencesFlagged: 1 })
  })

  it('does not count a wrong fix as a right one', () => {
    const score = scoreChecks(text, planted, [finding(25, 27, '其它的')])
    expect(score).toMatchObject({ caught: 1, fixedRight: 0 })
  })
})
