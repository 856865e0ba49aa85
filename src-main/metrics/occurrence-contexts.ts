import type { z } from 'zod'
import { documentTextMap } from '../shared/document/document-text-map'
import { AppError } from '../shared/errors/app-error'
import { requireReport } from '../reports/report-service'
import { sectionsInReadingOrder } from '../reports/report-text'
import type { Workspace } from '../workspace/workspace'
import { figureRendererFor } from './metric-service'
import type { occurrenceContextSchema } from '../shared/metrics/report-metrics-schema'

/** A figure in its sentence (see occurrenceContextSchema). */
export type OccurrenceContext = z.output<typeof occurrenceContextSchema>

const sentenceEnds = new Set('。；！？!?;\n')
/** Longest stretch shown on either side of a figure when its sentence is longer. */
const maximumSide = 40

function sentenceBefore(text: string, start: number): string {
  let from = start
  while (from > 0 && start - from < maximumSide && !sentenceEnds.has(text[from - 1])) {
    from--
  }
  return text.slice(from, start)
}

function sentenceAfter(text: string, end: number): string {
  let to = end
  while (to < text.length && to - end < maximumSide && !sentenceEnds.has(text[to])) {
    to++
  }
  return text.slice(end, sentenceEnds.has(text[to]) ? to + 1 : to)
}

/**
 * Every figure of the report (or of the given series) with the sentence around it, figures
 * rendered with this year's values (pending ones as their placeholders), in reading order.
 */
export function listOccurrenceContexts(
  workspace: Workspace,
  input: { reportId: number; seriesIds?: number[] },
): OccurrenceContext[] {
  const report = requireReport(workspace, input.reportId)
  const known = new Set(
    workspace.metrics
      .listSeriesByIds(input.seriesIds ?? [])
      .filter((series) => series.familyId === report.familyId)
      .map((series) => series.id),
  )
  const unknown = input.seriesIds?.find((seriesId) => !known.has(seriesId))
  if (unknown !== undefined) {
    throw new AppError('series_not_found', { id: unknown })
  }
  const wanted = input.seriesIds ? new Set(input.seriesIds) : undefined
  const render = figureRendererFor(workspace, report)
  const contexts: OccurrenceContext[] = []
  for (const section of sectionsInReadingOrder(workspace.sections.listByReport(report.id))) {
    const map = documentTextMap(section.doc, render)
    let index = 0
    for (const piece of map.pieces) {
      if (piece.kind !== 'figure') {
        continue
      }
      const seriesId = piece.attributes.seriesId
      if (!wanted || wanted.has(seriesId)) {
        contexts.push({
          seriesId,
          sectionId: section.id,
          sectionTitle: section.title,
          index,
          before: sentenceBefore(map.text, piece.start),
          figure: map.text.slice(piece.start, piece.end),
          after: sentenceAfter(map.text, piece.end),
        })
      }
      index++
    }
  }
  return contexts
}
