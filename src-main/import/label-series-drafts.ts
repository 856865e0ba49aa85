import type { DocumentNode } from '../shared/document/document-json'
import type { SeriesDraft } from '../metrics/figure-drafts'
import { uniqueSeriesLabels } from '../metrics/unique-series-labels'
import type { SectionDraft } from '../sections/section-draft'

function forEachMetric(node: DocumentNode, visit: (node: DocumentNode) => void): void {
  if (node.type === 'metric') {
    visit(node)
  }
  node.content?.forEach((child) => forEachMetric(child, visit))
}

/** The title of the section each draft first appears in, in reading order. */
function firstSectionTitles(sections: SectionDraft[], draftCount: number): string[] {
  const titles: string[] = Array.from({ length: draftCount }, () => '')
  const walk = (items: SectionDraft[]) => {
    for (const section of items) {
      forEachMetric(section.doc, (node) => {
        const draft = Number(node.attrs?.seriesDraft)
        if (draft >= 0 && draft < draftCount && !titles[draft]) {
          titles[draft] = section.title
        }
      })
      walk(section.children)
    }
  }
  walk(sections)
  return titles
}

/**
 * The drafts with labels unique within the report (see uniqueSeriesLabels), told apart by unit
 * or by the section whose text first uses them.
 */
export function labelSeriesDrafts(drafts: SeriesDraft[], sections: SectionDraft[]): SeriesDraft[] {
  const titles = firstSectionTitles(sections, drafts.length)
  const labels = uniqueSeriesLabels(
    drafts.map((draft, index) => ({
      label: draft.label,
      unit: draft.unit,
      sectionTitle: titles[index],
    })),
  )
  return drafts.map((draft, index) => ({ ...draft, label: labels[index] }))
}
