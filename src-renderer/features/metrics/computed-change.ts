import { formatSeriesChange } from '../../../src-main/shared/metrics/series-change'
import type { MetricRow } from './metrics-store'

/**
 * For a stated change (同比增长46%) linked to the series it is about, when that series has this
 * year's and last year's values: what those values give, in the unit they call for ("+45.8%"
 * for an amount, "+0.2个百分点" for a rate), to show beside the stated one.
 */
export function computedChangeNote(
  row: MetricRow | undefined,
  base: MetricRow | undefined,
): string | undefined {
  if (row?.kind !== 'change' || !base || base.change === null || base.changeUnit === null) {
    return undefined
  }
  return formatSeriesChange(base.change, base.changeUnit)
}
