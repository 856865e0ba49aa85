import type { DocumentMark, DocumentNode } from '../shared/document/document-json'
import type { MetricAttributes } from '../shared/document/metric-node'
import { metricAttributesOf } from '../shared/document/metric-node'
import type { MarkName, NodeName } from '../shared/document/node-names'
import { textAttribute } from '../shared/document/text-attribute'

/** What the Markdown writer needs besides the sections: figure text and picture files. */
export interface MarkdownContext {
  renderFigure: (attributes: MetricAttributes) => string
  /** The file name a picture was written to, relative to the Markdown file. */
  imageFile: (assetId: number) => string
}

type MarkdownNodeWriter = (node: DocumentNode, context: MarkdownContext) => string

const specialCharacters = /[\\`*_{}[\]<>#|!~^$]/g

function escapeMarkdown(text: string): string {
  return text.replace(specialCharacters, (character) => `\\${character}`)
}

const markWriters: Record<MarkName, (markdown: string, mark: DocumentMark) => string> = {
  bold: (markdown) => `**${markdown}**`,
  leadSentence: (markdown) => `**${markdown}**`,
  italic: (markdown) => `*${markdown}*`,
  link: (markdown, mark) => `[${markdown}](${textAttribute(mark.attrs, 'href')})`,
}

function inlines(nodes: DocumentNode[] | undefined, context: MarkdownContext): string {
  return (nodes ?? [])
    .map((node) =>
      (node.marks ?? []).reduce(
        (markdown, mark) => markWriters[mark.type as MarkName](markdown, mark),
        nodeWriters[node.type as NodeName](node, context),
      ),
    )
    .join('')
}

function blocks(nodes: DocumentNode[] | undefined, context: MarkdownContext): string {
  return (nodes ?? []).map((node) => nodeWriters[node.type as NodeName](node, context)).join('')
}

function prefixLines(markdown: string, first: string, rest: string): string {
  return markdown
    .trimEnd()
    .split('\n')
    .map((line, index) => (index === 0 ? first : rest) + line)
    .join('\n')
}

function cellText(cell: DocumentNode, context: MarkdownContext): string {
  return (cell.content ?? []).map((paragraph) => inlines(paragraph.content, context)).join(' ')
}

function list(
  node: DocumentNode,
  context: MarkdownContext,
  marker: (index: number) => string,
): string {
  const items = (node.content ?? []).map((item, index) =>
    prefixLines(blocks(item.content, context), marker(index), '   '),
  )
  return `${items.join('\n')}\n\n`
}

/** One writer per node of the document schema; a node added to the schema is a type error here. */
const nodeWriters: Record<NodeName, MarkdownNodeWriter> = {
  doc: (node, context) => blocks(node.content, context),
  paragraph: (node, context) => `${inlines(node.content, context)}\n\n`,
  heading: (node, context) =>
    `${'#'.repeat(Number(node.attrs?.level ?? 2))} ${inlines(node.content, context)}\n\n`,
  text: (node) => escapeMarkdown(node.text ?? ''),
  hardBreak: () => '\\\n',
  blockquote: (node, context) => `${prefixLines(blocks(node.content, context), '> ', '> ')}\n\n`,
  bulletList: (node, context) => list(node, context, () => '-  '),
  orderedList: (node, context) => list(node, context, (index) => `${index + 1}. `),
  listItem: (node, context) => blocks(node.content, context),
  table: (node, context) => {
    const rows = (node.content ?? []).map(
      (row) => `| ${(row.content ?? []).map((cell) => cellText(cell, context)).join(' | ')} |`,
    )
    const columns = node.content?.[0]?.content?.length ?? 1
    return `${[rows[0], `|${' --- |'.repeat(columns)}`, ...rows.slice(1)].join('\n')}\n\n`
  },
  tableRow: () => '',
  tableHeader: () => '',
  tableCell: () => '',
  metric: (node, context) => escapeMarkdown(context.renderFigure(metricAttributesOf(node.attrs))),
  reportImage: (node, context) => {
    const caption = [
      node.attrs?.caption,
      textAttribute(node.attrs, 'credit') ? `（${textAttribute(node.attrs, 'credit')}）` : '',
    ]
      .filter(Boolean)
      .join('')
    return `![${escapeMarkdown(caption)}](${context.imageFile(Number(node.attrs?.assetId ?? 0))})\n\n`
  },
  chart: (node) => `${escapeMarkdown(textAttribute(node.attrs, 'caption'))}\n\n`,
}

/** Section bodies as one Pandoc Markdown document: the same text, figures, tables and pictures. */
export function reportMarkdown(docs: DocumentNode[], context: MarkdownContext): string {
  return docs.map((doc) => nodeWriters.doc(doc, context)).join('')
}
