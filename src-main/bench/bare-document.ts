import type { DocumentMark, DocumentNode } from '../shared/document/document-json'
import type { MetricAttributes } from '../shared/document/metric-node'
import { metricAttributesOf } from '../shared/document/metric-node'
import { textAttribute } from '../shared/document/text-attribute'

export interface BareDocumentContext {
  renderFigure: (attributes: MetricAttributes) => string
  imageSource: (assetId: number) => string
}

function bareMark(mark: DocumentMark): DocumentMark {
  return mark.type === 'leadSentence' ? { type: 'bold' } : mark
}

function bareNode(node: DocumentNode, context: BareDocumentContext): DocumentNode {
  const marks = node.marks?.map(bareMark)
  if (node.type === 'metric') {
    return {
      type: 'text',
      text: context.renderFigure(metricAttributesOf(node.attrs)),
      ...(marks ? { marks } : {}),
    }
  }
  if (node.type === 'reportImage') {
    const src = context.imageSource(Number(node.attrs?.assetId ?? 0))
    return { type: 'image', attrs: { src, alt: textAttribute(node.attrs, 'caption') } }
  }
  return {
    ...node,
    ...(marks ? { marks } : {}),
    ...(node.content ? { content: node.content.map((child) => bareNode(child, context)) } : {}),
  }
}

/**
 * Section bodies as one document a bare Tiptap editor (StarterKit, table, image) holds: figures
 * as the text the app shows, lead sentences as bold, pictures as images.
 */
export function bareDocument(docs: DocumentNode[], context: BareDocumentContext): DocumentNode {
  return {
    type: 'doc',
    content: docs.flatMap((doc) => (doc.content ?? []).map((node) => bareNode(node, context))),
  }
}
