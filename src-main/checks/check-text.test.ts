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
      { rule: 'change-consistency', start: 33, end: 36, suggestion: '22%' },
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

  it('stays linear on pathological text', () => {
    // Work per character, not wall time against a fixed budget: the fastest of three runs on a
    // text and on one four times as long. A linear scan gives about 4; a quadratic one 16.
    // CPU time rather than wall time, so that other work on a shared machine does not count.
    const fastest = (text: string) =>
      Math.min(
        ...[0, 1, 2].map(() => {
          const started = process.cpuUsage()
          checkText(text)
          const used = process.cpuUsage(started)
          return (used.user + used.system) / 1000
        }),
      )
    const shapes = [
      (count: number) => '“'.repeat(count) + '）'.repeat(count),
      (count: number) => '1-'.repeat(count),
      (count: number) => '百分之'.repeat(count) + '5%'.repeat(count),
      (count: number) => '由1亿元增长到2亿元，增长5%'.repeat(count / 10),
    ]
    for (const shape of shapes) {
      const ratio = fastest(shape(40000)) / Math.max(fastest(shape(10000)), 1)
      expect(ratio).toBeLessThan(10)
    }
  })
})
