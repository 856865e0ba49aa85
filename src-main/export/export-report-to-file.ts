import { extname, isAbsolute, join } from 'node:path'
import type { z } from 'zod'
import { AppError } from '../shared/errors/app-error'
import type { Workspace } from '../workspace/workspace'
import { checkExportTarget } from './check-export-target'
import { exportFileExtensions } from '../shared/export/export-formats'
import { exportReportFile } from './export-report-file'
import { exportReportWechat } from './export-report-wechat'
import type { exportFileTargetSchema, writtenExportSchema } from '../shared/export/export-schema'
import { reportExportSource } from './report-export-source'
import { writeWechatPackage } from './wechat/write-wechat-package'
import { exportWriteFailure, writeExportFile } from './write-export-file'

/** An export written straight to a file (see exportFileTargetSchema). */
export type ReportFileTarget = z.output<typeof exportFileTargetSchema>

/** What `exportReportToFile` did (see writtenExportSchema). */
export type WrittenExport = z.output<typeof writtenExportSchema>

/**
 * The 公众号 package as a folder (a path without an extension): article.html and its photos. The
 * page is what must not land on the workspace or in its backups; a folder holding anything but an
 * earlier package is refused (see writeWechatPackage).
 */
async function exportWechatFolder(
  workspace: Workspace,
  target: Omit<ReportFileTarget, 'refuseIfPending'>,
): Promise<WrittenExport> {
  const { path, reportId, sectionIds } = target
  if (!isAbsolute(path)) {
    throw new AppError('export_path_invalid', { path, extension: exportFileExtensions.wechat })
  }
  checkExportTarget(join(path, 'article.html'), workspace.file)
  const { files, source } = await exportReportWechat(workspace, reportId, { sectionIds })
  try {
    await writeWechatPackage(files, path)
  } catch (error) {
    throw error instanceof AppError ? error : exportWriteFailure(error, path)
  }
  const bytes = files.reduce((sum, file) => sum + file.bytes.length, 0)
  return { path, written: true, bytes, profileChanges: [], pending: source.pending }
}

/**
 * Exports a report and writes it where the user chose (see writeExportFile: only the whole new
 * file or the old one, the workspace's own files and backups refused, a file Word holds open
 * reported as such). A 公众号 package goes to a .zip, or to a folder when the path has no
 * extension. With `refuseIfPending`, a report whose figures would come out as 【待填…】 is not
 * written at all (`written: false`, the figures listed). `signal` aborts it before the rename
 * with nothing left behind.
 */
export async function exportReportToFile(
  workspace: Workspace,
  target: ReportFileTarget,
  signal?: AbortSignal,
): Promise<WrittenExport> {
  const { refuseIfPending, ...wanted } = target
  if (refuseIfPending) {
    const { pending } = reportExportSource(workspace, wanted.reportId, {
      sectionIds: wanted.sectionIds,
    })
    if (pending.length > 0) {
      return { path: wanted.path, written: false, bytes: 0, profileChanges: [], pending }
    }
  }
  if (wanted.format === 'wechat' && extname(wanted.path) === '') {
    return exportWechatFolder(workspace, wanted)
  }
  const { path, ...request } = wanted
  const file = await writeExportFile(
    { path, extension: exportFileExtensions[request.format], workspaceFile: workspace.file },
    () => exportReportFile(workspace, request),
    signal,
  )
  return {
    path,
    written: true,
    bytes: file.bytes.length,
    profileChanges: file.profileChanges,
    pending: file.pending,
  }
}
