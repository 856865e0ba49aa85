import type { MetricSeries } from '../metrics/metric-series'
import type { ComparableLabel } from '../metrics/spreadsheet/label-similarity'
import {
  comparableLabel,
  fuzzyThreshold,
  labelSimilarity,
} from '../metrics/spreadsheet/label-similarity'

/**
 * How sure a pairing is. `exact`: the same label (once spaces, punctuation and notes are set
 * aside), unit and kind; `doubtful`: a similar label or a different kind, in the same unit: a
 * person decides.
 */
export const seriesMatches = ['exact', 'doubtful'] as const

/** A series of the earlier family matched to one of the later family. */
export interface SeriesPair {
  earlier: MetricSeries
  later: MetricSeries
  match: (typeof seriesMatches)[number]
  similarity: number
}

interface Candidate extends SeriesPair {
  order: number
}

/**
 * Pairs the series of an earlier report family with those of a later one by label and unit:
 * each series takes at most one partner, exact matches first, then the most similar labels.
 * Series in different units are never paired, however alike their names.
 */
export function matchFamilySeries(
  earlier: MetricSeries[],
  later: MetricSeries[],
): { pairs: SeriesPair[]; unmatched: MetricSeries[] } {
  const laterLabels = later.map((series) => ({ series, label: comparableLabel(series.label) }))
  const candidates: Candidate[] = []
  earlier.forEach((series, order) => {
    const label: ComparableLabel = comparableLabel(series.label)
    for (const other of laterLabels) {
      if (other.series.unit !== series.unit) {
        continue
      }
      const similarity = labelSimilarity(label, other.label)
      if (similarity < fuzzyThreshold) {
        continue
      }
      const exact = similarity === 1 && other.series.kind === series.kind
      candidates.push({
        earlier: series,
        later: other.series,
        match: exact ? 'exact' : 'doubtful',
        similarity: Number(similarity.toFixed(3)),
        order,
      })
    }
  })
  candidates.sort(
    (left, right) =>
      Number(right.match === 'exact') - Number(left.match === 'exact') ||
      right.similarity - left.similarity ||
      left.order - right.order ||
      left.later.id - right.later.id,
  )
  const takenEarlier = new Set<number>()
  const takenLater = new Set<number>()
  const pairs: SeriesPair[] = []
  for (const { order: _order, ...candidate } of candidates) {
    if (takenEarlier.has(candidate.earlier.id) || takenLater.has(candidate.later.id)) {
      continue
    }
    takenEarlier.add(candidate.earlier.id)
    takenLater.add(candidate.later.id)
    pairs.push(candidate)
  }
  pairs.sort((left, right) => earlier.indexOf(left.earlier) - earlier.indexOf(right.earlier))
  return { pairs, unmatched: earlier.filter((series) => !takenEarlier.has(series.id)) }
}
