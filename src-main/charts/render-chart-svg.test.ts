import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { buildChartSpec } from './build-chart-spec'
import type { ChartAttributes } from '../shared/charts/chart-attributes-schema'
import type { ChartSeriesData } from './chart-data'
import { chartFonts } from './chart-fonts'
import { chartTestSeries } from './chart-test-series.fixture'
import { chartTheme } from './chart-theme'
import { outlineSvgText } from './outline-svg-text'
import { chartPixelWidth, renderChartPng } from './render-chart-png'
import { renderChartSvg } from './render-chart-svg'

const series = chartTestSeries()
const [red, blue] = chartTheme.colors.palette

function draw(attributes: Partial<ChartAttributes>, data: ChartSeriesData[]) {
  const spec = buildChartSpec(
    { chartType: 'line', seriesIds: [], years: 5, caption: '', note: '', ...attributes },
    { year: 2025, series: data },
  )
  const svg = renderChartSvg(spec)
  const document = new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document
  const texts = Array.from(document.querySelectorAll('text'), (text) => text.textContent ?? '')
  const filled = (color: string) =>
    Array.from(document.querySelectorAll('path')).filter(
      (path) => path.getAttribute('fill') === color,
    )
  return { spec, svg, document, texts, filled }
}

describe('charts drawn as SVG', () => {
  it('labels every value of a bar chart and draws one bar per year that has one', () => {
    const { texts, filled, svg } = draw({ chartType: 'bar' }, [series.coal])
    expect(texts).toEqual(expect.arrayContaining(['3200', '3500', '3598', '3700', '待填']))
    expect(texts).toEqual(
      expect.arrayContaining(['2021年', '2022年', '2023年', '2024年', '2025年', '单位：万吨']),
    )
    expect(filled(red)).toHaveLength(4)
    expect(svg).not.toMatch(/<style|class=|ecmeta_|zr0-/)
    expect(svg).toMatch(/^<svg[^>]* role="img"><title>柱状图（单位：万吨），2021—2025年。/)
  })

  it('draws a point per filled year on a line, for each series, with a legend', () => {
    const { texts, filled } = draw({ chartType: 'line' }, [series.coal, series.washed])
    const points = (color: string) =>
      filled(color).filter((path) => path.getAttribute('d')?.startsWith('M1 0A1 1'))
    expect(points(red)).toHaveLength(4)
    expect(points(blue)).toHaveLength(5)
    expect(texts).toEqual(expect.arrayContaining(['原煤产量', '洗精煤产量', '2200', '1998']))
    expect(texts.filter((text) => text === '待填')).toHaveLength(1)
  })

  it('writes a card as label, value with its unit and the change on last year', () => {
    const { texts } = draw({ chartType: 'card', years: 1, note: '按新标准评价' }, [series.goodAir])
    expect(texts).toEqual(
      expect.arrayContaining([
        '空气质量优良天数比例',
        '75.3',
        '%',
        '比上年提高3.2个百分点',
        '注：按新标准评价',
      ]),
    )
  })

  it('gives each drawing its own ids, so charts inline in one page do not clip each other', () => {
    const first = draw({ chartType: 'line' }, [series.coal]).svg
    const second = draw({ chartType: 'line' }, [series.washed]).svg
    const ids = (svg: string) => [...svg.matchAll(/ id="([^"]+)"/g)].map((match) => match[1])
    expect(ids(first).length).toBeGreaterThan(0)
    expect(ids(first).filter((id) => ids(second).includes(id))).toEqual([])
  })

  it('escapes labels as text', () => {
    const hostile = { ...series.coal, label: '<script>alert(1)</script>&' }
    const { svg, texts } = draw({ chartType: 'card', years: 1 }, [hostile])
    expect(svg).not.toContain('<script>')
    expect(texts).toContain('<script>alert(1)</script>&')
  })
})

describe('charts as pictures', () => {
  const fonts = chartFonts()

  it('outlines the words with the machine CJK face, so resvg needs no fonts', (context) => {
    if (!fonts) {
      context.skip('no CJK font installed (apt-get install fonts-noto-cjk)')
      return
    }
    const { svg } = draw({ chartType: 'bar' }, [series.coal])
    const outlined = outlineSvgText(svg, fonts)
    expect(outlined).not.toContain('<text')
    expect(outlined.match(/<path/g)!.length).toBeGreaterThan(svg.match(/<path/g)!.length)
  })

  it('renders a PNG 8 cm wide at 300 dpi, in the proportions it was drawn in', () => {
    const { spec, svg } = draw({ chartType: 'bar' }, [series.coal])
    const png = renderChartPng(svg)
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect(chartPixelWidth()).toBe(945)
    expect(png.readUInt32BE(16)).toBe(945)
    expect(png.readUInt32BE(20)).toBe(Math.round((945 * spec.height) / spec.width))
  })
})
