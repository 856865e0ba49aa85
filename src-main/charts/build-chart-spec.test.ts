import { describe, expect, it } from 'vitest'
import { AppError } from '../shared/errors/app-error'
import type { ChartAttributes } from '../shared/charts/chart-attributes-schema'
import { chartAttributesSchema } from '../shared/charts/chart-attributes-schema'
import { buildChartSpec } from './build-chart-spec'
import type { ChartSeriesData } from './chart-data'
import { chartTestSeries } from './chart-test-series.fixture'

const series = chartTestSeries()

function chart(chartType: ChartAttributes['chartType'], ids: number[], years: number, note = '') {
  return { chartType, seriesIds: ids, years, caption: '', note }
}

function spec(attributes: ChartAttributes, data: ChartSeriesData[]) {
  return buildChartSpec(attributes, { year: 2025, series: data })
}

type PlotSeries = {
  data: ({ value: number; label: { formatter: string } } | null)[]
  markLine?: { data: { xAxis: string }[] }
}

describe('chart specs built from series', () => {
  it('draws the years up to the report year, in the series display unit, a missing year as a marked gap', () => {
    const built = spec(chart('line', [1], 5), [series.coal])
    const option = built.option as {
      xAxis: { data: string[] }
      yAxis: { name: string }
      series: PlotSeries[]
    }
    expect(built.years).toEqual([2021, 2022, 2023, 2024, 2025])
    expect(option.xAxis.data).toEqual(['2021年', '2022年', '2023年', '2024年', '2025年'])
    expect(option.yAxis.name).toBe('单位：万吨')
    const points = option.series[0].data
    expect(points.map((point) => point?.value ?? null)).toEqual([3200, null, 3500, 3598, 3700])
    expect(points.map((point) => point?.label.formatter ?? null)).toEqual([
      '3200',
      null,
      '3500',
      '3598',
      '3700',
    ])
    expect(option.series[0].markLine?.data).toEqual([{ xAxis: '2022年' }])
    expect(built.caption).toBe('原煤产量（2021—2025年）')
    expect(built.alt).toBe(
      '折线图（单位：万吨），2021—2025年。原煤产量：2021年3200，2022年待填，2023年3500，2024年3598，2025年3700。',
    )
    expect(built.pendingLabels).toEqual([])
  })

  it('names a series without this year as pending, and never draws it as zero', () => {
    const missing = {
      ...series.coal,
      values: new Map([
        [2024, 35_980_000],
        [2025, null],
      ]),
    }
    const built = spec(chart('bar', [1, 2], 2), [missing, series.washed])
    const option = built.option as { series: PlotSeries[] }
    expect(option.series[0].data).toEqual([{ value: 3598, label: { formatter: '3598' } }, null])
    expect(option.series[0].markLine?.data).toEqual([{ xAxis: '2025年' }])
    expect(built.pendingLabels).toEqual(['原煤产量'])
    expect(built.alt).toContain('原煤产量：2024年3598，2025年待填')
  })

  it('moves long numbers on to 亿 for the axis and labels', () => {
    const built = spec(chart('bar', [5], 2), [series.revenue])
    const option = built.option as { yAxis: { name: string }; series: PlotSeries[] }
    expect(option.yAxis.name).toBe('单位：亿元')
    expect(option.series[0].data.map((point) => point?.label.formatter)).toEqual(['31.2', '35'])
  })

  it('cards say the change on last year: % for amounts, 个百分点 for rates, a change series in words', () => {
    const coal = spec(chart('card', [1], 1, '按可比价计算'), [series.coal])
    expect(coal.alt).toBe('数说卡片：原煤产量，2025年3700万吨，比上年增长2.8%。注：按可比价计算')
    const air = spec(chart('card', [3], 1), [series.goodAir])
    expect(air.alt).toBe('数说卡片：空气质量优良天数比例，2025年75.3%，比上年提高3.2个百分点。')
    const growth = spec(chart('card', [4], 1), [series.growth])
    expect(growth.alt).toBe('数说卡片：规上工业增加值增速，2025年下降1.2%，比上年下降4.7个百分点。')
    const pending = {
      ...series.coal,
      values: new Map([
        [2024, 35_980_000],
        [2025, null],
      ]),
    }
    const texts = JSON.stringify(spec(chart('card', [1], 1), [pending]).option)
    expect(texts).toContain('待填')
    expect(texts).toContain('上年 3598万吨')
  })

  it('lays one year of several series out as bars across items, a missing one as 待填', () => {
    const tertiary = { ...series.tertiary, unit: '%', displayUnit: '%' }
    const built = spec(chart('bar', [6, 7, 8], 1), [series.primary, series.secondary, tertiary])
    expect(built.layout).toBe('items')
    const bars = (built.option as { series: { data: { label: { formatter: string } }[] }[] })
      .series[0].data
    expect(bars.map((bar) => bar.label.formatter)).toEqual(['6.2', '48.1', '待填'])
    expect(built.alt).toBe('柱状图（单位：%），2025年：第一产业6.2%，第二产业48.1%，第三产业待填。')
  })

  it('rings shares given in %, the part still missing as a grey 待填 remainder', () => {
    const built = spec(chart('ring', [6, 7, 8], 1), [
      series.primary,
      series.secondary,
      series.tertiary,
    ])
    const parts = (built.option as { series: { data: { name: string; value: number }[] }[] })
      .series[0].data
    expect(parts.map((part) => [part.name, part.value])).toEqual([
      ['第一产业', 6.2],
      ['第二产业', 48.1],
      ['待填', 45.7],
    ])
    expect(built.caption).toBe('2025年第一产业、第二产业、第三产业构成')
  })

  it('refuses series in different units', () => {
    expect(() => spec(chart('line', [1, 3], 2), [series.coal, series.goodAir])).toThrow(AppError)
    try {
      spec(chart('line', [1, 3], 2), [series.coal, series.goodAir])
    } catch (error) {
      expect((error as AppError).code).toBe('chart_units_differ')
    }
  })

  it('checks the chart type against its series and years, in Chinese', () => {
    const parsed = chartAttributesSchema.safeParse(chart('card', [1, 2], 1))
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues[0]?.message).toBe('数说卡片只显示一个指标的本年数值（与上年比较）')
    expect(chartAttributesSchema.safeParse(chart('ring', [6], 1)).success).toBe(false)
    expect(chartAttributesSchema.safeParse(chart('line', [1], 1)).success).toBe(false)
    expect(chartAttributesSchema.safeParse(chart('line', [1, 1], 3)).success).toBe(false)
    expect(chartAttributesSchema.safeParse(chart('line', [1], 11)).success).toBe(false)
    expect(chartAttributesSchema.safeParse(chart('bar', [1, 2], 1)).success).toBe(true)
  })
})
