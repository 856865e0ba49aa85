import { convertOffset } from '../shared/document/document-text-map'
import { findDateReferences } from '../shared/extraction/find-date-references'
import { proposeDateChange } from '../shared/extraction/propose-date-change'
import { findingMessage } from '../shared/checks/check-message'
import type { ReportCheckData, SectionCheckContext } from './section-check-context'
import type { SectionFinding } from './section-finding'

const contextLength = 6

/**
 * Rule 4: a year reference that reads exactly as last year's report did at the same place
 * (same year, same words after it), for years last year's report would have called 去年, 今年
 * or 明年. In a 2026 report, "2025年，全区…" copied from the 2025 report should say 2026年.
 */
export function checkYearReferences(
  context: SectionCheckContext,
  data: ReportCheckData,
): SectionFinding[] {
  const counterpart = context.counterpart
  const year = data.report.year
  if (!counterpart || counterpart.report.year !== year - 1) {
    return []
  }
  const text = context.anchor.text
  const lastText = counterpart.anchor.text
  const lastYearPlaces = new Set(
    findDateReferences(lastText).map((reference) =>
      lastText.slice(reference.start, reference.end + contextLength),
    ),
  )
  const seen = new Map<string, number>()
  return findDateReferences(text).flatMap((reference): SectionFinding[] => {
    const place = text.slice(reference.start, reference.end + contextLength)
    if (reference.year === undefined || !lastYearPlaces.has(place)) {
      return []
    }
    const proposal = proposeDateChange(reference, text, year - 1)
    if (!proposal || reference.kind === 'relative') {
      return []
    }
    const nth = (seen.get(place) ?? 0) + 1
    seen.set(place, nth)
    const oldText = text.slice(reference.start, proposal.end)
    return [
      {
        rule: 'year-not-moved',
        severity: 'warning',
        ...findingMessage('report.yearNotMoved', {
          text: oldText,
          suggestion: proposal.proposedText,
        }),
        start: convertOffset(context.anchor, context.shown, reference.start),
        end: convertOffset(context.anchor, context.shown, proposal.end),
        suggestion: proposal.proposedText,
        identity: `${place}|${nth}`,
        fix: {
          kind: 'replace-text',
          anchorStart: reference.start,
          anchorEnd: proposal.end,
          expected: oldText,
          replacement: proposal.proposedText,
        },
        dismissible: true,
      },
    ]
  })
}
