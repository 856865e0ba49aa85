import type { ChartAttributes } from '../../../src-main/shared/charts/chart-attributes-schema'
import type { ChartType } from '../../../src-main/shared/charts/chart-types'

/** The charts the dialog offers, each a chart type with how many years it spans. */
export const chartChoices = ['card', 'line', 'bar', 'items', 'ring'] as const
export type ChartChoice = (typeof chartChoices)[number]

const choiceTypes: Record<ChartChoice, ChartType> = {
  card: 'card',
  line: 'line',
  bar: 'bar',
  items: 'bar',
  ring: 'ring',
}

/** Whether the choice draws several years (and so asks how many). */
export function spansYears(choice: ChartChoice): boolean {
  return choice === 'line' || choice === 'bar'
}

/** The attributes a choice stores. */
export function chartFromChoice(
  choice: ChartChoice,
  seriesIds: number[],
  years: number,
  caption: string,
  note: string,
): ChartAttributes {
  return {
    chartType: choiceTypes[choice],
    seriesIds: choice === 'card' ? seriesIds.slice(0, 1) : seriesIds,
    years: spansYears(choice) ? years : 1,
    caption,
    note,
  }
}

/** The choice a stored chart was made with. */
export function choiceOf(chart: Pick<ChartAttributes, 'chartType' | 'years'>): ChartChoice {
  return chart.chartType === 'bar' && chart.years === 1 ? 'items' : chart.chartType
}
