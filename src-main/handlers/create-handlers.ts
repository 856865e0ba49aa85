import { addImage, getImage } from '../assets/asset-service'
import type { Handlers } from '../contract/channels'
import { importText } from '../import/text-import-service'
import { exportReportClipboard } from '../export/export-report-html'
import { exportReportFile } from '../export/export-report-file'
import { exportReportToFile } from '../export/export-report-to-file'
import { exportReportWechatClipboard } from '../export/export-report-wechat'
import { RunningExports } from '../export/running-exports'
import { AppError } from '../errors/app-error'
import { importFile } from '../import/import-file'
import { checkReport } from '../checks/check-report'
import { dismissFinding } from '../checks/resolve-finding'
import { compareReport } from '../compare/compare-report'
import { compareRevision } from '../compare/compare-revision'
import { compareSection } from '../compare/compare-section'
import { reportComparisonFile } from '../compare/report-comparison-file'
import { writeExportFile } from '../export/write-export-file'
import { decideSuggestions } from '../roll-forward/decide-suggestions'
import { describeSuggestions } from '../roll-forward/describe-suggestions'
import { rollForwardReport } from '../roll-forward/roll-forward-report'
import { listOccurrenceContexts } from '../metrics/occurrence-contexts'
import { setSeriesLink } from '../metrics/set-series-link'
import { setSeriesUnit } from '../metrics/set-series-unit'
import { splitSeries } from '../metrics/split-series'
import { changeStructure } from '../sections/change-structure'
import { deleteTemplate, listTemplates, saveTemplate } from '../templates/template-service'
import { buildCheckSheet } from '../metrics/check-sheet'
import { renderChartForContract } from '../charts/render-chart-for-contract'
import { applyFamilyLink } from '../family-link/apply-family-link'
import { previewFamilyLink } from '../family-link/preview-family-link'
import { applySpreadsheetValues } from '../metrics/spreadsheet/apply-spreadsheet-values'
import { guessColumns } from '../metrics/spreadsheet/guess-columns'
import { previewSpreadsheetValues } from '../metrics/spreadsheet/match-spreadsheet-rows'
import { parseFileInWorker } from '../file-parsing/parse-file-in-worker'
import {
  acceptSeries,
  createSeries,
  deleteSeries,
  listReportMetrics,
  mergeSeries,
  rejectSeries,
  relabelSeries,
  setMetricReview,
  setMetricValue,
} from '../metrics/metric-service'
import {
  createReport,
  openReport,
  renameReport,
  requireReport,
  setReportDeleted,
} from '../reports/report-service'
import {
  getRevisionDocument,
  listRevisions,
  requireSection,
  restoreRevision,
  saveSection,
} from '../sections/section-service'
import type { Workspace } from '../workspace/workspace'
import type { WorkspaceControl } from '../backup/workspace-control'
import { fixedWorkspaceControl } from '../backup/workspace-control'
import { reportText } from '../reports/report-text'

const languageKey = 'language'
const reviewerKey = 'reviewer'

/**
 * The handler table served over IPC, HTTP and the CLI, for one open workspace; `control` lets the
 * app's workspace session restore a backup in place of it.
 */
export function createHandlers(
  workspace: Workspace,
  control: WorkspaceControl = fixedWorkspaceControl(workspace),
) {
  const runningExports = new RunningExports()
  const handlers = {
    'app.info': (_input, context) => ({ workspace: workspace.file, mode: context.mode }),
    'workspace.status': () => control.status(),
    'backups.list': () => control.listBackups(),
    'backups.create': () => control.createBackup(),
    'backups.restore': ({ file }) => control.restoreBackup(file),
    'settings.get': () => ({
      language: workspace.settings.get(languageKey) === 'en' ? 'en' : 'zh-CN',
      reviewer: workspace.settings.get(reviewerKey) ?? '',
    }),
    'settings.setReviewer': ({ reviewer }) => {
      workspace.settings.set(reviewerKey, reviewer)
      return { reviewer }
    },
    'settings.setLanguage': ({ language }) => {
      workspace.settings.set(languageKey, language)
      return { language }
    },
    'reports.list': () => workspace.reports.listLive(),
    'reports.trash': () => workspace.reports.listTrashed(),
    'reports.create': (input) => createReport(workspace, input),
    'reports.rename': ({ id, title }) => renameReport(workspace, id, title),
    'templates.list': () => listTemplates(workspace),
    'templates.save': (input) => saveTemplate(workspace, input),
    'templates.delete': ({ templateId }) => {
      deleteTemplate(workspace, templateId)
      return { deleted: templateId }
    },
    'reports.delete': ({ id }) => setReportDeleted(workspace, id, true),
    'reports.restore': ({ id }) => setReportDeleted(workspace, id, false),
    'reports.open': ({ id }) => openReport(workspace, id),
    'reports.text': ({ id }) => reportText(workspace, id),
    'reports.rollForward': ({ id, confirmSecond }) =>
      rollForwardReport(workspace, { reportId: id, confirmSecond }),
    'rollForward.suggestions': ({ reportId }) => describeSuggestions(workspace, reportId),
    'rollForward.decide': (input) => decideSuggestions(workspace, input),
    'sections.save': (input) => saveSection(workspace, input),
    'checks.run': (input) => checkReport(workspace, input),
    'checks.dismiss': (input) =>
      dismissFinding(workspace, { ...input, by: workspace.settings.get(reviewerKey) ?? '' }),
    'sections.compare': ({ sectionId }) => compareSection(workspace, sectionId),
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
    'sections.get': ({ sectionId }) => requireSection(workspace, sectionId),
    'sections.structure': (change) => {
      const result = changeStructure(workspace, change)
      const { reportId } = requireSection(workspace, result.sectionId)
      return { ...result, sections: workspace.sections.listByReport(reportId) }
    },
    'sections.trash': ({ reportId }) => {
      requireReport(workspace, reportId)
      return workspace.sections.listTrash(reportId)
    },
    'sections.revisions': ({ sectionId }) => listRevisions(workspace, sectionId),
    'sections.revisionDocument': ({ revisionId }) => getRevisionDocument(workspace, revisionId),
    'sections.compareRevision': (input) => compareRevision(workspace, input),
    'sections.restoreRevision': (input) => restoreRevision(workspace, input),
    'assets.addImage': (input) => addImage(workspace, input),
    'assets.getImage': ({ assetId }) => getImage(workspace, assetId),
    'metrics.list': ({ reportId }) => listReportMetrics(workspace, reportId),
    'metrics.setValue': (input) => setMetricValue(workspace, input),
    'metrics.setReview': (input) => setMetricReview(workspace, input),
    'metrics.relabel': (input) => relabelSeries(workspace, input),
    'metrics.accept': (input) => {
      acceptSeries(workspace, input)
      return { accepted: input.seriesIds.length }
    },
    'metrics.reject': (input) => {
      rejectSeries(workspace, input)
      return { rejected: input.seriesId }
    },
    'metrics.merge': (input) => mergeSeries(workspace, input),
    'metrics.delete': (input) => {
      deleteSeries(workspace, input)
      return { deleted: input.seriesId }
    },
    'metrics.create': (input) => createSeries(workspace, input),
    'metrics.split': (input) => splitSeries(workspace, input),
    'metrics.setUnit': (input) => setSeriesUnit(workspace, input),
    'metrics.setLink': (input) => setSeriesLink(workspace, input),
    'metrics.contexts': (input) => listOccurrenceContexts(workspace, input),
    'metrics.checkSheet': async ({ reportId }) => {
      const sheet = await buildCheckSheet(workspace, reportId)
      return { fileName: sheet.fileName, dataBase64: sheet.bytes.toString('base64') }
    },
    'metrics.readSpreadsheet': async ({ fileName, dataBase64, year }) => {
      const { sheets } = await parseFileInWorker({
        kind: 'spreadsheet',
        fileName,
        bytes: Buffer.from(dataBase64, 'base64'),
      })
      return {
        sheets: sheets.map((sheet) => ({ ...sheet, mapping: guessColumns(sheet.rows, year) })),
      }
    },
    'metrics.previewSpreadsheet': (input) => previewSpreadsheetValues(workspace, input),
    'metrics.applySpreadsheet': (input) => applySpreadsheetValues(workspace, input),
    'families.linkPreview': (input) => previewFamilyLink(workspace, input),
    'families.link': (input) => applyFamilyLink(workspace, input),
    'charts.render': (input) => renderChartForContract(workspace, input),
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
    'import.file': async ({ dataBase64, ...input }) => ({
      reportId: await importFile(workspace, { ...input, bytes: Buffer.from(dataBase64, 'base64') }),
    }),
    'import.text': (input) => ({ reportId: importText(workspace, input) }),
  } satisfies Handlers
  return handlers
}
