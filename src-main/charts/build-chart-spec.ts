import type { EChartsOption } from 'echarts'
import type { ChartAttributes } from '../shared/charts/chart-attributes-schema'
import type { ChartData, ChartSeriesData } from './chart-data'
import { chartValue } from './chart-data'
import type { ChartLayout } from './chart-layout'
import { chartLayout, chartYears } from './chart-layout'
import { chartTheme } from './chart-theme'
import type { ChartType } from '../shared/charts/chart-types'
import { chartLimits } from '../shared/charts/chart-types'
import type { ChartUnit } from './chart-unit'
import { chartUnit } from './chart-unit'
import { chartChangeText, chartValueText } from './chart-value-text'
import { describeChart } from './describe-chart'
import { formatChartNumber } from './format-chart-number'

/** A chart ready to draw: its ECharts option, size and the words that go with it. */
export interface ChartSpec {
  chartType: ChartType
  layout: ChartLayout
  width: number
  height: number
  /**
   * The caption under the chart: the one written, else one made from the labels and years (none
   * for a card, which names its series).
   */
  caption: string
  /** The chart in words (text alternative). */
  alt: string
  years: number[]
  /** Labels of the series that have no value for the report's year. */
  pendingLabels: string[]
  /**
   * Plain data but for the one axis-label formatter every chart shares, so the option's JSON
   * tells charts apart (it keys the cache of drawings).
   */
  option: EChartsOption
}

const { colors, fontSizes, heights, pendingWord } = chartTheme

const textStyle = {
  fontFamily: chartTheme.fontFamily,
  fontSize: fontSizes.label,
  color: colors.text,
}

function scaledValue(value: number | null, unit: ChartUnit): number | null {
  return value === null ? null : Number((value / unit.divisor).toFixed(6))
}

function yearLabel(year: number, count: number): string {
  return count > 6 ? String(year) : `${year}年`
}

function defaultCaption(layout: ChartLayout, data: ChartData, years: number[]): string {
  const labels = data.series.map((series) => series.label).join('、')
  const caption = {
    // A card names its series itself: a caption would only say it again.
    card: () => '',
    years: () => `${labels}（${years[0]}—${years.at(-1)}年）`,
    items: () => `${data.year}年${labels}`,
    ring: () => `${data.year}年${labels}构成`,
  }[layout]()
  return caption.slice(0, chartLimits.maxCaption)
}

function noteGraphic(note: string, top: number) {
  return {
    type: 'text' as const,
    left: 'center',
    top,
    style: {
      text: `注：${note}`,
      fill: colors.muted,
      font: `${fontSizes.note}px ${chartTheme.fontFamily}`,
      width: chartTheme.width - 8,
      overflow: 'truncate' as const,
    },
  }
}

interface Drawn {
  option: EChartsOption
  height: number
}

function cardOption(series: ChartSeriesData, year: number, bottom: number): Drawn {
  const value = chartValue(series, year)
  const previous = chartValue(series, year - 1)
  const valueStyles = {
    w: { fontSize: fontSizes.cardUnit, fontWeight: 'bold' as const, fill: colors.up },
    v: { fontSize: fontSizes.cardValue, fontWeight: 'bold' as const, fill: colors.up },
    u: { fontSize: fontSizes.cardUnit, fontWeight: 'bold' as const, fill: colors.up },
    p: { fontSize: fontSizes.cardValue, fontWeight: 'bold' as const, fill: colors.pending },
  }
  let shown = `{p|${pendingWord}}`
  if (value !== null) {
    const text = chartValueText(series, value)
    shown = [
      text.word ? `{w|${text.word}}` : '',
      text.number ? `{v|${text.number}}` : '',
      text.unit ? `{u|${text.unit}}` : '',
    ].join('')
  }
  const change = chartChangeText(series, year)
  let under = change ?? ''
  if (value === null && previous !== null) {
    const before = chartValueText(series, previous)
    under = `上年 ${before.word}${before.number}${before.unit}`
  }
  const falling = change?.includes('下降') ?? false
  return {
    height: heights.card + bottom,
    option: {
      graphic: [
        {
          type: 'text',
          left: 'center',
          top: 8,
          style: {
            text: series.label,
            fill: colors.text,
            font: `bold ${fontSizes.cardLabel}px ${chartTheme.fontFamily}`,
            width: chartTheme.width - 8,
            overflow: 'truncate',
          },
        },
        {
          type: 'text',
          left: 'center',
          top: 30,
          style: {
            text: shown,
            font: `bold ${fontSizes.cardValue}px ${chartTheme.fontFamily}`,
            rich: valueStyles,
          },
        },
        ...(under
          ? [
              {
                type: 'text' as const,
                left: 'center',
                top: 80,
                style: {
                  text: under,
                  fill: value === null ? colors.pending : falling ? colors.down : colors.up,
                  font: `${fontSizes.cardChange}px ${chartTheme.fontFamily}`,
                },
              },
            ]
          : []),
      ],
    },
  }
}

function pendingMarks(
  series: ChartSeriesData,
  years: number[],
  category: (year: number) => string,
) {
  const missing = years.filter((year) => chartValue(series, year) === null)
  if (missing.length === 0) {
    return undefined
  }
  return {
    silent: true,
    symbol: 'none',
    lineStyle: { type: 'dashed' as const, color: colors.pending, width: 1 },
    label: {
      formatter: pendingWord,
      position: 'end' as const,
      color: colors.pending,
      fontSize: fontSizes.label,
    },
    data: missing.map((year) => ({ xAxis: category(year) })),
  }
}

function yearsOption(
  type: 'line' | 'bar',
  data: ChartData,
  years: number[],
  unit: ChartUnit,
  bottom: number,
): Drawn {
  const several = data.series.length > 1
  const category = (year: number) => yearLabel(year, years.length)
  const legendHeight = several ? heights.legendRow * Math.ceil(data.series.length / 3) : 0
  return {
    height: heights.plot + legendHeight + bottom,
    option: {
      legend: several
        ? {
            top: 0,
            left: 'center',
            itemWidth: 14,
            itemHeight: 8,
            itemGap: 12,
            textStyle: { ...textStyle, fontSize: fontSizes.legend },
          }
        : undefined,
      grid: {
        left: 4,
        right: 4,
        top: legendHeight + 28,
        bottom: bottom + 4,
        outerBoundsMode: 'same',
        outerBoundsContain: 'axisLabel',
      },
      xAxis: {
        type: 'category',
        data: years.map(category),
        axisTick: { show: false },
        axisLine: { lineStyle: { color: colors.axis } },
        axisLabel: { color: colors.muted, fontSize: fontSizes.axis },
      },
      yAxis: {
        type: 'value',
        // From zero, lines too: a 2.8% rise is not drawn as a climb up the whole chart.
        min: 0,
        name: unit.label ? `单位：${unit.label}` : '',
        nameLocation: 'end',
        nameGap: 10,
        nameTextStyle: { align: 'left', color: colors.muted, fontSize: fontSizes.unit },
        axisLine: { show: false },
        axisTick: { show: false },
        // The one function in a spec, the same for every chart: plain numbers, no grouping commas.
        axisLabel: { color: colors.muted, fontSize: fontSizes.axis, formatter: formatChartNumber },
        splitLine: { lineStyle: { color: colors.rule, width: 0.5 } },
      },
      series: data.series.map((series) => ({
        type,
        name: series.label,
        connectNulls: false,
        symbol: 'circle',
        symbolSize: 5,
        lineStyle: { width: 2 },
        barMaxWidth: 22,
        barGap: '20%',
        labelLayout: { hideOverlap: true },
        label: { show: true, position: 'top', fontSize: fontSizes.label, color: colors.text },
        data: years.map((year) => {
          const value = scaledValue(chartValue(series, year), unit)
          return value === null ? null : { value, label: { formatter: formatChartNumber(value) } }
        }),
        markLine: pendingMarks(series, years, category),
      })),
    },
  }
}

function itemsOption(data: ChartData, unit: ChartUnit, bottom: number): Drawn {
  const top = unit.label ? 22 : 6
  return {
    height: heights.itemsBase + heights.item * data.series.length + bottom,
    option: {
      graphic: unit.label
        ? [
            {
              type: 'text',
              left: 4,
              top: 2,
              style: {
                text: `单位：${unit.label}`,
                fill: colors.muted,
                font: `${fontSizes.unit}px ${chartTheme.fontFamily}`,
              },
            },
          ]
        : [],
      grid: {
        left: 4,
        right: 48,
        top,
        bottom: bottom + 4,
        outerBoundsMode: 'same',
        outerBoundsContain: 'axisLabel',
      },
      xAxis: { type: 'value', show: false },
      yAxis: {
        type: 'category',
        inverse: true,
        data: data.series.map((series) => series.label),
        axisTick: { show: false },
        axisLine: { show: false },
        axisLabel: {
          color: colors.text,
          fontSize: fontSizes.label,
          width: 120,
          overflow: 'truncate',
        },
      },
      series: [
        {
          type: 'bar',
          barMaxWidth: 16,
          itemStyle: { color: colors.palette[0] },
          label: { show: true, position: 'right', fontSize: fontSizes.label, color: colors.text },
          data: data.series.map((series) => {
            const value = scaledValue(chartValue(series, data.year), unit)
            if (value === null) {
              // No bar at all, and the word 待填 where the bar would start.
              return {
                value: 0,
                itemStyle: { color: 'transparent' },
                label: { formatter: pendingWord, color: colors.pending },
              }
            }
            return { value, label: { formatter: formatChartNumber(value) } }
          }),
        },
      ],
    },
  }
}

/** Each filled part's share of the whole, as the ring labels write it ("6.2%"). */
function ringShares(data: ChartData): Map<number, string> {
  const filled = data.series.flatMap((series) => {
    const value = chartValue(series, data.year)
    return value === null ? [] : [{ series, value }]
  })
  const percent = data.series[0]?.unit === '%'
  const total = filled.reduce((sum, item) => sum + item.value, 0)
  return new Map(
    filled.map(({ series, value }) => [
      series.id,
      `${formatChartNumber(percent ? value : total === 0 ? 0 : (value / total) * 100)}%`,
    ]),
  )
}

function ringOption(data: ChartData, shares: Map<number, string>, bottom: number): Drawn {
  const pending = data.series.filter((series) => chartValue(series, data.year) === null)
  const parts = data.series.flatMap((series, index) => {
    const value = chartValue(series, data.year)
    if (value === null) {
      return []
    }
    return [
      {
        name: series.label,
        value,
        itemStyle: { color: colors.palette[index % colors.palette.length] as string },
        label: { formatter: `${series.label}\n${shares.get(series.id)}` },
      },
    ]
  })
  const percent = data.series[0]?.unit === '%'
  const given = parts.reduce((sum, part) => sum + part.value, 0)
  if (percent && given < 99.95) {
    // What the given shares leave: 其他 with its share, or only 待填 when a part is missing.
    const label = pending.length > 0 ? pendingWord : `其他\n${formatChartNumber(100 - given)}%`
    parts.push({
      name: pending.length > 0 ? pendingWord : '其他',
      value: Number((100 - given).toFixed(4)),
      itemStyle: { color: colors.remainder },
      label: { formatter: label },
    })
  }
  return {
    height: heights.ring + bottom,
    option: {
      graphic: [
        {
          type: 'text',
          left: 'center',
          top: 'middle',
          style: {
            text: `${data.year}年`,
            fill: colors.muted,
            font: `${fontSizes.label}px ${chartTheme.fontFamily}`,
          },
        },
        ...(pending.length > 0
          ? [
              {
                type: 'text' as const,
                left: 4,
                bottom: bottom + 2,
                style: {
                  text: `${pendingWord}：${pending.map((series) => series.label).join('、')}`,
                  fill: colors.pending,
                  font: `${fontSizes.label}px ${chartTheme.fontFamily}`,
                },
              },
            ]
          : []),
      ],
      series: [
        {
          type: 'pie',
          radius: ['34%', '54%'],
          center: ['50%', (heights.ring / 2 / (heights.ring + bottom)) * 100 + '%'],
          startAngle: 90,
          avoidLabelOverlap: true,
          label: { fontSize: fontSizes.label, color: colors.text, lineHeight: 14 },
          labelLine: { length: 6, length2: 8, lineStyle: { color: colors.axis } },
          data: parts,
        },
      ],
    },
  }
}

/**
 * The one spec builder: a chart's ECharts option, size, caption and text alternative from the
 * series' values. Units are shared and scaled once (万吨, 亿元; rates in %), changes of rates are
 * in 个百分点, and a missing value is drawn as a marked gap with 待填, never as zero. Pure: the
 * editor (through the contract), the exports and the CLI all draw what this returns.
 */
export function buildChartSpec(attributes: ChartAttributes, data: ChartData): ChartSpec {
  const layout = chartLayout(attributes)
  const years = layout === 'years' ? chartYears(attributes, data.year) : [data.year]
  const unit = chartUnit(data.series)
  const lineOrBar = attributes.chartType === 'line' ? 'line' : 'bar'
  const shares = layout === 'ring' ? ringShares(data) : undefined
  const note = attributes.note.trim()
  const bottom = note ? heights.note : 0
  const drawn = {
    card: () => cardOption(data.series[0]!, data.year, bottom),
    years: () => yearsOption(lineOrBar, data, years, unit, bottom),
    items: () => itemsOption(data, unit, bottom),
    ring: () => ringOption(data, shares!, bottom),
  }[layout]()
  const height = drawn.height
  const graphic = Array.isArray(drawn.option.graphic) ? drawn.option.graphic : []
  const percentShares = data.series[0]?.unit === '%'
  return {
    chartType: attributes.chartType,
    layout,
    width: chartTheme.width,
    height,
    caption: attributes.caption.trim() || defaultCaption(layout, data, years),
    alt: describeChart({
      layout,
      lineOrBar,
      data,
      years,
      unit,
      shares: percentShares ? undefined : shares,
      note,
    }),
    years,
    pendingLabels: data.series
      .filter((series) => chartValue(series, data.year) === null)
      .map((series) => series.label),
    option: {
      animation: false,
      color: [...colors.palette],
      textStyle,
      ...drawn.option,
      graphic: note ? [...graphic, noteGraphic(note, height - heights.note)] : graphic,
    },
  }
}
