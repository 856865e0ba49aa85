import { htmlStyles } from './html-styles'
import type { PlacedChart } from './picture-sink'

/**
 * A chart's SVG to stand inline in a page: scaled with the column (never wider than one and a
 * half times the width it was drawn for), its text alternative its accessible name.
 */
export function inlineChartSvg(chart: PlacedChart): string {
  return chart.svg.replace(/^<svg\b/, `<svg style="${htmlStyles.chart}"`)
}
