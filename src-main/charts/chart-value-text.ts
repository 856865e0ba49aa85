import { defaultFigureStyle } from '../shared/document/figure-style'
import { formatFigureNumber } from '../shared/document/format-figure'
import type { MetricSeries } from '../shared/metrics/metric-series'
import { isPercentSeries, seriesChange } from '../shared/metrics/series-change'
import { unitScale } from '../shared/metrics/unit-scale'
import type { ChartSeriesData } from './chart-data'
import { chartValue } from './chart-data'

/** A value as the card writes it, in parts: the direction word of a change, number and unit. */
export interface ChartValueText {
  word: string
  number: string
  unit: string
}

type SeriesShape = Pick<ChartSeriesData, 'unit' | 'displayUnit' | 'kind'>

/** How a change figure writes its unit: 百分点 as 个百分点. */
function writtenUnit(series: SeriesShape): string {
  return series.kind === 'change' && series.unit === '百分点' ? '个百分点' : series.displayUnit
}

/**
 * A value as the report's text writes it: 3700万吨 in the display unit; a change series as its
 * direction word and magnitude (增长46%), as the sentence around a figure would say it.
 */
export function chartValueText(series: SeriesShape, value: number): ChartValueText {
  const style = { ...defaultFigureStyle, scale: unitScale(series.displayUnit, series.unit) }
  if (series.kind === 'change') {
    const word = value === 0 ? '持平' : value < 0 ? '下降' : '增长'
    const number = value === 0 ? '' : formatFigureNumber(Math.abs(value), style)
    return { word, number, unit: value === 0 ? '' : writtenUnit(series) }
  }
  return { word: '', number: formatFigureNumber(value, style), unit: writtenUnit(series) }
}

/** The parts joined: "增长46%", "3700万吨". */
export function joinValueText(text: ChartValueText): string {
  return `${text.word}${text.number}${text.unit}`
}

/**
 * The change on last year as a card says it: "比上年增长2.8%" for amounts, "比上年提高0.2个百分点"
 * for rates and shares (percentage points, never a percent of a percent); undefined without
 * both years' values.
 */
export function chartChangeText(series: ChartSeriesData, year: number): string | undefined {
  const current = chartValue(series, year)
  const previous = chartValue(series, year - 1)
  const shape: Pick<MetricSeries, 'unit' | 'kind'> = series
  const { change, changeUnit } = seriesChange(shape, current, previous)
  if (change === null || changeUnit === null) {
    return undefined
  }
  if (change === 0) {
    return '与上年持平'
  }
  const rising = isPercentSeries(series) ? '提高' : '增长'
  const magnitude = String(Number(Math.abs(change).toFixed(changeUnit === '%' ? 1 : 2)))
  return `比上年${change > 0 ? rising : '下降'}${magnitude}${changeUnit}`
}
