import { convertOffset } from '../shared/document/document-text-map'
import { formatFigure } from '../shared/document/format-figure'
import { extractFigures } from '../shared/extraction/extract-figures'
import { findingMessage } from '../shared/checks/check-message'
import { findUnboundFigures } from './find-unbound-figures'
import type { ReportCheckData, SectionCheckContext } from './section-check-context'
import type { SectionFinding } from './section-finding'

/**
 * Rule 2: plain numbers standing where last year's counterpart had a bound figure (typed over or
 * turned into text, so they no longer follow the data), plain numbers that last year's
 * counterpart also has, and bound figures whose value this year equals last year's (to confirm,
 * not to fix).
 */
export function checkStaleNumbers(
  context: SectionCheckContext,
  data: ReportCheckData,
): SectionFinding[] {
  const findings: SectionFinding[] = []
  if (context.counterpart) {
    for (const unbound of findUnboundFigures(context.anchor, context.counterpart.anchor)) {
      findings.push({
        rule: 'stale-number',
        severity: 'warning',
        ...findingMessage('report.unboundFigure', {
          text: unbound.text,
          label: data.series.get(unbound.previousSeriesId)?.label ?? '',
        }),
        start: convertOffset(context.anchor, context.shown, unbound.start),
        end: convertOffset(context.anchor, context.shown, unbound.end),
        identity: `unbound|${unbound.previousSeriesId}|${unbound.text}`,
        dismissible: true,
      })
    }
    const lastYear = new Set(
      extractFigures(context.counterpart.shown.text).map((figure) => figure.text),
    )
    const seen = new Map<string, number>()
    for (const figure of extractFigures(context.anchor.text)) {
      // Durations are not statistics: a streak is moved on by the roll forward's suggestions.
      const stays = !lastYear.has(figure.text) || figure.duration !== null
      if (stays || figure.text.includes('\uFFFC')) {
        continue
      }
      const nth = (seen.get(figure.text) ?? 0) + 1
      seen.set(figure.text, nth)
      findings.push({
        rule: 'stale-number',
        severity: 'warning',
        ...findingMessage('report.staleNumber', { text: figure.text }),
        start: convertOffset(context.anchor, context.shown, figure.start),
        end: convertOffset(context.anchor, context.shown, figure.end),
        identity: `plain|${figure.text}|${nth}`,
        dismissible: true,
      })
    }
  }
  const year = data.report.year
  const reported = new Set<number>()
  for (const piece of context.shown.pieces) {
    if (piece.kind !== 'figure' || reported.has(piece.attributes.seriesId)) {
      continue
    }
    const seriesId = piece.attributes.seriesId
    const current = data.valueOf(seriesId, year)
    if (current === null || current !== data.valueOf(seriesId, year - 1)) {
      continue
    }
    reported.add(seriesId)
    findings.push({
      rule: 'stale-number',
      severity: 'info',
      ...findingMessage('report.sameAsLastYear', {
        label: data.series.get(seriesId)?.label ?? '',
        year,
        text: formatFigure(current, piece.attributes),
      }),
      start: piece.start,
      end: piece.end,
      identity: `same|${seriesId}|${current}`,
      dismissible: true,
    })
  }
  return findings
}
