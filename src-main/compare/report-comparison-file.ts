import { AppError } from '../shared/errors/app-error'
import { readShippedProfile } from '../export/export-report-docx'
import { exportFileName } from '../shared/export/export-file-name'
import type { Workspace } from '../workspace/workspace'
import { compareReport } from './compare-report'
import { trackedChangesDocx, trackedChangesHeading } from './tracked-changes-docx'

/** The tracked-changes Word file of a report against last year's, named for saving. */
export interface ReportComparisonFile {
  fileName: string
  mimeType: string
  bytes: Buffer
}

/**
 * The report's whole-report compare as a Word file with tracked changes, set in the newspaper
 * profile's styles, e.g. "2026年 上党区高质量发展答卷（2025年 → 2026年 对比稿）.docx". A report with
 * no last year's report has nothing to compare: `compare_no_previous`.
 */
export function reportComparisonFile(
  workspace: Workspace,
  reportId: number,
  now = new Date(),
): ReportComparisonFile {
  const comparison = compareReport(workspace, reportId)
  if (!comparison.previous) {
    throw new AppError('compare_no_previous', { year: comparison.year - 1 })
  }
  return {
    fileName: exportFileName({
      title: comparison.title,
      profile: trackedChangesHeading(comparison),
      extension: 'docx',
    }),
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    bytes: trackedChangesDocx(comparison, readShippedProfile('newspaper'), now),
  }
}
