import { findChartOccurrences } from '../metrics/find-chart-occurrences'
import { findMetricOccurrences } from '../metrics/metric-occurrences'
import type { Section } from '../sections/section'

/**
 * The sections whose findings a change to the value of series `seriesId` can change, and so the
 * only ones to check again after it: where a figure of the series stands (its text and the
 * pending, stale and stated-change checks read the value), where a figure of a change or share
 * based on it stands (the 同比 check compares against it), and where a chart draws either (图表缺数).
 */
export function sectionsUsingSeries(
  sections: readonly Section[],
  series: readonly { id: number; baseSeriesId: number | null }[],
  seriesId: number,
): number[] {
  const reading = new Set([seriesId])
  for (const item of series) {
    if (item.baseSeriesId === seriesId) {
      reading.add(item.id)
    }
  }
  const affected = new Set<number>()
  for (const figure of findMetricOccurrences([...sections])) {
    if (reading.has(figure.seriesId)) {
      affected.add(figure.sectionId)
    }
  }
  for (const chart of findChartOccurrences([...sections])) {
    if (chart.attributes.seriesIds.some((id) => reading.has(id))) {
      affected.add(chart.sectionId)
    }
  }
  return sections.filter((section) => affected.has(section.id)).map((section) => section.id)
}
