import type { DocumentNode } from '../document/document-json'
import type { Section } from '../sections/section'

/** Where a bound figure sits: its section and its order among that section's figures. */
export interface MetricOccurrence {
  seriesId: number
  sectionId: number
  sectionTitle: string
  /** 0-based position among the metric nodes of the section, in reading order. */
  index: number
}

function visit(node: DocumentNode, onMetric: (node: DocumentNode) => void): void {
  if (node.type === 'metric') {
    onMetric(node)
  }
  for (const child of node.content ?? []) {
    visit(child, onMetric)
  }
}

/** Every bound figure of the given sections, in reading order per section. */
export function findMetricOccurrences(sections: Section[]): MetricOccurrence[] {
  const occurrences: MetricOccurrence[] = []
  for (const section of sections) {
    let index = 0
    visit(section.doc, (node) => {
      occurrences.push({
        seriesId: Number(node.attrs?.seriesId),
        sectionId: section.id,
        sectionTitle: section.title,
        index: index++,
      })
    })
  }
  return occurrences
}

/**
 * A copy of the document with each metric node replaced by what `replace` returns
 * (the same node, other nodes, or nothing); adjacent text nodes with equal marks are joined.
 */
export function replaceMetricNodes(
  doc: DocumentNode,
  replace: (node: DocumentNode) => DocumentNode[],
): DocumentNode {
  if (!doc.content) {
    return doc
  }
  const content: DocumentNode[] = []
  for (const child of doc.content) {
    const replaced = child.type === 'metric' ? replace(child) : [replaceMetricNodes(child, replace)]
    for (const node of replaced) {
      const previous = content.at(-1)
      const sameMarks = JSON.stringify(previous?.marks ?? []) === JSON.stringify(node.marks ?? [])
      if (previous?.type === 'text' && node.type === 'text' && sameMarks) {
        content[content.length - 1] = {
          ...previous,
          text: (previous.text ?? '') + (node.text ?? ''),
        }
      } else {
        content.push(node)
      }
    }
  }
  return { ...doc, content }
}
