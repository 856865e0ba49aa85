import { createHash } from 'node:crypto'
import type * as Echarts from 'echarts'
import { escapeHtml } from '../export/html/escape-html'
import { BoundedCache } from './bounded-cache'
import type { ChartSpec } from './build-chart-spec'
import { chartFonts } from './chart-fonts'
import { measureChartText } from './measure-chart-text'

let loaded: typeof Echarts | undefined

/** ECharts, loaded with the first chart: at start-up it would cost the app most of a second. */
function echarts(): typeof Echarts {
  loaded ??= require('echarts') as typeof Echarts
  return loaded
}

let platformReady = false

/** ECharts measures text with the machine's CJK face when there is one (see measureChartText). */
function preparePlatform(): void {
  if (platformReady) {
    return
  }
  platformReady = true
  const fonts = chartFonts()
  if (fonts) {
    echarts().setPlatformAPI({
      measureText: (text, font) => measureChartText(fonts, text, font ?? ''),
    })
  }
}

/** Charts drawn lately, by their spec: an unchanged chart is not drawn twice (editor, then export). */
const drawn = new BoundedCache<string>(256)

/**
 * ECharts' server-side SVG, made fit to stand inline among others: its hover-only <style>,
 * classes and hydration attributes dropped, its ids made unique to the drawing (two inline SVGs sharing "zr0-c0" would clip
 * each other's plots), and the text alternative as its <title>.
 */
function finishSvg(raw: string, alt: string): string {
  const prefix = `dj${createHash('sha1').update(raw).digest('hex').slice(0, 10)}-`
  return raw
    .replace(/<style\s*>[\s\S]*?<\/style>/g, '')
    .replace(/ class="zr\d+-cls-\d+"/g, '')
    .replace(/ ecmeta_\w+="[^"]*"/g, '')
    .replace(/zr\d+-/g, prefix)
    .replace(/<svg\b([^>]*)>/, `<svg$1 role="img"><title>${escapeHtml(alt)}</title>`)
}

/** Draws a chart spec as SVG with ECharts in server-side mode (no canvas, no browser). */
export function renderChartSvg(spec: ChartSpec): string {
  const key = JSON.stringify([spec.width, spec.height, spec.alt, spec.option])
  const cached = drawn.get(key)
  if (cached !== undefined) {
    return cached
  }
  preparePlatform()
  const chart = echarts().init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: spec.width,
    height: spec.height,
  })
  try {
    chart.setOption(spec.option)
    const svg = finishSvg(chart.renderToSVGString(), spec.alt)
    drawn.set(key, svg)
    return svg
  } finally {
    chart.dispose()
  }
}

/** Forgets the drawings made so far (the bench measures a first export with it). */
export function forgetDrawnCharts(): void {
  drawn.clear()
}
