import { AppError } from '../shared/errors/app-error'
import { unitScale } from '../shared/metrics/unit-scale'
import type { ChartSeriesData } from './chart-data'

/** The unit a chart's numbers are written in: base values are divided by `divisor`. */
export interface ChartUnit {
  divisor: number
  /** "万吨", "亿元", "%"; empty for counts without a unit. */
  label: string
}

const prefixes: [string, number][] = [
  ['亿', 1e8],
  ['万', 1e4],
]
/** Above this many of a unit, labels move on to 万 or 亿 (150000 吨 reads as 15万吨). */
const largestPlain = 1e5

/**
 * One unit for the series of a chart: they must share a base unit (吨, 元, %). It is the first
 * series' display unit (万吨 as the text writes it), moved on to 万 or 亿 when the numbers would
 * be long (3500000000 元 → 35亿元), so axis and value labels stay short.
 */
export function chartUnit(series: ChartSeriesData[]): ChartUnit {
  const [first] = series
  if (!first) {
    return { divisor: 1, label: '' }
  }
  const other = series.find((item) => item.unit !== first.unit)
  if (other) {
    throw new AppError('chart_units_differ', {
      first: `${first.label}（${first.unit || '无单位'}）`,
      other: `${other.label}（${other.unit || '无单位'}）`,
    })
  }
  const divisor = unitScale(first.displayUnit, first.unit)
  const label = first.displayUnit || first.unit
  if (first.unit === '%' || first.unit === '百分点') {
    return { divisor: 1, label: first.unit }
  }
  const largest = Math.max(
    0,
    ...series.flatMap((item) =>
      [...item.values.values()].map((value) => (value === null ? 0 : Math.abs(value))),
    ),
  )
  if (largest / divisor < largestPlain) {
    return { divisor, label }
  }
  const fit = prefixes.find(([, scale]) => scale > divisor && largest / scale >= 1)
  return fit ? { divisor: fit[1], label: `${fit[0]}${first.unit}` } : { divisor, label }
}
