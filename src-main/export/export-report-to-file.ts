import { basename, extname, isAbsolute } from 'node:path'
import { AppError } from '../errors/app-error'
import type { Workspace } from '../workspace/workspace'
import { checkExportTarget } from './check-export-target'
import { writeFileAtomically } from '../files/write-file-atomically'
import type { OutlineChange } from './docx/outline-changes'
import type { ReportFileRequest } from './export-report-file'
import { exportFileExtensions, exportReportFile } from './export-report-file'

/** An export written straight to a file the user chose (the Electron save dialog). */
export interface ReportFileTarget extends ReportFileRequest {
  path: string
}

/** Windows' answers when Word or WPS holds the file open, and a read-only folder's. */
const lockedCodes = new Set(['EBUSY', 'EPERM', 'EACCES'])

function writeFailure(error: unknown, path: string): unknown {
  const code = (error as { code?: unknown }).code
  if (typeof code !== 'string') {
    return error
  }
  const name = basename(path)
  return new AppError(lockedCodes.has(code) ? 'export_file_locked' : 'export_write_failed', {
    name,
    path,
    code,
  })
}

/**
 * Exports a report and writes it through a temporary file and a rename, so the target is either
 * the previous file, untouched, or the whole new one. A file Word holds open is
 * `export_file_locked` (close it and retry); any other write error is `export_write_failed`. The
 * workspace's own files, its backups folder and anything but a regular file are refused
 * (`checkExportTarget`).
 */
export async function exportReportToFile(
  workspace: Workspace,
  target: ReportFileTarget,
): Promise<{ path: string; bytes: number; profileChanges: OutlineChange[] }> {
  const { path, ...request } = target
  const extension = exportFileExtensions[request.format]
  if (!isAbsolute(path) || extname(path).toLowerCase() !== `.${extension}`) {
    throw new AppError('export_path_invalid', { path, extension })
  }
  checkExportTarget(path, workspace.file)
  const file = await exportReportFile(workspace, request)
  try {
    writeFileAtomically(path, file.bytes)
  } catch (error) {
    throw writeFailure(error, path)
  }
  return { path, bytes: file.bytes.length, profileChanges: file.profileChanges }
}
