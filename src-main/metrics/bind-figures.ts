import type { DocumentNode } from '../document/document-json'
import { extractFigures } from '../extraction/extract-figures'
import type { ExtractedFigure } from '../extraction/extracted-figure'
import type { InlineBuilder } from '../import/outline-to-documents'
import type { Workspace } from '../workspace/workspace'

const clauseBreak = /[。；！？;!?\n]/

function seriesKey(figure: ExtractedFigure): string {
  return [figure.label, figure.unit, figure.kind, figure.value].join('\u0000')
}

/**
 * An inline builder for importers: every figure in the text becomes a `metric` node bound to a
 * series of the report family, with the figure's value stored for the report's year. Identical
 * figures (same label, unit, kind and value) share one series. A change figure is linked to the
 * amount it follows in the same clause (9480万千瓦时绿电规模同比增长46%).
 * Series are `proposed` until the user reviews them.
 */
export function createFigureBinder(
  workspace: Workspace,
  familyId: string,
  year: number,
): InlineBuilder {
  const seriesByKey = new Map<string, number>()

  const seriesFor = (figure: ExtractedFigure, baseSeriesId: number | null): number => {
    const key = seriesKey(figure)
    const known = seriesByKey.get(key)
    if (known !== undefined) {
      return known
    }
    const seriesId = workspace.metrics.insertSeries({
      familyId,
      label: figure.label,
      unit: figure.unit,
      displayUnit: figure.displayUnit,
      qualifier: figure.qualifier,
      kind: figure.kind,
      baseSeriesId,
      bindingStatus: 'proposed',
    })
    workspace.metrics.writeValue({
      seriesId,
      year,
      value: figure.value,
      displayUnit: figure.displayUnit,
      qualifier: figure.qualifier,
      source: 'import',
    })
    seriesByKey.set(key, seriesId)
    return seriesId
  }

  return (text) => {
    const nodes: DocumentNode[] = []
    let cursor = 0
    let clauseAmount: number | null = null
    for (const figure of extractFigures(text)) {
      const between = text.slice(cursor, figure.start)
      if (clauseBreak.test(between)) {
        clauseAmount = null
      }
      if (between) {
        nodes.push({ type: 'text', text: between })
      }
      const isChange = figure.kind === 'change'
      const seriesId = seriesFor(figure, isChange ? clauseAmount : null)
      if (!isChange && figure.kind !== 'rate') {
        clauseAmount = seriesId
      }
      nodes.push({ type: 'metric', attrs: { seriesId, ...figure.style } })
      cursor = figure.end
    }
    if (cursor < text.length) {
      nodes.push({ type: 'text', text: text.slice(cursor) })
    }
    return nodes
  }
}
