import type { ChartAttributes } from '../shared/charts/chart-attributes-schema'

/**
 * How a chart is laid out: a card; values over the years (line or bars); bars of one year
 * across several series (items, such as towns or industries); or a ring of shares.
 */
export type ChartLayout = 'card' | 'years' | 'items' | 'ring'

export function chartLayout(chart: Pick<ChartAttributes, 'chartType' | 'years'>): ChartLayout {
  if (chart.chartType === 'card' || chart.chartType === 'ring') {
    return chart.chartType
  }
  return chart.chartType === 'bar' && chart.years === 1 ? 'items' : 'years'
}

/** The years a chart draws, oldest first, ending with the report's year. */
export function chartYears(chart: Pick<ChartAttributes, 'years'>, year: number): number[] {
  return Array.from({ length: chart.years }, (_, index) => year - chart.years + 1 + index)
}
