import { describe, expect, it } from 'vitest'
import { comparableLabel, fuzzyThreshold, labelSimilarity } from './label-similarity'

const similarity = (left: string, right: string) =>
  labelSimilarity(comparableLabel(left), comparableLabel(right))

describe('labelSimilarity', () => {
  it.each([
    ['原煤 产量', '原煤产量'],
    ['其中：原煤产量', '原煤产量'],
    ['#原煤产量', '原煤产量'],
    ['一、地区生产总值（GDP）', '地区生产总值'],
    ['1.原煤产量(万吨)', '原煤产量'],
    ['ＰＭ２.５浓度降幅', 'PM_{2.5}浓度降幅'],
  ])('treats %j as the same name as %j', (left, right) => {
    expect(similarity(left, right)).toBe(1)
  })

  it('scores containment by length ratio and other names by shared character pairs', () => {
    expect(similarity('全区原煤产量', '原煤产量')).toBeCloseTo(0.5 + 0.5 * (4 / 6))
    expect(similarity('原煤产量增速', '原煤产量增长')).toBeCloseTo(0.8)
    expect(similarity('洗精煤', '原煤产量')).toBeLessThan(fuzzyThreshold)
    expect(similarity('产量', '全区规模以上工业企业原煤产量')).toBeLessThan(fuzzyThreshold)
  })

  it('keeps numbered names apart from list markers', () => {
    expect(comparableLabel('1.5级公路').normalized).toBe('15级公路')
    expect(comparableLabel('（三）').normalized).toBe('（三）')
  })
})
