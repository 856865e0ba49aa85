import type { DocumentNode } from '../document/document-json'
import type { SectionDraft } from '../import/outline-to-documents'
import type { Workspace } from '../workspace/workspace'
import type { SeriesDraft } from './figure-drafts'
import { uniqueSeriesLabels } from './unique-series-labels'

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
        const draft = Number(node.attrs?.seriesId) - 1
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

function remapDocument(node: DocumentNode, ids: number[]): DocumentNode {
  if (node.type === 'metric') {
    return { ...node, attrs: { ...node.attrs, seriesId: ids[Number(node.attrs?.seriesId) - 1] } }
  }
  return node.content
    ? { ...node, content: node.content.map((child) => remapDocument(child, ids)) }
    : node
}

function remapSections(sections: SectionDraft[], ids: number[]): SectionDraft[] {
  return sections.map((section) => ({
    ...section,
    doc: remapDocument(section.doc, ids),
    children: remapSections(section.children, ids),
  }))
}

/**
 * Stores an import's series drafts (labels made unique within the report, see
 * uniqueSeriesLabels) with their values for `year`, all `proposed` until a person confirms them,
 * and returns the sections with their figures bound to the stored series. Call inside the
 * import's transaction.
 */
export function persistSeriesDrafts(
  workspace: Workspace,
  familyId: string,
  year: number,
  drafts: SeriesDraft[],
  sections: SectionDraft[],
): SectionDraft[] {
  const titles = firstSectionTitles(sections, drafts.length)
  const labels = uniqueSeriesLabels(
    drafts.map((draft, index) => ({
      label: draft.label,
      unit: draft.unit,
      sectionTitle: titles[index],
    })),
  )
  const ids: number[] = []
  drafts.forEach((draft, index) => {
    const seriesId = workspace.metrics.insertSeries({
      familyId,
      label: labels[index],
      unit: draft.unit,
      displayUnit: draft.displayUnit,
      qualifier: draft.qualifier,
      kind: draft.kind,
      baseSeriesId: draft.baseDraft === null ? null : ids[draft.baseDraft],
      bindingStatus: 'proposed',
    })
    workspace.metrics.writeValue({
      seriesId,
      year,
      value: draft.value,
      displayUnit: draft.displayUnit,
      qualifier: draft.qualifier,
      source: 'import',
    })
    ids.push(seriesId)
  })
  return remapSections(sections, ids)
}
