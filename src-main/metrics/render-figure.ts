import { formatFigure, formatFigureNumber } from '../document/format-figure'
import type { MetricAttributes } from '../document/metric-node'
import type { MetricSeries } from './metric-series'

/** What a figure reads when its series has no value for the year: 【待填·原煤产量·上年3598万吨】. */
export function pendingPlaceholder(
  attributes: MetricAttributes,
  series: Pick<MetricSeries, 'label'> | undefined,
  previousValue: number | null | undefined,
): string {
  const label = series?.label ?? '指标'
  if (previousValue === null || previousValue === undefined) {
    return `【待填·${label}】`
  }
  return `【待填·${label}·上年${formatFigure(previousValue, attributes)}】`
}

/** The figure's text for the year, or the pending placeholder. */
export function renderFigureText(
  attributes: MetricAttributes,
  series: Pick<MetricSeries, 'label'> | undefined,
  value: number | null | undefined,
  previousValue: number | null | undefined,
): string {
  if (value === null || value === undefined) {
    return pendingPlaceholder(attributes, series, previousValue)
  }
  return formatFigure(value, attributes)
}

export { formatFigureNumber }
