import type { MetricSeries } from './metric-series'

/** How a change from last year is measured: relative (%) or as a difference of rates (个百分点). */
export const changeUnits = ['%', '个百分点'] as const
export type ChangeUnit = (typeof changeUnits)[number]

export const directions = ['up', 'down'] as const
export type Direction = (typeof directions)[number]

/** A year-on-year change as the panel, the compare view and the check sheet show it. */
export interface SeriesChange {
  change: number | null
  changeUnit: ChangeUnit | null
  direction: Direction | null
}

type SeriesShape = Pick<MetricSeries, 'unit' | 'kind'>

/** Series measured in percent (达线率, 占比) or percentage points: their changes are differences. */
export function isPercentSeries(series: Pick<MetricSeries, 'unit'>): boolean {
  return series.unit === '%' || series.unit === '百分点'
}

function directionOf(value: number | null | undefined): Direction | null {
  if (value === null || value === undefined || value === 0) {
    return null
  }
  return value > 0 ? 'up' : 'down'
}

const decimalsKept = 4

/**
 * The change from last year's value to this year's.
 *
 * For a series in % or 百分点 (rates, shares, growth rates) it is the difference in percentage
 * points (7% → 6.8% is −0.2 个百分点); for any other it is the relative change in % (3598万吨 →
 * 3700万吨 is +2.8%), none when last year's value is 0.
 *
 * Sign convention: a change series (增幅/降幅) stores the change it states, signed — 增长46% is
 * 46, 下降11.8% is −11.8 — while the text writes the direction word and the magnitude. Its
 * `direction` is the direction its value states (this year's, else last year's); for any other
 * series `direction` is the direction of the change from last year.
 */
export function seriesChange(
  series: SeriesShape,
  current: number | null | undefined,
  previous: number | null | undefined,
): SeriesChange {
  const both =
    current !== null && current !== undefined && previous !== null && previous !== undefined
  let change: number | null = null
  let changeUnit: ChangeUnit | null = null
  if (both && isPercentSeries(series)) {
    change = Number((current - previous).toFixed(decimalsKept))
    changeUnit = '个百分点'
  } else if (both && previous !== 0) {
    change = Number((((current - previous) / Math.abs(previous)) * 100).toFixed(decimalsKept))
    changeUnit = '%'
  }
  if (series.kind === 'change') {
    return { change, changeUnit, direction: directionOf(current ?? previous) }
  }
  return { change, changeUnit, direction: both ? directionOf(current - previous) : null }
}

/** "+0.2个百分点", "-2.9%": a change as the panel and the compare view write it. */
export function formatSeriesChange(change: number | null, unit: ChangeUnit | null): string {
  if (change === null || unit === null) {
    return '—'
  }
  const sign = change > 0 ? '+' : ''
  return `${sign}${Number(change.toFixed(unit === '%' ? 1 : 2))}${unit}`
}

/** How the text writes a change series' unit after the number: 百分点 as 个百分点. */
export function changeUnitWord(unit: string): string {
  return unit === '百分点' ? '个百分点' : unit
}

/**
 * A change series' value as the report writes it: the direction word, then the magnitude as
 * already written ("下降" + "10.5%" → 下降10.5%); 0 is 持平.
 */
export function changeInWords(value: number, magnitudeText: string): string {
  if (value === 0) {
    return '持平'
  }
  return `${value < 0 ? '下降' : '增长'}${magnitudeText}`
}
