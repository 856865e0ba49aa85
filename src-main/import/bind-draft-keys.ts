import type { DocumentNode } from '../shared/document/document-json'
import type { SectionDraft } from '../sections/section-draft'

/** The stored ids of an import's drafts, in draft order. */
export interface StoredDraftIds {
  seriesIds: number[]
  assetIds: number[]
}

function bindNode(node: DocumentNode, ids: StoredDraftIds): DocumentNode {
  if (node.type === 'metric' && node.attrs && 'seriesDraft' in node.attrs) {
    const { seriesDraft, ...attrs } = node.attrs
    return { ...node, attrs: { seriesId: ids.seriesIds[Number(seriesDraft)], ...attrs } }
  }
  if (node.type === 'reportImage' && node.attrs && 'imageDraft' in node.attrs) {
    const { imageDraft, ...attrs } = node.attrs
    return { ...node, attrs: { assetId: ids.assetIds[Number(imageDraft)], ...attrs } }
  }
  return node.content
    ? { ...node, content: node.content.map((child) => bindNode(child, ids)) }
    : node
}

/** The sections with every draft key (`seriesDraft`, `imageDraft`) replaced by the stored id. */
export function bindDraftKeys(sections: SectionDraft[], ids: StoredDraftIds): SectionDraft[] {
  return sections.map((section) => ({
    ...section,
    doc: bindNode(section.doc, ids),
    children: bindDraftKeys(section.children, ids),
  }))
}
