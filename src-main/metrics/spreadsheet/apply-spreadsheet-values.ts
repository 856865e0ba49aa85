import { AppError } from '../../errors/app-error'
import { requireReport } from '../../reports/report-service'
import type { Workspace } from '../../workspace/workspace'
import { requireSeries, writeSeriesValue } from '../metric-service'

export interface SpreadsheetValuesInput {
  reportId: number
  /** Values in each series' base unit, as a preview computed them. */
  values: { seriesId: number; value: number }[]
}

/**
 * Writes the confirmed values of a statistics table as this year's values (source 统计表) in one
 * transaction. A series outside the report's family, or named twice, refuses the whole import.
 * A value equal to the stored one is left alone, so its 已核 mark stays.
 */
export function applySpreadsheetValues(
  workspace: Workspace,
  input: SpreadsheetValuesInput,
): { written: number; unchanged: number } {
  const report = requireReport(workspace, input.reportId)
  const seen = new Set<number>()
  const writes = input.values.map(({ seriesId, value }) => {
    const series = requireSeries(workspace, report, seriesId)
    if (seen.has(seriesId)) {
      throw new AppError('spreadsheet_duplicate_series', { label: series.label })
    }
    seen.add(seriesId)
    return { series, value: Number(value.toPrecision(15)) }
  })
  return workspace.db.transaction(() => {
    let written = 0
    for (const { series, value } of writes) {
      if (workspace.metrics.getValue(series.id, report.year)?.value === value) {
        continue
      }
      writeSeriesValue(workspace, series, report.year, value, 'spreadsheet')
      written++
    }
    if (written > 0) {
      workspace.reports.touch(report.id)
    }
    return { written, unchanged: writes.length - written }
  })()
}
