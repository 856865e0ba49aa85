import type { Handlers } from '../contract/channels'
import { AppError } from '../shared/errors/app-error'
import { writeExportFile } from '../export/write-export-file'
import type { Workspace } from '../workspace/workspace'
import { compareReport } from './compare-report'
import { compareRevision } from './compare-revision'
import { compareSection } from './compare-section'
import { reportComparisonFile } from './report-comparison-file'

/** The compare channels: a section or revision against last year's, and the whole-report redline. */
export function compareHandlers(workspace: Workspace) {
  return {
    'sections.compare': ({ sectionId }) => compareSection(workspace, sectionId),
    'sections.compareRevision': (input) => compareRevision(workspace, input),
    'compare.report': ({ reportId }) => compareReport(workspace, reportId),
    'compare.docx': ({ reportId }) => {
      const { fileName, mimeType, bytes } = reportComparisonFile(workspace, reportId)
      return { fileName, mimeType, dataBase64: bytes.toString('base64') }
    },
    'compare.toFile': async ({ reportId, path }, context) => {
      // As export.toFile: over HTTP a path would let any page holding the token write anywhere.
      if (context.mode === 'browser') {
        throw new AppError('export_to_file_unavailable')
      }
      const file = await writeExportFile(
        { path, extension: 'docx', workspaceFile: workspace.file },
        () => reportComparisonFile(workspace, reportId),
      )
      return { path, bytes: file.bytes.length }
    },
  } satisfies Partial<Handlers>
}
