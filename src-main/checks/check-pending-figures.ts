import { formatFigure } from '../shared/document/format-figure'
import { findingMessage } from '../shared/checks/check-message'
import type { ReportCheckData, SectionCheckContext } from './section-check-context'
import type { SectionFinding } from './section-finding'

/** Rule 1: every figure of the section whose series has no value for the report's year. */
export function checkPendingFigures(
  context: SectionCheckContext,
  data: ReportCheckData,
): SectionFinding[] {
  const year = data.report.year
  return context.shown.pieces.flatMap((piece, index): SectionFinding[] => {
    if (piece.kind !== 'figure' || data.valueOf(piece.attributes.seriesId, year) !== null) {
      return []
    }
    const seriesId = piece.attributes.seriesId
    const label = data.series.get(seriesId)?.label ?? ''
    const previous = data.valueOf(seriesId, year - 1)
    return [
      {
        rule: 'pending-metric',
        severity: 'error',
        ...(previous === null
          ? findingMessage('report.pendingMetricNoPrevious', { label, year })
          : findingMessage('report.pendingMetric', {
              label,
              year,
              previous: formatFigure(previous, piece.attributes),
            })),
        start: piece.start,
        end: piece.end,
        identity: `${seriesId}|${index}`,
        dismissible: false,
      },
    ]
  })
}
