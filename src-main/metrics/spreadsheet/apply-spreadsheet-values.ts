import type { z } from 'zod'
import { AppError } from '../../shared/errors/app-error'
import { requireReport } from '../../reports/report-service'
import type { Workspace } from '../../workspace/workspace'
import { seriesValueText } from '../series-value-text'
import { requireSeries, writeSeriesValue } from '../metric-service'
import type { spreadsheetValuesInputSchema } from '../../shared/metrics/spreadsheet/spreadsheet-schema'

/** The confirmed values of a statistics table (see spreadsheetValuesInputSchema). */
export type SpreadsheetValuesInput = z.output<typeof spreadsheetValuesInputSchema>

/**
 * Writes the confirmed values of a statistics table (source 统计表) in one transaction: this year's
 * values, and a table of years' earlier years. A series outside the report's family, a series
 * named twice for a year, a year after the report's, or an earlier year whose different stored
 * value was not confirmed to be replaced refuses the whole import. A value equal to the stored
 * one is left alone, so its 已核 mark stays.
 */
export function applySpreadsheetValues(
  workspace: Workspace,
  input: SpreadsheetValuesInput,
): { written: number; unchanged: number } {
  const report = requireReport(workspace, input.reportId)
  const seen = new Set<string>()
  const writes = input.values.map(({ seriesId, value, year = report.year, replace }) => {
    const series = requireSeries(workspace, report, seriesId)
    if (seen.has(`${seriesId}:${year}`)) {
      throw new AppError('spreadsheet_duplicate_series', { label: series.label })
    }
    seen.add(`${seriesId}:${year}`)
    if (year > report.year) {
      throw new AppError('spreadsheet_year_after_report', { year, reportYear: report.year })
    }
    const exact = Number(value.toPrecision(15))
    const stored = workspace.metrics.getValue(series.id, year)?.value ?? null
    if (year !== report.year && stored !== null && stored !== exact && !replace) {
      throw new AppError('spreadsheet_replace_unconfirmed', {
        label: series.label,
        year,
        stored: seriesValueText(series, stored),
        value: seriesValueText(series, exact),
      })
    }
    return { series, value: exact, year }
  })
  return workspace.db.transaction(() => {
    let written = 0
    for (const { series, value, year } of writes) {
      if (workspace.metrics.getValue(series.id, year)?.value === value) {
        continue
      }
      writeSeriesValue(workspace, series, year, value, 'spreadsheet')
      written++
    }
    if (written > 0) {
      workspace.reports.touch(report.id)
    }
    return { written, unchanged: writes.length - written }
  })()
}
