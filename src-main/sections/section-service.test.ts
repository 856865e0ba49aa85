import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { DocumentNode } from '../shared/document/document-json'
import { createReport, openReport, setReportDeleted } from '../reports/report-service'
import type { Workspace } from '../workspace/workspace'
import { openWorkspace } from '../workspace/workspace'
import { keptRevisions } from './section-repository'
import { listRevisions, restoreRevision, saveSection } from './section-service'

let workspace: Workspace
let leadId: number
let reportId: number

const paragraph = (text: string): DocumentNode => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
})

beforeEach(() => {
  workspace = openWorkspace(':memory:')
  reportId = createReport(workspace, { year: 2025, title: '答卷', organization: '' }).id
  leadId = openReport(workspace, reportId).sections.find((section) => section.kind === 'lead')!.id
})
afterEach(() => workspace.close())

describe('saving sections', () => {
  it('stores the body, bumps the version and records a revision', () => {
    const saved = saveSection(workspace, {
      sectionId: leadId,
      baseVersion: 1,
      doc: paragraph('冬日的太行山脉'),
    })
    expect(saved.version).toBe(2)
    expect(saved.title).toBe('冬日的太行山脉')
    expect(workspace.sections.get(leadId)!.doc).toEqual(paragraph('冬日的太行山脉'))
    expect(
      listRevisions(workspace, leadId).map((revision) => [revision.version, revision.reason]),
    ).toEqual([
      [2, 'edit'],
      [1, 'create'],
    ])
  })

  it('refuses a stale save as a conflict and keeps the newer text', () => {
    saveSection(workspace, { sectionId: leadId, baseVersion: 1, doc: paragraph('甲窗口') })
    expect(() =>
      saveSection(workspace, { sectionId: leadId, baseVersion: 1, doc: paragraph('乙窗口') }),
    ).toThrow(expect.objectContaining({ code: 'conflict', params: { current: 2, base: 1 } }))
    expect(workspace.sections.get(leadId)!.doc).toEqual(paragraph('甲窗口'))
    expect(listRevisions(workspace, leadId)).toHaveLength(2)
  })

  it('rejects a body the schema does not accept and stores nothing', () => {
    const bad = { type: 'doc', content: [{ type: 'script', text: 'alert(1)' }] }
    expect(() => saveSection(workspace, { sectionId: leadId, baseVersion: 1, doc: bad })).toThrow(
      expect.objectContaining({ code: 'invalid_document' }),
    )
    const inlineAtTop = { type: 'doc', content: [{ type: 'text', text: '裸文本' }] }
    expect(() =>
      saveSection(workspace, { sectionId: leadId, baseVersion: 1, doc: inlineAtTop }),
    ).toThrow(expect.objectContaining({ code: 'invalid_document' }))
    expect(workspace.sections.get(leadId)!.version).toBe(1)
    expect(listRevisions(workspace, leadId)).toHaveLength(1)
  })

  it('refuses edits to a report in the trash', () => {
    setReportDeleted(workspace, reportId, true)
    expect(() =>
      saveSection(workspace, { sectionId: leadId, baseVersion: 1, doc: paragraph('x') }),
    ).toThrow(expect.objectContaining({ code: 'report_deleted' }))
  })

  it(`keeps the last ${keptRevisions} revisions (at least 50) and drops older ones`, () => {
    let version = 1
    for (let index = 0; index < keptRevisions + 20; index++) {
      version = saveSection(workspace, {
        sectionId: leadId,
        baseVersion: version,
        doc: paragraph(`第${index}稿`),
      }).version
    }
    const revisions = listRevisions(workspace, leadId)
    expect(revisions).toHaveLength(keptRevisions)
    expect(keptRevisions).toBeGreaterThanOrEqual(50)
    expect(revisions[0].version).toBe(version)
    expect(revisions.at(-1)!.version).toBe(version - keptRevisions + 1)
  })

  it('restores an older revision as a new revision', () => {
    saveSection(workspace, { sectionId: leadId, baseVersion: 1, doc: paragraph('第一稿') })
    saveSection(workspace, { sectionId: leadId, baseVersion: 2, doc: paragraph('第二稿') })
    const first = listRevisions(workspace, leadId).find((revision) => revision.version === 2)!
    const restored = restoreRevision(workspace, { sectionId: leadId, revisionId: first.id })
    expect(restored.version).toBe(4)
    expect(restored.doc).toEqual(paragraph('第一稿'))
    expect(listRevisions(workspace, leadId)[0]).toMatchObject({ version: 4, reason: 'restore' })
  })

  it('does not restore a revision of another section', () => {
    const titleId = openReport(workspace, reportId).sections.find(
      (section) => section.kind === 'title',
    )!.id
    const foreign = listRevisions(workspace, titleId)[0]
    expect(() => restoreRevision(workspace, { sectionId: leadId, revisionId: foreign.id })).toThrow(
      expect.objectContaining({ code: 'revision_not_found' }),
    )
  })
})
