import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Workspace } from '../workspace/workspace'
import { openWorkspace } from '../workspace/workspace'
import { createReport, openReport, renameReport, setReportDeleted } from './report-service'

let workspace: Workspace

beforeEach(() => {
  workspace = openWorkspace(':memory:')
})
afterEach(() => workspace.close())

describe('report service', () => {
  it('creates an empty report with a title line and an empty lead', () => {
    const report = createReport(workspace, {
      year: 2026,
      title: '2026年 某县答卷',
      organization: '某县融媒体中心',
    })
    expect(report).toMatchObject({
      year: 2026,
      title: '2026年 某县答卷',
      organization: '某县融媒体中心',
      deletedAt: null,
    })
    const { sections } = openReport(workspace, report.id)
    expect(sections.map((section) => [section.kind, section.title, section.version])).toEqual([
      ['title', '2026年 某县答卷', 1],
      ['lead', '', 1],
    ])
    expect(sections[0].doc).toEqual({
      type: 'doc',
      content: [
        {
          type: 'heading',
          attrs: { level: 1 },
          content: [{ type: 'text', text: '2026年 某县答卷' }],
        },
      ],
    })
  })

  it('renames, moves to the trash and restores', () => {
    const report = createReport(workspace, { year: 2025, title: '甲', organization: '' })
    expect(renameReport(workspace, report.id, '乙').title).toBe('乙')

    setReportDeleted(workspace, report.id, true)
    expect(workspace.reports.listLive()).toEqual([])
    expect(workspace.reports.listTrashed().map((item) => item.title)).toEqual(['乙'])
    expect(openReport(workspace, report.id).sections).toHaveLength(2)

    setReportDeleted(workspace, report.id, false)
    expect(workspace.reports.listLive().map((item) => item.title)).toEqual(['乙'])
    expect(workspace.reports.listTrashed()).toEqual([])
  })

  it('lists the library newest year first', () => {
    createReport(workspace, { year: 2024, title: '旧', organization: '' })
    createReport(workspace, { year: 2026, title: '新', organization: '' })
    createReport(workspace, { year: 2025, title: '中', organization: '' })
    expect(workspace.reports.listLive().map((report) => report.year)).toEqual([2026, 2025, 2024])
  })

  it('reports a missing report as a coded error', () => {
    expect(() => openReport(workspace, 999)).toThrow(
      expect.objectContaining({ code: 'report_not_found' }),
    )
    expect(() => renameReport(workspace, 999, 'x')).toThrow(
      expect.objectContaining({ code: 'report_not_found' }),
    )
  })
})
