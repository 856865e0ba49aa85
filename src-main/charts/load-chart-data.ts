import { AppError } from '../shared/errors/app-error'
import type { Report } from '../shared/reports/report'
import type { Workspace } from '../workspace/workspace'
import type { ChartAttributes } from '../shared/charts/chart-attributes-schema'
import type { ChartData } from './chart-data'

/**
 * The series of a chart with their values for the years it may draw (a card also reads last
 * year's). A series that is gone or not of the report's family is `series_not_found`.
 */
export function loadChartData(
  workspace: Workspace,
  report: Report,
  attributes: Pick<ChartAttributes, 'seriesIds' | 'years'>,
): ChartData {
  const { seriesIds } = attributes
  const found = new Map(
    workspace.metrics
      .listSeriesByIds(seriesIds)
      .filter((series) => series.familyId === report.familyId)
      .map((series) => [series.id, series]),
  )
  const missing = seriesIds.find((id) => !found.has(id))
  if (missing !== undefined) {
    throw new AppError('series_not_found', { id: missing })
  }
  const firstYear = report.year - Math.max(attributes.years, 2) + 1
  const numbers = workspace.metrics.numbersOf(seriesIds, firstYear, report.year)
  return {
    year: report.year,
    series: seriesIds.map((id) => {
      const series = found.get(id)!
      const values = new Map<number, number | null>()
      for (let year = firstYear; year <= report.year; year++) {
        values.set(year, numbers.get(`${id}:${year}`) ?? null)
      }
      return {
        id,
        label: series.label,
        unit: series.unit,
        displayUnit: series.displayUnit,
        kind: series.kind,
        values,
      }
    }),
  }
}
