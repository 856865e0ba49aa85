import { directionAntonyms } from '../shared/extraction/label-lexicon'
import { readLeadIn } from '../shared/extraction/read-lead-in'
import { changeInWords, changeUnitWord } from '../shared/metrics/series-change'
import { findingMessage } from '../shared/checks/check-message'
import type { CheckMessageKey } from '../shared/checks/check-message'
import { checkStatedChange } from './check-stated-change'
import { formatSeriesValue } from './format-series-value'
import type { ReportCheckData, SectionCheckContext } from './section-check-context'
import type { SectionFinding } from './section-finding'

const messageKeys: Record<string, CheckMessageKey> = {
  mismatch: 'changeConsistency.mismatch',
  'wrong-direction': 'changeConsistency.wrongDirection',
}

function describeChange(value: number, unit: string, decimals: number): string {
  return changeInWords(value, `${Math.abs(value).toFixed(decimals)}${changeUnitWord(unit)}`)
}

type FigurePiece = Extract<SectionCheckContext['shown']['pieces'][number], { kind: 'figure' }>

/**
 * A stated change (同比增长46%) against the change its linked amount's values give for this
 * year and last. Only a link a person or the text made counts, and only filled values: nothing is
 * compared by guess. Official rates are often at comparable prices, so a mismatch is a warning
 * the user may dismiss with a reason; no fix is offered, because the numbers are the statistics
 * bureau's and only a person changes them (in the metrics panel).
 */
function checkAgainstBase(
  piece: FigurePiece,
  data: ReportCheckData,
  stated: number,
): SectionFinding[] {
  const year = data.report.year
  const series = data.series.get(piece.attributes.seriesId)!
  const base = series.baseSeriesId ? data.series.get(series.baseSeriesId) : undefined
  if (!base || (series.unit !== '%' && series.unit !== '百分点')) {
    return []
  }
  const current = data.valueOf(base.id, year)
  const previous = data.valueOf(base.id, year - 1)
  if (current === null || previous === null) {
    return []
  }
  const decimals = piece.attributes.decimals
  const result = checkStatedChange(
    { value: stated, unit: series.unit, decimals },
    current,
    previous,
    base.kind === 'rate' || base.unit === '%',
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
  const unitKey: CheckMessageKey =
    result.status === 'wrong-unit' && result.expectedUnit === '百分点'
      ? 'changeConsistency.pointsExpected'
      : 'changeConsistency.percentExpected'
  return [
    {
      rule: 'change-consistency',
      severity: 'warning',
      ...findingMessage(
        result.status === 'wrong-unit' ? unitKey : messageKeys[result.status]!,
        params,
      ),
      start: piece.start,
      end: piece.end,
      identity: `${series.id}|${base.id}|${stated}|${current}|${previous}`,
      dismissible: true,
    },
  ]
}

/**
 * The direction word before a change figure against the sign of its value: "下降{v}%" with a
 * value entered as a rise. The fix offered changes the word (下降 → 增长), never the value.
 */
function checkDirectionWord(
  piece: FigurePiece,
  context: SectionCheckContext,
  data: ReportCheckData,
  stated: number,
): SectionFinding[] {
  const lead = readLeadIn(context.shown.text, piece.start)
  const word = lead.directionWord
  if (!word || lead.direction === 0 || stated === 0 || Math.sign(stated) === lead.direction) {
    return []
  }
  const series = data.series.get(piece.attributes.seriesId)!
  const opposite = directionAntonyms.get(word)
  const wordStart = lead.start
  const wordEnd = lead.start + word.length
  const params = {
    word,
    label: series.label,
    value: describeChange(stated, series.unit, piece.attributes.decimals),
  }
  return [
    {
      rule: 'change-consistency',
      severity: 'warning',
      ...findingMessage('changeConsistency.directionWord', params),
      start: wordStart,
      end: wordEnd,
      identity: `direction|${series.id}|${word}|${stated}`,
      suggestion: opposite,
      dismissible: true,
    },
  ]
}

/** Rule 3 for bound figures: stated changes against their linked amounts, and their direction words. */
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
    const stated = series ? data.valueOf(series.id, year) : null
    if (series?.kind !== 'change' || stated === null) {
      return []
    }
    return [
      ...checkDirectionWord(piece, context, data, stated),
      ...checkAgainstBase(piece, data, stated),
    ]
  })
}
