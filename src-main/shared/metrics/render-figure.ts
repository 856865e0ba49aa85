import { formatFigure, formatFigureNumber } from '../document/format-figure'
import type { MetricAttributes } from '../document/metric-node'
import type { MetricSeries } from './metric-series'

/** Writes the placeholder of a figure still to fill from its label and last year's figure. */
export type PlaceholderWriter = (label: string, previous: string | undefined) => string

/** The report's own placeholder, in Chinese: 【待填·原煤产量·上年3598万吨】 (exports, checks, CLI). */
export const chinesePlaceholder: PlaceholderWriter = (label, previous) =>
  previous === undefined ? `【待填·${label}】` : `【待填·${label}·上年${previous}】`

/** What a figure reads when its series has no value for the year: 【待填·原煤产量·上年3598万吨】. */
export function pendingPlaceholder(
  attributes: MetricAttributes,
  series: Pick<MetricSeries, 'label'> | undefined,
  previousValue: number | null | undefined,
  write: PlaceholderWriter = chinesePlaceholder,
): string {
  const label = series?.label ?? '指标'
  const previous =
    previousValue === null || previousValue === undefined
      ? undefined
      : formatFigure(previousValue, attributes)
  return write(label, previous)
}

/** The figure's text for the year, or the pending placeholder (the editor may write it its way). */
export function renderFigureText(
  attributes: MetricAttributes,
  series: Pick<MetricSeries, 'label'> | undefined,
  value: number | null | undefined,
  previousValue: number | null | undefined,
  write: PlaceholderWriter = chinesePlaceholder,
): string {
  if (value === null || value === undefined) {
    return pendingPlaceholder(attributes, series, previousValue, write)
  }
  return formatFigure(value, attributes)
}

export { formatFigureNumber }
