import type { MetricRow } from './metrics-store'

/**
 * For a stated change (同比增长46%) linked to an amount series that has this year's and last
 * year's values: the change those values give, in percent, to show beside the stated one.
 */
export function computedChange(
  row: MetricRow | undefined,
  base: MetricRow | undefined,
): number | undefined {
  if (row?.kind !== 'change' || row.unit !== '%' || !base || base.change === null) {
    return undefined
  }
  return base.change
}

/** "算得 +45.8%": the note shown beside a stated change. */
export function computedChangeNote(change: number): string {
  return `${change > 0 ? '+' : ''}${change.toFixed(1)}%`
}
