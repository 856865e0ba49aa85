import type { ChartData } from './chart-data'
import { chartValue } from './chart-data'
import type { ChartLayout } from './chart-layout'
import { chartTheme } from './chart-theme'
import type { ChartUnit } from './chart-unit'
import { chartChangeText, chartValueText, joinValueText } from './chart-value-text'
import { formatChartNumber } from './format-chart-number'

const layoutNames: Record<ChartLayout, string> = {
  card: '数说卡片',
  years: '',
  items: '柱状图',
  ring: '环形图',
}

function scaled(value: number | null, unit: ChartUnit): string {
  return value === null ? chartTheme.pendingWord : formatChartNumber(value / unit.divisor)
}

function unitNote(unit: ChartUnit): string {
  return unit.label ? `（单位：${unit.label}）` : ''
}

/**
 * The chart in words, from the same data it is drawn from: the text alternative that screen
 * readers, the Word picture's description and the HTML figure carry. Every value is named with
 * its year or item, a missing one as 待填.
 */
export function describeChart(input: {
  layout: ChartLayout
  lineOrBar: 'line' | 'bar'
  data: ChartData
  years: number[]
  unit: ChartUnit
  shares?: Map<number, string>
  note: string
}): string {
  const { layout, data, years, unit, note } = input
  const noteText = note ? `注：${note}` : ''
  if (layout === 'card') {
    const series = data.series[0]!
    const value = chartValue(series, data.year)
    const shown =
      value === null ? chartTheme.pendingWord : joinValueText(chartValueText(series, value))
    const change = chartChangeText(series, data.year)
    return `${layoutNames.card}：${series.label}，${data.year}年${shown}${change ? `，${change}` : ''}。${noteText}`
  }
  if (layout === 'years') {
    const name = input.lineOrBar === 'line' ? '折线图' : '柱状图'
    const lines = data.series.map(
      (series) =>
        `${series.label}：${years.map((year) => `${year}年${scaled(chartValue(series, year), unit)}`).join('，')}`,
    )
    return `${name}${unitNote(unit)}，${years[0]}—${years.at(-1)}年。${lines.join('；')}。${noteText}`
  }
  const items = data.series.map((series) => {
    const value = chartValue(series, data.year)
    const share = input.shares?.get(series.id)
    const percent = unit.label === '%' ? '%' : ''
    const shown = value === null ? chartTheme.pendingWord : `${scaled(value, unit)}${percent}`
    return `${series.label}${shown}${share && value !== null ? `（占${share}）` : ''}`
  })
  return `${layoutNames[layout]}${unitNote(unit)}，${data.year}年：${items.join('，')}。${noteText}`
}
