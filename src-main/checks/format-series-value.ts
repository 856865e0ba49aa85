import type { MetricSeries } from '../shared/metrics/metric-series'
import { unitScale } from '../shared/metrics/unit-scale'

/** A value in its series' display unit: 35980000 吨 shown in 万吨 → "3598万吨". */
export function formatSeriesValue(
  value: number,
  series: Pick<MetricSeries, 'unit' | 'displayUnit'>,
): string {
  const scaled = value / unitScale(series.displayUnit, series.unit)
  return `${Number(scaled.toFixed(4))}${series.displayUnit || series.unit}`
}
