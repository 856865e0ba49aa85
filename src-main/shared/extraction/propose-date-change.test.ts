import { describe, expect, it } from 'vitest'
import { findDateReferences } from './find-date-references'
import { moveEditionYears } from './move-edition-years'
import { proposeDateChange } from './propose-date-change'

function proposals(text: string, fromYear = 2025) {
  return findDateReferences(text).flatMap((reference) => {
    const proposal = proposeDateChange(reference, text, fromYear)
    return proposal ? [[text.slice(reference.start, proposal.end), proposal.proposedText]] : []
  })
}

describe('proposeDateChange', () => {
  it('moves years next to the report year and leaves history alone', () => {
    expect(proposals('2025年，全区完成投资；2024年同期；2019年建成；站在2026年的新起点')).toEqual([
      ['2025年', '2026年'],
      ['2024年', '2025年'],
      ['2026年', '2027年'],
    ])
  })

  it('keeps the form of Chinese years and writes 〇', () => {
    expect(proposals('二〇二五年是关键一年，二零二四年')).toEqual([
      ['二〇二五年', '二〇二六年'],
      ['二零二四年', '二〇二五年'],
    ])
  })

  it('moves a plan that ends with the report year, with 收官 → 开局', () => {
    expect(proposals('“十四五”收官之年，十四五规划，十五五开局')).toEqual([
      ['十四五”收官', '十五五”开局'],
      ['十四五', '十五五'],
    ])
    expect(proposals('十四五期间', 2024)).toEqual([])
  })

  it('lists relative years unchanged for the user to confirm', () => {
    expect(proposals('今年以来，去年同期')).toEqual([
      ['今年', '今年'],
      ['去年', '去年'],
    ])
  })

  it('moves a year inside a date and not a bare month', () => {
    expect(proposals('2025年3月5日开工，6月底完工')).toEqual([['2025年3月5日', '2026年3月5日']])
  })
})

describe('moveEditionYears', () => {
  it.each([
    ['2026长治两会', '2027长治两会'],
    ['——上党区交出二〇二五年高质量发展答卷', '——上党区交出二〇二六年高质量发展答卷'],
    ['2025年 上党区高质量发展答卷', '2026年 上党区高质量发展答卷'],
    ['建党100周年 1921', '建党100周年 1921'],
  ])('%s', (before, after) => {
    expect(moveEditionYears(before, 2025)).toBe(after)
  })
})
