import type { DocumentNode } from './document-json'
import type { MetricAttributes } from './metric-node'
import { metricAttributesOf } from './metric-node'
import type { NodeName } from './node-names'

type BlockRenderer = (node: DocumentNode, render: (node: DocumentNode) => string) => string

/** Renders figures for plain text; callers bind it to the report's values. */
export type FigureRenderer = (attributes: MetricAttributes) => string

function children(node: DocumentNode, render: (node: DocumentNode) => string, separator = ''): string {
  return (node.content ?? []).map(render).join(separator)
}

/** Plain-text rendering keyed by node name: block nodes are lines, inline nodes are their text. */
function plainTextRenderers(renderFigure: FigureRenderer): Record<NodeName, BlockRenderer> {
  const lines: BlockRenderer = (node, render) => children(node, render, '\n')
  const inline: BlockRenderer = (node, render) => children(node, render)
  return {
    doc: lines,
    paragraph: inline,
    heading: inline,
    blockquote: lines,
    bulletList: lines,
    orderedList: lines,
    listItem: lines,
    table: lines,
    tableRow: (node, render) => children(node, render, '\t'),
    tableCell: (node, render) => children(node, render, ' '),
    tableHeader: (node, render) => children(node, render, ' '),
    text: (node) => node.text ?? '',
    hardBreak: () => '\n',
    metric: (node) => renderFigure(metricAttributesOf(node.attrs)),
    reportImage: (node) => String(node.attrs?.caption ?? ''),
  }
}

/** A section body as plain text, one line per paragraph, figures rendered by `renderFigure`. */
export function documentPlainText(doc: DocumentNode, renderFigure: FigureRenderer): string {
  const renderers = plainTextRenderers(renderFigure)
  const render = (node: DocumentNode): string => {
    const renderer = renderers[node.type as NodeName] as BlockRenderer | undefined
    return renderer ? renderer(node, render) : children(node, render)
  }
  return render(doc)
}
