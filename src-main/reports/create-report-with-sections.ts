import { randomUUID } from 'node:crypto'
import type { SectionDraft } from '../sections/section-draft'
import type { NewReport } from './report-repository'
import type { Workspace } from '../workspace/workspace'

/** Stores a section tree under a report (call inside a transaction). */
export function insertSectionTree(
  workspace: Workspace,
  reportId: number,
  drafts: SectionDraft[],
): void {
  const insertAll = (items: SectionDraft[], parentId: number | null) => {
    items.forEach((draft, position) => {
      const id = workspace.sections.insert({
        reportId,
        parentId,
        position,
        kind: draft.kind,
        title: draft.title,
        doc: draft.doc,
        lineageKey: randomUUID(),
      })
      insertAll(draft.children, id)
    })
  }
  insertAll(drafts, null)
}

/** Stores a report and its whole section tree in one transaction; returns the report id. */
export function createReportWithSections(
  workspace: Workspace,
  report: NewReport,
  drafts: SectionDraft[],
): number {
  return workspace.db.transaction(() => {
    const reportId = workspace.reports.insert(report)
    insertSectionTree(workspace, reportId, drafts)
    return reportId
  })()
}
