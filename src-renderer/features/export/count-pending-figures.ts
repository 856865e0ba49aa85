import type { ChannelOutput } from '../../../src-main/contract/channels'

type MetricRow = ChannelOutput<'metrics.list'>['rows'][number]

/**
 * How many figures an export would show as 【待填…】: each occurrence of a series with no value
 * for the report's year, counted only in the exported sections when some are chosen.
 */
export function countPendingFigures(rows: MetricRow[], sectionIds?: number[]): number {
  const wanted = sectionIds && new Set(sectionIds)
  return rows.reduce((sum, row) => {
    if (row.current !== null && row.current.value !== null) {
      return sum
    }
    const occurrences = wanted
      ? row.occurrences.filter((occurrence) => wanted.has(occurrence.sectionId))
      : row.occurrences
    return sum + occurrences.length
  }, 0)
}
