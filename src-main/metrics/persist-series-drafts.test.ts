import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { genericHeads } from '../shared/extraction/label-lexicon'
import { importText } from '../import/text-import-service'
import type { Workspace } from '../workspace/workspace'
import { openWorkspace } from '../workspace/workspace'

const sample = readFileSync(new URL('../../resources/shangdang-2025.txt', import.meta.url), 'utf8')
let workspace: Workspace

beforeEach(() => {
  workspace = openWorkspace(':memory:')
})
afterEach(() => workspace.close())

function importedSeries(text: string) {
  const reportId = importText(workspace, { text, year: 2025 })
  const report = workspace.reports.get(reportId)!
  return workspace.metrics.listSeries(report.familyId)
}

describe('the series an import stores', () => {
  it('gives the sample unique labels, none of them a bare generic head', () => {
    const labels = importedSeries(sample).map((series) => series.label)
    expect(new Set(labels).size).toBe(labels.length)
    expect(labels.filter((label) => genericHeads.has(label))).toEqual([])
    expect(labels).toContain('城镇居民人均可支配收入增幅')
    expect(labels).toContain('农村居民人均可支配收入增幅')
    expect(labels).toContain('签约项目金额')
  })

  it('links the sample’s changes only where the text says what they are about', () => {
    const series = importedSeries(sample)
    const labelOf = new Map(series.map((item) => [item.id, item.label]))
    const links = series
      .filter((item) => item.baseSeriesId !== null)
      .map((item) => [item.label, labelOf.get(item.baseSeriesId!)])
    expect(links).toEqual([['绿电规模增幅', '绿电规模']])
  })

  it('binds every figure of the text to a stored series of the report', () => {
    const reportId = importText(workspace, { text: sample, year: 2025 })
    const family = workspace.reports.get(reportId)!.familyId
    const ids = new Set(workspace.metrics.listSeries(family).map((item) => item.id))
    const bound: number[] = []
    const walk = (node: { type: string; attrs?: Record<string, unknown>; content?: unknown[] }) => {
      if (node.type === 'metric') {
        bound.push(Number(node.attrs?.seriesId))
      }
      for (const child of (node.content ?? []) as (typeof node)[]) {
        walk(child)
      }
    }
    for (const section of workspace.sections.listByReport(reportId)) {
      walk(section.doc)
    }
    expect(bound.length).toBe(48)
    expect(bound.every((id) => ids.has(id))).toBe(true)
    expect(new Set(bound).size).toBe(ids.size)
  })

  it('shares one series between identical figures, and keeps figures that differ apart', () => {
    const labels = importedSeries(
      '全区新建学校3所。今年新建学校3所。项目建设方面，签约项目8个；招商方面，签约项目9个。',
    ).map((series) => series.label)
    expect(labels.filter((label) => label === '新建学校')).toHaveLength(1)
    expect(labels.filter((label) => label.startsWith('签约项目'))).toHaveLength(2)
    expect(new Set(labels).size).toBe(labels.length)
  })
})
