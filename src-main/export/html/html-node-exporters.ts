import { imageMimeTypes } from '../../assets/image-type'
import { imagePixelSize } from '../../assets/image-pixel-size'
import { chartAttributesOf } from '../../shared/charts/chart-node'
import type { DocumentNode } from '../../shared/document/document-json'
import { metricAttributesOf } from '../../shared/document/metric-node'
import type { MarkName, NodeName } from '../../shared/document/node-names'
import { escapeHtml } from './escape-html'
import type { HtmlMarkExporter } from './html-mark-exporters'
import { htmlMarkExporters } from './html-mark-exporters'
import type { HtmlRenderContext } from './html-render-context'
import { htmlStyles } from './html-styles'
import { textAttribute } from '../../shared/document/text-attribute'
import { wrapStrayInlines } from '../../shared/document/wrap-stray-inlines'
import { photoCaptionText } from '../photo-caption-text'
import { scriptedText } from '../scripted-text'

type HtmlNodeExporter =
  | { block: (node: DocumentNode, context: HtmlRenderContext) => string }
  | { inline: (node: DocumentNode, context: HtmlRenderContext) => string }

const embeddableImageTypes = new Set<string>(imageMimeTypes)

type Attributes = Record<string, string | number | undefined>

/** An opening tag with its attributes (escaped here, undefined ones left out) and inline style. */
function startTag(name: string, style: string, attributes: Attributes = {}): string {
  const written = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeHtml(String(value))}"`)
    .join('')
  return `<${name}${written} style="${style}">`
}

function element(
  name: string,
  style: string,
  content: string,
  attributes: Attributes = {},
): string {
  return `${startTag(name, style, attributes)}${content}</${name}>`
}

function paragraphOf(node: DocumentNode, context: HtmlRenderContext): string {
  const content = renderInlines(node.content ?? [], context)
  return element('p', htmlStyles.paragraph[context.role], content)
}

function headingOf(node: DocumentNode, context: HtmlRenderContext): string {
  const content = renderInlines(node.content ?? [], context)
  if (content === '') {
    return ''
  }
  const level = Number(node.attrs?.level ?? 2)
  if (level <= 1) {
    return element('h1', htmlStyles.heading1, content)
  }
  if (level === 2) {
    return element('h2', htmlStyles.heading2, content)
  }
  return element('h3', htmlStyles.heading3, content)
}

function figureOf(node: DocumentNode, context: HtmlRenderContext): string {
  const caption = textAttribute(node.attrs, 'caption')
  const image = context.loadImage(Number(node.attrs?.assetId ?? 0))
  // The picture's own shape, as seen (EXIF orientation applied, as browsers do).
  const size = image ? imagePixelSize(image.bytes, image.mimeType) : undefined
  const picture =
    image && embeddableImageTypes.has(image.mimeType)
      ? context.pictures.place({
          mimeType: image.mimeType,
          bytes: image.bytes,
          alt: caption,
          widthPx: size?.widthPx,
          heightPx: size?.heightPx,
        })
      : element('p', htmlStyles.missingImage, '【图片缺失】')
  const captionText = photoCaptionText(caption, textAttribute(node.attrs, 'credit'))
  const figcaption = captionText
    ? element('figcaption', htmlStyles.caption, escapeHtml(captionText))
    : ''
  return element('figure', htmlStyles.figure, `${picture}${figcaption}`)
}

/**
 * A chart drawn from its series now, placed by the picture sink (inline SVG, a PNG file or a
 * marker), with its caption; one that cannot be drawn says why, highlighted like a missing photo.
 */
function chartOf(node: DocumentNode, context: HtmlRenderContext): string {
  const drawn = context.renderChart(chartAttributesOf(node.attrs))
  if ('problem' in drawn) {
    const text = escapeHtml(`【图表无法绘制：${drawn.problem}】`)
    return element('figure', htmlStyles.figure, element('p', htmlStyles.missingImage, text))
  }
  const { spec, svg } = drawn
  const picture = context.pictures.placeChart({
    svg,
    alt: spec.alt,
    widthPx: spec.width,
    heightPx: spec.height,
  })
  const caption = spec.caption
    ? element('figcaption', htmlStyles.caption, escapeHtml(spec.caption))
    : ''
  return element('figure', htmlStyles.figure, `${picture}${caption}`, { 'data-chart': '' })
}

/** Text with the sources' PM_{2.5} notation set as a real subscript (or superscript). */
function scriptedHtml(text: string): string {
  return scriptedText(text)
    .map((piece) => {
      const escaped = escapeHtml(piece.text)
      return piece.script ? element(piece.script, htmlStyles[piece.script], escaped) : escaped
    })
    .join('')
}

function tableCellOf(node: DocumentNode, context: HtmlRenderContext, header: boolean): string {
  const colspan = Number(node.attrs?.colspan ?? 1)
  const rowspan = Number(node.attrs?.rowspan ?? 1)
  const spans = {
    colspan: colspan > 1 ? colspan : undefined,
    rowspan: rowspan > 1 ? rowspan : undefined,
  }
  const content = renderBlocks(node.content ?? [], { ...context, role: 'tableText' }).join('')
  if (header) {
    const scope = context.tableRowIndex === 0 ? 'col' : 'row'
    return element('th', htmlStyles.tableHeader, content, { scope, ...spans })
  }
  return element('td', htmlStyles.tableCell, content, spans)
}

function listOf(name: 'ul' | 'ol', node: DocumentNode, context: HtmlRenderContext): string {
  const start = Number(node.attrs?.start ?? 1)
  const items = renderBlocks(node.content ?? [], { ...context, role: 'listText' }).join('')
  const attributes = { start: name === 'ol' && start !== 1 ? start : undefined }
  return element(name, htmlStyles.list, items, attributes)
}

/** The HTML export keyed by node name: a node added to the schema is a type error here. */
const htmlNodeExporters: Record<NodeName, HtmlNodeExporter> = {
  doc: { block: (node, context) => renderBlocks(node.content ?? [], context).join('\n') },
  paragraph: { block: paragraphOf },
  heading: { block: headingOf },
  blockquote: {
    block: (node, context) => {
      const content = renderBlocks(node.content ?? [], context).join('')
      return element('blockquote', htmlStyles.blockquote, content)
    },
  },
  bulletList: { block: (node, context) => listOf('ul', node, context) },
  orderedList: { block: (node, context) => listOf('ol', node, context) },
  listItem: {
    block: (node, context) => {
      const content = renderBlocks(node.content ?? [], context).join('')
      return element('li', htmlStyles.listItem, content)
    },
  },
  table: {
    block: (node, context) => {
      const rows = (node.content ?? []).map((row, tableRowIndex) =>
        renderBlocks([row], { ...context, tableRowIndex }).join(''),
      )
      return element('table', htmlStyles.table, `<tbody>${rows.join('')}</tbody>`)
    },
  },
  tableRow: {
    block: (node, context) => `<tr>${renderBlocks(node.content ?? [], context).join('')}</tr>`,
  },
  tableHeader: { block: (node, context) => tableCellOf(node, context, true) },
  tableCell: { block: (node, context) => tableCellOf(node, context, false) },
  text: { inline: (node) => scriptedHtml(node.text ?? '') },
  hardBreak: { inline: () => '<br>' },
  metric: {
    inline: (node, context) => {
      const figure = context.renderFigure(metricAttributesOf(node.attrs))
      const text = escapeHtml(figure.text)
      return figure.pending ? element('span', htmlStyles.pendingFigure, text) : text
    },
  },
  reportImage: { block: figureOf },
  chart: { block: chartOf },
}

function exporterOf(node: DocumentNode): HtmlNodeExporter | undefined {
  return htmlNodeExporters[node.type as NodeName] as HtmlNodeExporter | undefined
}

/** Wraps a run in its marks, the first mark outermost as ProseMirror orders them. */
function withMarks(html: string, node: DocumentNode): string {
  return (node.marks ?? []).reduceRight((inner, mark) => {
    const exporter = htmlMarkExporters[mark.type as MarkName] as HtmlMarkExporter | undefined
    return exporter ? exporter(inner, mark, node) : inner
  }, html)
}

function renderInlines(nodes: DocumentNode[], context: HtmlRenderContext): string {
  return nodes
    .map((node) => {
      const exporter = exporterOf(node)
      const html =
        exporter && 'inline' in exporter
          ? exporter.inline(node, context)
          : renderInlines(node.content ?? [], context)
      return withMarks(html, node)
    })
    .join('')
}

function isInlineNode(node: DocumentNode): boolean {
  const exporter = exporterOf(node)
  return exporter !== undefined && 'inline' in exporter
}

/** Renders block nodes, one string each; stray inline nodes at block level become a paragraph. */
function renderBlocks(nodes: DocumentNode[], context: HtmlRenderContext): string[] {
  return wrapStrayInlines(nodes, isInlineNode)
    .flatMap((node) => {
      const exporter = exporterOf(node)
      return exporter && 'block' in exporter
        ? [exporter.block(node, context)]
        : renderBlocks(node.content ?? [], context)
    })
    .filter((block) => block !== '')
}

/** A section body as HTML, one block per line, every paragraph set as `context.role`. */
export function renderHtmlBlocks(doc: DocumentNode, context: HtmlRenderContext): string {
  return renderBlocks([doc], context).join('\n')
}
