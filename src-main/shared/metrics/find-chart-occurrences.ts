import type { DocumentNode } from '../document/document-json'
import type { Section } from '../sections/section'
import type { ChartAttributes } from '../charts/chart-attributes-schema'
import { chartAttributesOf } from '../charts/chart-node'

/** A chart in a report: the section it stands in and what it draws. */
export interface ChartOccurrence {
  sectionId: number
  sectionTitle: string
  /** 0-based among the section's charts, in reading order. */
  index: number
  attributes: ChartAttributes
}

function visit(node: DocumentNode, onChart: (node: DocumentNode) => void): void {
  if (node.type === 'chart') {
    onChart(node)
  }
  for (const child of node.content ?? []) {
    visit(child, onChart)
  }
}

/** Every chart of the given sections, in reading order per section. */
export function findChartOccurrences(sections: Section[]): ChartOccurrence[] {
  return sections.flatMap((section) => {
    const found: ChartOccurrence[] = []
    visit(section.doc, (node) =>
      found.push({
        sectionId: section.id,
        sectionTitle: section.title,
        index: found.length,
        attributes: chartAttributesOf(node.attrs),
      }),
    )
    return found
  })
}

/** A copy of the document whose charts draw `to` where they drew `from` (a merge of two series). */
export function replaceChartSeries(doc: DocumentNode, from: number, to: number): DocumentNode {
  if (doc.type === 'chart') {
    const ids = chartAttributesOf(doc.attrs).seriesIds
    if (!ids.includes(from)) {
      return doc
    }
    const replaced = [...new Set(ids.map((id) => (id === from ? to : id)))]
    return { ...doc, attrs: { ...doc.attrs, seriesIds: replaced } }
  }
  return doc.content
    ? { ...doc, content: doc.content.map((child) => replaceChartSeries(child, from, to)) }
    : doc
}
