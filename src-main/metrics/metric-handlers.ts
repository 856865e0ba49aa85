import type { Handlers } from '../contract/channels'
import { parseFileInWorker } from '../file-parsing/parse-file-in-worker'
import type { Workspace } from '../workspace/workspace'
import { buildCheckSheet } from '../export/check-sheet'
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
} from './metric-service'
import { listOccurrenceContexts } from './occurrence-contexts'
import { setSeriesLink } from './set-series-link'
import { setSeriesUnit } from './set-series-unit'
import { splitSeries } from './split-series'
import { applySpreadsheetValues } from './spreadsheet/apply-spreadsheet-values'
import { guessColumns } from './spreadsheet/guess-columns'
import { previewSpreadsheetValues } from './spreadsheet/match-spreadsheet-rows'

/** The metric channels: a report's series and values, their review, and values from a spreadsheet. */
export function metricHandlers(workspace: Workspace) {
  return {
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
  } satisfies Partial<Handlers>
}
