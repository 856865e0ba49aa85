import type { Handlers } from '../contract/channels'
import { AppError } from '../shared/errors/app-error'
import type { Workspace } from '../workspace/workspace'
import { exportReportFile } from './export-report-file'
import { exportReportClipboard } from './export-report-html'
import { exportReportToFile } from './export-report-to-file'
import { exportReportWechatClipboard } from './export-report-wechat'
import { RunningExports } from './running-exports'

/** The export channels: a report as a file to download or save, or for the clipboard. */
export function exportHandlers(workspace: Workspace) {
  const runningExports = new RunningExports()
  return {
    'export.report': async (input) => {
      const { bytes, fileName, mimeType, pendingFigures, profileChanges } = await exportReportFile(
        workspace,
        input,
      )
      return {
        fileName,
        mimeType,
        pendingFigures,
        profileChanges,
        dataBase64: bytes.toString('base64'),
      }
    },
    'export.toFile': ({ exportId, ...target }, context) => {
      // Over HTTP a path would let any page holding the token write anywhere; browsers download.
      if (context.mode === 'browser') {
        throw new AppError('export_to_file_unavailable')
      }
      return runningExports.run(exportId, (signal) => exportReportToFile(workspace, target, signal))
    },
    'export.cancel': ({ exportId }) => ({ running: runningExports.cancel(exportId) }),
    'export.clipboard': ({ reportId, sectionIds }) =>
      exportReportClipboard(workspace, reportId, { sectionIds }),
    'export.wechatClipboard': ({ reportId, sectionIds }) =>
      exportReportWechatClipboard(workspace, reportId, { sectionIds }),
  } satisfies Partial<Handlers>
}
