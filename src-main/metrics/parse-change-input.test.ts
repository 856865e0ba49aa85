import { describe, expect, it } from 'vitest'
import { AppError } from '../shared/errors/app-error'
import { parseChangeInput } from './parse-change-input'

const growth = { unit: '%', displayUnit: '%', kind: 'change' as const }
const points = { unit: '百分点', displayUnit: '个百分点', kind: 'change' as const }

describe('parseChangeInput', () => {
  it.each([
    ['下降10.5%', -10.5, -1],
    ['下降10.5', -10.5, -1],
    ['增长3%', 3, 1],
    ['提高 3', 3, 1],
    ['-10.5', -10.5, -1],
    ['−10.5%', -10.5, -1],
    ['+4', 4, 1],
    ['10.5', 10.5, 0],
    ['10.5%', 10.5, 0],
    ['持平', 0, 0],
  ])('reads %s', (text, value, direction) => {
    expect(parseChangeInput(text, growth)).toEqual({ value, direction })
  })

  it('reads percentage points for a 百分点 series', () => {
    expect(parseChangeInput('提高0.5个百分点', points)).toEqual({ value: 0.5, direction: 1 })
    expect(parseChangeInput('降低1.2', points)).toEqual({ value: -1.2, direction: -1 })
  })

  it('refuses a word and a sign together, and what is not a change', () => {
    for (const text of ['下降-3', '增长+3', '下降', '三成', '10.5万吨', '']) {
      expect(() => parseChangeInput(text, growth)).toThrow(AppError)
    }
    expect(() => parseChangeInput('3个百分点', growth)).toThrow(AppError)
  })
})
