import { createHash } from 'node:crypto'
import type { ResvgRenderOptions } from '@resvg/resvg-js'
import { Resvg, renderAsync } from '@resvg/resvg-js'
import { BoundedCache } from './bounded-cache'
import { chartFonts } from './chart-fonts'
import { chartTheme } from './chart-theme'
import { outlineSvgText } from './outline-svg-text'

/** Pixels across a chart printed `widthMm` wide at the theme's resolution (8 cm at 300 dpi: 945). */
export function chartPixelWidth(widthMm: number = chartTheme.printWidthMm): number {
  return Math.round((widthMm / 25.4) * chartTheme.printDpi)
}

/** The SVG resvg draws and how: with the words as outlines, or (no CJK face found) as text. */
function resvgInput(svg: string, widthPx: number): { svg: string; options: ResvgRenderOptions } {
  const fonts = chartFonts()
  const options: ResvgRenderOptions = {
    fitTo: { mode: 'width', value: widthPx },
    background: '#ffffff',
    font: { loadSystemFonts: fonts === undefined },
    logLevel: 'off',
  }
  return { svg: fonts ? outlineSvgText(svg, fonts) : svg, options }
}

const pictures = new BoundedCache<Buffer>(128)

function keyOf(svg: string, widthPx: number): string {
  return `${widthPx}:${createHash('sha1').update(svg).digest('hex')}`
}

/** A chart's SVG as a PNG `widthPx` wide on white, drawn by resvg. */
export function renderChartPng(svg: string, widthPx: number = chartPixelWidth()): Buffer {
  const key = keyOf(svg, widthPx)
  const cached = pictures.get(key)
  if (cached) {
    return cached
  }
  const input = resvgInput(svg, widthPx)
  const png = new Resvg(input.svg, input.options).render().asPng()
  pictures.set(key, png)
  return png
}

/**
 * `renderChartPng` on libuv's thread pool, so a Word export goes on building its document while
 * the pictures are drawn.
 */
export async function renderChartPngAsync(
  svg: string,
  widthPx: number = chartPixelWidth(),
): Promise<Buffer> {
  const key = keyOf(svg, widthPx)
  const cached = pictures.get(key)
  if (cached) {
    return cached
  }
  const input = resvgInput(svg, widthPx)
  const png = (await renderAsync(input.svg, input.options)).asPng()
  pictures.set(key, png)
  return png
}

/** Forgets the pictures drawn so far (the bench measures a first export with it). */
export function forgetChartPictures(): void {
  pictures.clear()
}
