/**
 * The charts a report can hold: 数说卡片 (one value, its change on last year and a note), a line
 * or bars over the years (one or several series; bars of one year across several series compare
 * items), and a ring of shares (a structure such as 三次产业).
 */
export const chartTypes = ['card', 'line', 'bar', 'ring'] as const
export type ChartType = (typeof chartTypes)[number]

/** Bounds of a chart: how many series it draws and how many years it spans. */
export const chartLimits = {
  maxSeries: 8,
  maxYears: 10,
  maxCaption: 100,
  maxNote: 100,
} as const
