import { defaultFigureStyle } from '../shared/document/figure-style'
import { formatFigure } from '../shared/document/format-figure'
import type { MetricSeries } from '../shared/metrics/metric-series'
import { unitScale } from '../shared/metrics/unit-scale'

/** A value as its series writes it ("3598万吨"); empty for none. */
export function seriesValueText(
  series: Pick<MetricSeries, 'unit' | 'displayUnit'>,
  value: number | null | undefined,
): string {
  if (value === null || value === undefined) {
    return ''
  }
  const scale = unitScale(series.displayUnit, series.unit)
  return formatFigure(value, { ...defaultFigureStyle, scale, template: `{v}${series.displayUnit}` })
}
