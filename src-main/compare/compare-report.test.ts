import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { importText } from '../import/text-import-service'
import { setMetricValue } from '../metrics/metric-service'
import { rollForwardReport } from '../roll-forward/roll-forward-report'
import { changeStructure } from '../sections/change-structure'
import { saveSection } from '../sections/section-service'
import { databaseFingerprint } from '../security/database-fingerprint'
import type { Workspace } from '../workspace/workspace'
import { openWorkspace } from '../workspace/workspace'
import { compareReport } from './compare-report'

const sample = readFileSync(join(__dirname, '..', '..', 'resources', 'shangdang-2025.txt'), 'utf8')
let workspace: Workspace
let sourceId: number
let reportId: number

function sectionId(title: string, id = reportId): number {
  const found = workspace.sections.listByReport(id).find((item) => item.title.startsWith(title))
  if (!found) {
    throw new Error(`no section ${title}`)
  }
  return found.id
}

function seriesId(label: string): number {
  const report = workspace.reports.get(reportId)!
  return workspace.metrics.listSeries(report.familyId).find((item) => item.label === label)!.id
}

beforeEach(() => {
  workspace = openWorkspace(':memory:')
  sourceId = importText(workspace, { text: sample, year: 2025 })
  reportId = rollForwardReport(workspace, { reportId: sourceId }).reportId
})
afterEach(() => workspace.close())

describe('compareReport', () => {
  it('pairs every section with last year’s in reading order, new ones added, dropped ones removed', () => {
    changeStructure(workspace, {
      op: 'add',
      reportId,
      kind: 'subsection',
      title: '数字经济起步',
      placement: { after: sectionId('传统产业焕发绿色生机') },
    })
    changeStructure(workspace, { op: 'delete', sectionId: sectionId('新兴产业加速拔节成长') })
    const edited = workspace.sections.get(sectionId('科技创新点燃发展引擎'))!
    saveSection(workspace, {
      sectionId: edited.id,
      baseVersion: edited.version,
      doc: JSON.parse(JSON.stringify(edited.doc).replace('科创中心', '科创飞地')),
    })

    const comparison = compareReport(workspace, reportId)
    expect(comparison).toMatchObject({
      reportId,
      year: 2026,
      previous: { reportId: sourceId, year: 2025 },
    })
    const live = workspace.sections.listByReport(reportId)
    expect(comparison.sections.filter((section) => section.status !== 'removed')).toHaveLength(
      live.length,
    )
    const rows = comparison.sections.map((section) => `${section.status}:${section.title}`)
    const start = rows.indexOf('paired:传统产业焕发绿色生机')
    expect(rows.slice(start, start + 4)).toEqual([
      'paired:传统产业焕发绿色生机',
      'removed:新兴产业加速拔节成长',
      'added:数字经济起步',
      'paired:科技创新点燃发展引擎',
    ])
    expect(rows.filter((row) => row.startsWith('removed:'))).toHaveLength(1)
    expect(rows.filter((row) => row.startsWith('added:'))).toHaveLength(1)

    const byTitle = (title: string) =>
      comparison.sections.find((section) => section.title === title)!
    const removed = byTitle('新兴产业加速拔节成长')
    expect(removed).toMatchObject({ sectionId: null, changed: true, kind: 'subsection' })
    expect(removed.previousSectionId).toBe(sectionId('新兴产业加速拔节成长', sourceId))
    expect(removed.parts.every((part) => part.kind === 'removed')).toBe(true)
    expect(removed.parts.map((part) => part.text).join('')).toContain('日盛达光伏车间')

    const added = byTitle('数字经济起步')
    expect(added).toMatchObject({ previousSectionId: null, previousTitle: null })
    expect(added.parts).toEqual([{ kind: 'added', text: '数字经济起步。' }])

    const science = byTitle('科技创新点燃发展引擎')
    expect(science.previousTitle).toBe('科技创新点燃发展引擎')
    expect(science.parts).toContainEqual({ kind: 'removed', text: '中心' })
    expect(science.parts).toContainEqual({ kind: 'added', text: '飞地' })
    // Last year's text is what the parts give without the additions, this year's without removals.
    const joined = (skip: string) =>
      science.parts
        .filter((part) => part.kind !== skip)
        .map((part) => part.text)
        .join('')
    expect(joined('added')).toContain('北上深杭科创中心引来40家企业')
    expect(joined('removed')).toContain('北上深杭科创飞地引来【待填')
  })

  it('lists the figures of both years once each: amounts change in %, rates in 个百分点', () => {
    setMetricValue(workspace, { reportId, seriesId: seriesId('原煤产量'), text: '3700万吨' })
    setMetricValue(workspace, {
      reportId,
      seriesId: seriesId('上党区一中本科达线率'),
      text: '99.5%',
    })
    changeStructure(workspace, { op: 'delete', sectionId: sectionId('新兴产业加速拔节成长') })

    const { metrics } = compareReport(workspace, reportId)
    expect(new Set(metrics.map((metric) => metric.seriesId)).size).toBe(metrics.length)
    expect(metrics.find((metric) => metric.label === '原煤产量')).toEqual({
      seriesId: seriesId('原煤产量'),
      label: '原煤产量',
      previous: '3598万吨',
      current: '3700万吨',
      change: 2.8349,
      changeUnit: '%',
    })
    expect(metrics.find((metric) => metric.label === '上党区一中本科达线率')).toMatchObject({
      previous: '99.27%',
      current: '99.50%',
      change: 0.23,
      changeUnit: '个百分点',
    })
    // A figure only last year's dropped section had is still listed, with no value this year.
    expect(metrics.find((metric) => metric.label === '绿电规模增幅')).toMatchObject({
      previous: '46%',
      current: null,
      change: null,
    })
    // In the order the figures first appear in the report.
    const labels = metrics.map((metric) => metric.label)
    expect(labels.indexOf('原煤产量')).toBeLessThan(labels.indexOf('绿电规模增幅'))
    expect(labels.indexOf('绿电规模增幅')).toBeLessThan(labels.indexOf('上党区一中本科达线率'))
  })

  it('writes nothing', () => {
    const before = databaseFingerprint(workspace)
    compareReport(workspace, reportId)
    expect(databaseFingerprint(workspace)).toEqual(before)
  })

  it('has no last year for a first report: every section is added', () => {
    const comparison = compareReport(workspace, sourceId)
    expect(comparison.previous).toBeNull()
    expect(comparison.sections.every((section) => section.status === 'added')).toBe(true)
    expect(comparison.metrics.every((metric) => metric.previous === null)).toBe(true)
  })
})
