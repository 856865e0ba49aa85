import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkText } from './check-text'

const sample = readFileSync(new URL('../../resources/shangdang-2025.txt', import.meta.url), 'utf8')

describe('checkText', () => {
  it('combines the rules in text order', () => {
    const text = '全年新增就业4千人,城镇新增就业从2.3万人增加到2.8万人，增长25%，，'
    const findings = checkText(text)
    const spans = findings.map(({ rule, start, end, suggestion }) => {
      return { rule, start, end, suggestion }
    })
    expect(spans).toEqual([
      { rule: 'number-usage', start: 6, end: 8, suggestion: '4000' },
      { rule: 'punctuation', start: 9, end: 10, suggestion: '，' },
      { rule: 'change-consistency', start: 33, end: 36, suggestion: undefined },
      { rule: 'punctuation', start: 36, end: 38, suggestion: '，' },
    ])
  })

  it('leaves out a finding that another one’s suggestion already fixes', () => {
    // "3万～5万" replaces the hyphen too, so the dash finding would clash with it.
    const text = '对改造农户每户给予3-5万元一次性补助。'
    expect(checkText(text)).toEqual([
      expect.objectContaining({ rule: 'number-usage', start: 9, end: 13, suggestion: '3万～5万' }),
    ])
  })

  it('finds nothing in the clean 上党区 2025 sample', () => {
    // Read against GB/T 15834 and 15835, the sample has no number-usage or punctuation error:
    // “…”“…” without 、 between quoted items, ranges and years written in full, 二〇二五 with 〇.
    expect(checkText(sample)).toEqual([])
  })

  it('finishes pathological text of 200,000 characters (a quadratic scan would run for minutes)', () => {
    const texts = [
      '“'.repeat(100000) + '）'.repeat(100000),
      '1-'.repeat(100000),
      '百分之'.repeat(30000) + '5%'.repeat(70000),
      '由1亿元增长到2亿元，增长5%'.repeat(10000),
    ]
    for (const text of texts) {
      const started = performance.now()
      checkText(text)
      // A watchdog against hangs, not a speed target (speed is the bench's): generous on purpose,
      // since a loaded machine may be ten times slower than an idle one.
      expect(performance.now() - started).toBeLessThan(20_000)
    }
  }, 120_000)
})
