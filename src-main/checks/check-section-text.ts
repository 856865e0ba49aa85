import { convertOffset } from '../shared/document/document-text-map'
import type { TextPiece } from '../shared/document/document-text-map'
import { checkText } from './check-text'
import type { ReportCheckData, SectionCheckContext } from './section-check-context'
import type { SectionFinding } from './section-finding'

function overlaps(piece: TextPiece, start: number, end: number): boolean {
  return piece.start < end && piece.end > start
}

/**
 * Every rule that checks plain text (number usage, punctuation, the word list and stated changes
 * written as plain text) on the section as shown, with the report's year completing shortened years.
 * Placeholders of pending figures are not text to proofread; a stated change that is a bound
 * figure is left to the metric check; a fix is offered only where it touches text alone.
 */
export function checkSectionText(
  context: SectionCheckContext,
  data: ReportCheckData,
): SectionFinding[] {
  const figures = context.shown.pieces.filter((piece) => piece.kind === 'figure')
  const pending = figures.filter(
    (piece) =>
      piece.kind === 'figure' && data.valueOf(piece.attributes.seriesId, data.report.year) === null,
  )
  const seen = new Map<string, number>()
  return checkText(context.shown.text, { year: data.report.year }).flatMap(
    (finding): SectionFinding[] => {
      if (pending.some((piece) => overlaps(piece, finding.start, finding.end))) {
        return []
      }
      const touchesFigure = figures.some((piece) => overlaps(piece, finding.start, finding.end))
      if (touchesFigure && finding.rule === 'change-consistency') {
        return []
      }
      const text = context.shown.text.slice(finding.start, finding.end)
      const identity = `${text}|${finding.suggestion ?? ''}`
      const nth = (seen.get(identity) ?? 0) + 1
      seen.set(identity, nth)
      const anchorStart = convertOffset(context.shown, context.anchor, finding.start)
      const anchorEnd = convertOffset(context.shown, context.anchor, finding.end)
      const fix =
        finding.suggestion !== undefined && !touchesFigure
          ? {
              kind: 'replace-text' as const,
              anchorStart,
              anchorEnd,
              expected: text,
              replacement: finding.suggestion,
            }
          : undefined
      return [
        {
          ...finding,
          identity: `${identity}|${nth}`,
          fix,
          dismissible: finding.severity !== 'error',
        },
      ]
    },
  )
}
