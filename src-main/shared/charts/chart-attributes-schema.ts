import { z } from 'zod'
import { chartLimits, chartTypes } from './chart-types'

/**
 * What a chart node stores: which series, how many years (ending with the report's year, so a
 * chart rolled forward moves on with its report), the chart type and its words. Never a number
 * of the data: the chart is drawn from the series' values each time.
 */
export const chartAttributesSchema = z
  .object({
    chartType: z.enum(chartTypes),
    seriesIds: z
      .array(z.number().int().positive())
      .min(1, '图表至少要有一个指标')
      .max(chartLimits.maxSeries, `一张图表最多 ${chartLimits.maxSeries} 个指标`),
    years: z
      .number()
      .int()
      .min(1)
      .max(chartLimits.maxYears, `一张图表最多跨 ${chartLimits.maxYears} 年`),
    caption: z.string().max(chartLimits.maxCaption),
    note: z.string().max(chartLimits.maxNote),
  })
  .superRefine((chart, context) => {
    const problem = chartShapeProblem(chart)
    if (problem) {
      context.addIssue({ code: 'custom', message: problem })
    }
  })

export type ChartAttributes = z.output<typeof chartAttributesSchema>

/** Why a chart's series and years do not make its type, in Chinese; undefined when they do. */
export function chartShapeProblem(
  chart: Pick<ChartAttributes, 'chartType' | 'seriesIds' | 'years'>,
): string | undefined {
  if (new Set(chart.seriesIds).size !== chart.seriesIds.length) {
    return '同一个指标在图表中出现了两次'
  }
  if (chart.chartType === 'card' && (chart.seriesIds.length !== 1 || chart.years !== 1)) {
    return '数说卡片只显示一个指标的本年数值（与上年比较）'
  }
  if (chart.chartType === 'ring' && (chart.seriesIds.length < 2 || chart.years !== 1)) {
    return '环形图要有两个以上指标，且只显示一年'
  }
  if (chart.chartType === 'line' && chart.years < 2) {
    return '折线图至少跨两年'
  }
  return undefined
}
