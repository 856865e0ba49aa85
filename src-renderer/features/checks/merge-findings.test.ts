import { describe, expect, it } from 'vitest'
import type { ReportFinding } from '../../../src-main/shared/checks/report-finding'
import { mergeFindings } from './merge-findings'

function finding(
  sectionId: number,
  start: number,
  message = `${sectionId}:${start}`,
): ReportFinding {
  return {
    rule: 'punctuation',
    severity: 'warning',
    message,
    start,
    end: start + 1,
    key: message,
    sectionId,
    sectionTitle: '',
    anchorStart: start,
    anchorEnd: start + 1,
    dismissible: true,
  }
}

describe('mergeFindings', () => {
  it('replaces the re-checked sections and keeps reading order', () => {
    const current = [finding(3, 1), finding(1, 5), finding(1, 9), finding(2, 2)]
    const merged = mergeFindings(current, [finding(1, 7, 'new')], [1], [3, 1, 2])
    expect(merged.map((item) => item.message)).toEqual(['3:1', 'new', '2:2'])
  })

  it('drops a section whose findings are gone', () => {
    expect(
      mergeFindings([finding(1, 1), finding(2, 1)], [], [2], [1, 2]).map((item) => item.sectionId),
    ).toEqual([1])
  })
})
