import type { MetricSeries } from '../shared/metrics/metric-series'

/** One series as a chart draws it: what it is and its value for each of the chart's years. */
export interface ChartSeriesData {
  id: number
  label: string
  unit: string
  displayUnit: string
  kind: MetricSeries['kind']
  /** By year; a year without a value (null or no row) is pending. */
  values: ReadonlyMap<number, number | null>
}

/** What a chart is drawn from: the report's year and the series in the chart's order. */
export interface ChartData {
  /** The report's year: the last year drawn, the card's "this year". */
  year: number
  series: ChartSeriesData[]
}

/** A series' value for a year, null when it has none (pending). */
export function chartValue(series: ChartSeriesData, year: number): number | null {
  return series.values.get(year) ?? null
}
