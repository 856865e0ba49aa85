import { checkMessage } from './check-message'
import type { CheckMessageKey } from './check-message'
import { checkStatedChange } from './check-stated-change'
import { formatSeriesValue } from './format-series-value'
import type { ReportCheckData, SectionCheckContext } from './section-check-context'
import type { SectionFinding } from './section-finding'

const messageKeys: Record<string, CheckMessageKey> = {
  mismatch: 'changeConsistency.mismatch',
  'wrong-direction': 'changeConsistency.wrongDirection',
}

function describeChange(value: number, unit: string, decimals: number): string {
  return `${value < 0 ? '下降' : '增长'}${Math.abs(value).toFixed(decimals)}${unit === '百分点' ? '个百分点' : unit}`
}

/**
 * Rule 3 for bound figures: a stated change (同比增长46%) against the change computed from its
 * amount's values for this year and last. Official rates are often at comparable prices, so a
 * mismatch is a warning the user may dismiss with a reason.
 */
export function checkBoundChanges(
  context: SectionCheckContext,
  data: ReportCheckData,
): SectionFinding[] {
  const year = data.report.year
  return context.shown.pieces.flatMap((piece): SectionFinding[] => {
    if (piece.kind !== 'figure') {
      return []
    }
    const series = data.series.get(piece.attributes.seriesId)
    const base = series?.baseSeriesId ? data.series.get(series.baseSeriesId) : undefined
    if (
      !series ||
      !base ||
      series.kind !== 'change' ||
      (series.unit !== '%' && series.unit !== '百分点')
    ) {
      return []
    }
    const stated = data.valueOf(series.id, year)
    const current = data.valueOf(base.id, year)
    const previous = data.valueOf(base.id, year - 1)
    if (stated === null || current === null || previous === null) {
      return []
    }
    const decimals = piece.attributes.decimals
    const result = checkStatedChange(
      { value: stated, unit: series.unit, decimals },
      current,
      previous,
      base.kind === 'rate',
    )
    if (result.status === 'ok' || result.status === 'not-checkable') {
      return []
    }
    const unit = result.status === 'wrong-unit' ? result.expectedUnit : series.unit
    const params = {
      from: formatSeriesValue(previous, base),
      to: formatSeriesValue(current, base),
      computed: describeChange(result.computed, unit, decimals + 1),
      stated: describeChange(stated, series.unit, decimals),
    }
    const key =
      result.status === 'wrong-unit'
        ? result.expectedUnit === '百分点'
          ? 'changeConsistency.pointsExpected'
          : 'changeConsistency.percentExpected'
        : messageKeys[result.status]!
    const rounded = Number(result.computed.toFixed(decimals))
    return [
      {
        rule: 'change-consistency',
        severity: 'warning',
        message: checkMessage(key, params),
        start: piece.start,
        end: piece.end,
        identity: `${series.id}|${stated}|${current}|${previous}`,
        fix:
          result.status === 'wrong-unit'
            ? undefined
            : { kind: 'set-value', seriesId: series.id, text: String(rounded) },
        dismissible: true,
      },
    ]
  })
}
