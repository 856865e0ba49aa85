import type { MetricRow } from './metrics-store'

/**
 * The sections a value change of `seriesId` can change findings in: where the series stands, and
 * where a change or share linked to it stands (its stated-change check reads the value).
 */
export function sectionsUsingSeries(rows: MetricRow[], seriesId: number): number[] {
  const affected = rows.filter((row) => row.id === seriesId || row.baseSeriesId === seriesId)
  return [...new Set(affected.flatMap((row) => row.occurrences.map((place) => place.sectionId)))]
}
