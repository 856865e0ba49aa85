import type { DocumentNode } from '../shared/document/document-json'
import { extractFigures } from '../shared/extraction/extract-figures'
import type {
  ExtractedFigure,
  FigureKind,
  FigureQualifier,
} from '../shared/extraction/extracted-figure'

/** A series an import will create, with the value its figure states for the report's year. */
export interface SeriesDraft {
  label: string
  unit: string
  displayUnit: string
  qualifier: FigureQualifier
  kind: FigureKind
  value: number
  /** The draft (index) of the amount a change or share is about, when the text says so. */
  baseDraft: number | null
}

function draftKey(figure: ExtractedFigure, baseDraft: number | null): string {
  return [figure.label, figure.unit, figure.kind, figure.value, baseDraft].join('\u0000')
}

/**
 * An inline builder that turns every figure of a text into a `metric` node, collecting the
 * series they need as drafts instead of writing them: a node has no `seriesId` yet but a
 * `seriesDraft`, the index of its draft, which the import's one write (`persistImport`) turns
 * into the stored series' id. Identical figures
 * (same label, unit, kind, value and link) share a draft; a change or share keeps the link
 * the extractor found, and no other. Durations (连续五年, 过去三年) stay text: the calendar
 * moves them on, and a roll forward proposes 连续六年 as a suggestion instead.
 */
export function createFigureDrafter(): {
  inline: (text: string) => DocumentNode[]
  drafts: SeriesDraft[]
} {
  const drafts: SeriesDraft[] = []
  const byKey = new Map<string, number>()
  const inline = (text: string): DocumentNode[] => {
    const nodes: DocumentNode[] = []
    const figures = extractFigures(text)
    const draftOfFigure: (number | null)[] = []
    let cursor = 0
    for (const figure of figures) {
      if (figure.duration !== null) {
        draftOfFigure.push(null)
        continue
      }
      if (figure.start > cursor) {
        nodes.push({ type: 'text', text: text.slice(cursor, figure.start) })
      }
      const baseDraft = figure.linkedTo === null ? null : draftOfFigure[figure.linkedTo]
      const key = draftKey(figure, baseDraft)
      let draft = byKey.get(key)
      if (draft === undefined) {
        draft = drafts.length
        drafts.push({
          label: figure.label,
          unit: figure.unit,
          displayUnit: figure.displayUnit,
          qualifier: figure.qualifier,
          kind: figure.kind,
          value: figure.value,
          baseDraft,
        })
        byKey.set(key, draft)
      }
      draftOfFigure.push(draft)
      nodes.push({ type: 'metric', attrs: { seriesDraft: draft, ...figure.style } })
      cursor = figure.end
    }
    if (cursor < text.length) {
      nodes.push({ type: 'text', text: text.slice(cursor) })
    }
    return nodes
  }
  return { inline, drafts }
}
