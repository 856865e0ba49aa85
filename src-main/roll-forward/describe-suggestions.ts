import type { z } from 'zod'
import type { suggestionSchema } from '../contract/channels'
import type { DocumentTextMap } from '../shared/document/document-text-map'
import { convertOffset, documentTextMap } from '../shared/document/document-text-map'
import { findMetricOccurrences } from '../shared/metrics/metric-occurrences'
import { figureRendererForSeries } from '../metrics/metric-service'
import { requireReport } from '../reports/report-service'
import type { Section } from '../shared/sections/section'
import type { Workspace } from '../workspace/workspace'

/**
 * A suggestion as the CLI and the UI see it: `start`/`end` in the section's text as `show`
 * prints it (figures rendered), `anchorStart`/`anchorEnd` for locating it in the editor, and a
 * stretch of text around it.
 */
export type PublicSuggestion = z.output<typeof suggestionSchema>

const contextLength = 16

/**
 * The report's roll-forward suggestions, in reading order within each section. `anchorMaps`
 * are sections' anchor text maps the caller has already built (the roll forward has).
 */
export function describeSuggestions(
  workspace: Workspace,
  reportId: number,
  loaded: Section[] = workspace.sections.listByReport(reportId),
  anchorMaps: ReadonlyMap<number, DocumentTextMap> = new Map(),
): PublicSuggestion[] {
  const report = requireReport(workspace, reportId)
  const suggestions = workspace.suggestions.listByReport(reportId)
  const withSuggestions = new Set(suggestions.map((suggestion) => suggestion.sectionId))
  const sections = new Map(
    loaded
      .filter((section) => withSuggestions.has(section.id))
      .map((section) => [section.id, section]),
  )
  const seriesIds = [
    ...new Set(
      findMetricOccurrences([...sections.values()]).map((occurrence) => occurrence.seriesId),
    ),
  ]
  const render = figureRendererForSeries(workspace, report, seriesIds)
  const maps = new Map<number, { anchor: DocumentTextMap; shown: DocumentTextMap }>()
  return suggestions.map((suggestion) => {
    const section = sections.get(suggestion.sectionId)!
    let pair = maps.get(section.id)
    if (!pair) {
      pair = {
        anchor: anchorMaps.get(section.id) ?? documentTextMap(section.doc),
        shown: documentTextMap(section.doc, render),
      }
      maps.set(section.id, pair)
    }
    const start = convertOffset(pair.anchor, pair.shown, suggestion.anchorStart)
    const end = convertOffset(pair.anchor, pair.shown, suggestion.anchorEnd)
    const text = pair.shown.text
    return {
      id: suggestion.id,
      sectionId: suggestion.sectionId,
      sectionTitle: section.title,
      start,
      end,
      anchorStart: suggestion.anchorStart,
      anchorEnd: suggestion.anchorEnd,
      oldText: suggestion.oldText,
      proposedText: suggestion.proposedText,
      kind: suggestion.kind,
      status: suggestion.status,
      context: {
        before: text.slice(Math.max(0, start - contextLength), start),
        after: text.slice(end, end + contextLength),
      },
    }
  })
}
