/** What a chart is drawn as on request: SVG (editor, HTML) or also a PNG at print resolution. */
export const chartFormats = ['svg', 'png'] as const
export type ChartFormat = (typeof chartFormats)[number]
