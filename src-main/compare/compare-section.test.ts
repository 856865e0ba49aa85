import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { importText } from '../import/text-import-service'
import { setMetricValue } from '../metrics/metric-service'
import { rollForwardReport } from '../roll-forward/roll-forward-report'
import type { Workspace } from '../workspace/workspace'
import { openWorkspace } from '../workspace/workspace'
import { compareSection } from './compare-section'

const sample = readFileSync(join(__dirname, '..', '..', 'resources', 'shangdang-2025.txt'), 'utf8')
let workspace: Workspace

beforeEach(() => {
  workspace = openWorkspace(':memory:')
})
afterEach(() => workspace.close())

describe('compareSection', () => {
  it('shows a rolled-forward section against last year with figures and the blackline', () => {
    const sourceId = importText(workspace, { text: sample, year: 2025 })
    const { reportId } = rollForwardReport(workspace, { reportId: sourceId })
    const section = workspace.sections
      .listByReport(reportId)
      .find((item) => item.title.startsWith('传统产业焕发绿色生机'))!
    const coal = compareSection(workspace, section.id).metrics.find(
      (metric) => metric.label === '原煤产量',
    )!
    setMetricValue(workspace, { reportId, seriesId: coal.seriesId, text: '3700万吨' })

    const comparison = compareSection(workspace, section.id)
    expect(comparison.counterpart).toMatchObject({
      reportId: sourceId,
      year: 2025,
      title: section.title,
    })
    expect(comparison.metrics.find((metric) => metric.label === '原煤产量')).toEqual({
      seriesId: coal.seriesId,
      label: '原煤产量',
      current: '3700万吨',
      previous: '3598万吨',
      change: 2.8349,
      changeUnit: '%',
    })
    expect(comparison.metrics.find((metric) => metric.label === '洗精煤')).toMatchObject({
      current: null,
      previous: '2154万吨',
      change: null,
      changeUnit: null,
    })
    expect(comparison.parts).toContainEqual({ kind: 'removed', text: '3598' })
    expect(comparison.parts).toContainEqual({ kind: 'added', text: '3700' })
    expect(
      comparison.parts.some((part) => part.kind === 'added' && part.text.includes('【待填·洗精煤')),
    ).toBe(true)
  })

  it('has no counterpart for a report without a last year', () => {
    const reportId = importText(workspace, { text: sample, year: 2025 })
    const section = workspace.sections.listByReport(reportId)[3]!
    const comparison = compareSection(workspace, section.id)
    expect(comparison.counterpart).toBeNull()
    expect(comparison.parts.every((part) => part.kind === 'added')).toBe(true)
  })
})
