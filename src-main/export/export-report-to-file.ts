import type { Workspace } from '../workspace/workspace'
import type { OutlineChange } from './docx/outline-changes'
import type { ReportFileRequest } from './export-report-file'
import { exportFileExtensions, exportReportFile } from './export-report-file'
import { writeExportFile } from './write-export-file'

/** An export written straight to a file the user chose (the Electron save dialog). */
export interface ReportFileTarget extends ReportFileRequest {
  path: string
}

/**
 * Exports a report and writes it where the user chose (see writeExportFile: only the whole new
 * file or the old one, the workspace's own files and backups refused, a file Word holds open
 * reported as such, and `signal` aborting it before the rename with nothing left behind).
 */
export async function exportReportToFile(
  workspace: Workspace,
  target: ReportFileTarget,
  signal?: AbortSignal,
): Promise<{ path: string; bytes: number; profileChanges: OutlineChange[] }> {
  const { path, ...request } = target
  const file = await writeExportFile(
    { path, extension: exportFileExtensions[request.format], workspaceFile: workspace.file },
    () => exportReportFile(workspace, request),
    signal,
  )
  return { path, bytes: file.bytes.length, profileChanges: file.profileChanges }
}
