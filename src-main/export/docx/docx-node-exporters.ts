import type { FileChild, ParagraphChild } from 'docx'
import {
  AlignmentType,
  ExternalHyperlink,
  HighlightColor,
  ImageRun,
  LineRuleType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import { chartAttributesOf } from '../../shared/charts/chart-node'
import { chartPixelWidth } from '../../charts/render-chart-png'
import { chartTheme } from '../../charts/chart-theme'
import type { DocumentMark, DocumentNode } from '../../shared/document/document-json'
import { metricAttributesOf } from '../../shared/document/metric-node'
import type { MarkName, NodeName } from '../../shared/document/node-names'
import { docxMarkFormats } from './docx-mark-formats'
import type { RunPiece } from './merge-run-pieces'
import { mergeRunPieces } from './merge-run-pieces'
import type { DocxRenderContext, RunFormat } from './docx-render-context'
import { docxStyleIdentity } from './docx-style-identities'
import { eastAsianHint } from './east-asian-hint'
import type { ParagraphRole } from './export-profile'
import { textBlockWidthMm } from './text-block-width-mm'
import { imagePixelSize } from '../../assets/image-pixel-size'
import { fitPicture } from '../fit-picture'
import { photoCaptionText } from '../photo-caption-text'
import { scriptedText } from '../scripted-text'
import { textAttribute } from '../../shared/document/text-attribute'
import { wrapStrayInlines } from '../../shared/document/wrap-stray-inlines'

type NodeExporter =
  | { block: (node: DocumentNode, context: DocxRenderContext) => FileChild[] }
  | { inline: (node: DocumentNode, context: DocxRenderContext, format: RunFormat) => RunPiece[] }
  | { row: (node: DocumentNode, context: DocxRenderContext) => TableRow }
  | { cell: (node: DocumentNode, context: DocxRenderContext) => TableCell }

const headingRoles: ParagraphRole[] = ['heading2', 'heading3', 'heading4']
const pixelsPerMm = 96 / 25.4
const imageTypes: Record<string, 'png' | 'jpg' | 'gif' | 'bmp'> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/bmp': 'bmp',
}

function headingRole(level: number, context: DocxRenderContext): ParagraphRole {
  if (level <= 1) {
    return 'title'
  }
  if (level === 2) {
    return context.profile.outline.sectionHeadingRole
  }
  return headingRoles[Math.min(level - 3, headingRoles.length - 1)]
}

function formatWithMarks(node: DocumentNode, format: RunFormat): RunFormat {
  return (node.marks ?? []).reduce((current, mark) => {
    const apply = docxMarkFormats[mark.type as MarkName] as
      ((format: RunFormat, mark: DocumentMark) => RunFormat) | undefined
    return apply ? apply(current, mark) : current
  }, format)
}

/**
 * One run. Fonts and sizes come from the paragraph's and character's styles, so a restyled 正文
 * is followed; the run states only what differs (bold, italics, a script, a pending figure's
 * highlight) and the East Asian hint where its punctuation needs one.
 */
function textRun(context: DocxRenderContext, piece: RunPiece): ParagraphChild {
  const { format } = piece
  const characterStyle = format.characterRole
    ? docxStyleIdentity(format.characterRole, context.profile).id
    : undefined
  const run = new TextRun({
    text: piece.text,
    break: piece.break,
    font: eastAsianHint(piece.text),
    bold: format.bold,
    italics: format.italics,
    subScript: piece.script === 'sub' ? true : undefined,
    superScript: piece.script === 'super' ? true : undefined,
    style: characterStyle ?? (format.link ? 'Hyperlink' : undefined),
    highlight: piece.highlight ? HighlightColor.YELLOW : undefined,
  })
  return format.link ? new ExternalHyperlink({ link: format.link, children: [run] }) : run
}

function runsOf(pieces: RunPiece[], context: DocxRenderContext): ParagraphChild[] {
  return mergeRunPieces(pieces).map((piece) => textRun(context, piece))
}

function paragraphOf(
  role: ParagraphRole,
  children: ParagraphChild[],
  context: DocxRenderContext,
  keepNext?: boolean,
) {
  const { spaceAfterPt } = context
  return new Paragraph({
    style: docxStyleIdentity(role, context.profile).id,
    children,
    numbering: context.list,
    keepNext: keepNext || undefined,
    spacing: spaceAfterPt === undefined ? undefined : { after: Math.round(spaceAfterPt * 20) },
  })
}

/** A line set wholly in bold or as a lead sentence reads as a heading: it keeps with the next. */
function isBoldLine(node: DocumentNode): boolean {
  const inlines = (node.content ?? []).filter(
    (child) => child.type === 'metric' || (child.text ?? '').trim() !== '',
  )
  return (
    inlines.length > 0 &&
    inlines.every((child) =>
      (child.marks ?? []).some((mark) => mark.type === 'bold' || mark.type === 'leadSentence'),
    )
  )
}

function imageBlocks(node: DocumentNode, context: DocxRenderContext): FileChild[] {
  const captionContext = { ...context, role: 'caption' as const, list: undefined }
  const caption = textAttribute(node.attrs, 'caption')
  const captionText = photoCaptionText(caption, textAttribute(node.attrs, 'credit'))
  const assetId = Number(node.attrs?.assetId ?? 0)
  const image = context.loadImage(assetId)
  const imageType = image ? imageTypes[image.mimeType] : undefined
  const blocks: FileChild[] = []
  if (image && imageType) {
    const { page, pictures } = context.profile
    const box = {
      maxWidth: Math.floor(textBlockWidthMm(page) * pixelsPerMm),
      maxHeight: Math.floor(pictures.maxHeightMm * pixelsPerMm),
    }
    // A picture whose header cannot be read is set at 4:3, the shape most cameras take.
    const size = imagePixelSize(image.bytes, image.mimeType) ?? {
      widthPx: 4,
      heightPx: 3,
      orientation: 1,
    }
    blocks.push(
      new Paragraph({
        style: docxStyleIdentity('caption', context.profile).id,
        alignment: AlignmentType.CENTER,
        keepNext: captionText !== '' || undefined,
        // An exact line height (公文 captions) would crop the photo to one line.
        spacing: { line: 240, lineRule: LineRuleType.AUTO },
        children: [
          new ImageRun({
            type: imageType,
            data: context.media.placeholder(assetId, image.bytes, size.orientation),
            transformation: fitPicture(size, box),
            altText: { name: caption || 'image', description: captionText, title: caption },
          }),
        ],
      }),
    )
  } else {
    blocks.push(
      paragraphOf(
        'caption',
        [textRun(captionContext, { format: {}, text: '【图片缺失】', highlight: true })],
        captionContext,
      ),
    )
  }
  if (captionText) {
    blocks.push(
      paragraphOf(
        'caption',
        [textRun(captionContext, { format: {}, text: captionText })],
        captionContext,
      ),
    )
  }
  return blocks
}

/**
 * A chart as a picture set like a photo: a centred paragraph holding a PNG drawn at the theme's
 * print resolution (300 dpi) for the width it is set at (the 8 cm it is drawn for, or the text
 * block when narrower), its text alternative as the picture's description, then its caption.
 * A chart that cannot be drawn is a highlighted line saying why.
 */
function chartBlocks(node: DocumentNode, context: DocxRenderContext): FileChild[] {
  const captionContext = { ...context, role: 'caption' as const, list: undefined }
  const drawn = context.renderChart(chartAttributesOf(node.attrs))
  if ('problem' in drawn) {
    const text = `【图表无法绘制：${drawn.problem}】`
    return [
      paragraphOf(
        'caption',
        [textRun(captionContext, { format: {}, text, highlight: true })],
        captionContext,
      ),
    ]
  }
  const { spec, svg } = drawn
  const widthMm = Math.min(textBlockWidthMm(context.profile.page), chartTheme.printWidthMm)
  const box = {
    maxWidth: Math.floor(widthMm * pixelsPerMm),
    maxHeight: Math.floor(context.profile.pictures.maxHeightMm * pixelsPerMm),
  }
  const fitted = fitPicture({ widthPx: spec.width, heightPx: spec.height }, box)
  return [
    new Paragraph({
      style: docxStyleIdentity('caption', context.profile).id,
      alignment: AlignmentType.CENTER,
      keepNext: spec.caption !== '' || undefined,
      spacing: { line: 240, lineRule: LineRuleType.AUTO },
      children: [
        new ImageRun({
          type: 'png',
          // 300 dpi at the width set: 945 px for 8 cm, the picture the editor's drawing left ready.
          data: context.media.chartPlaceholder(
            svg,
            Math.round((chartPixelWidth(widthMm) * fitted.width) / box.maxWidth),
          ),
          transformation: fitted,
          altText: { name: spec.caption || 'chart', description: spec.alt, title: spec.caption },
        }),
      ],
    }),
    ...(spec.caption
      ? [
          paragraphOf(
            'caption',
            [textRun(captionContext, { format: {}, text: spec.caption })],
            captionContext,
          ),
        ]
      : []),
  ]
}

function tableCell(node: DocumentNode, context: DocxRenderContext, header: boolean): TableCell {
  const cellContext: DocxRenderContext = {
    ...context,
    role: 'tableText',
    list: undefined,
    format: header ? { ...context.format, bold: true } : context.format,
  }
  const children = renderBlocks(node.content ?? [], cellContext).filter(
    (child): child is Paragraph | Table => child instanceof Paragraph || child instanceof Table,
  )
  const colspan = Number(node.attrs?.colspan ?? 1)
  const rowspan = Number(node.attrs?.rowspan ?? 1)
  return new TableCell({
    children: children.length > 0 ? children : [paragraphOf('tableText', [], cellContext)],
    columnSpan: colspan > 1 ? colspan : undefined,
    rowSpan: rowspan > 1 ? rowspan : undefined,
    shading: header ? { type: ShadingType.CLEAR, fill: 'EDEDED', color: 'auto' } : undefined,
  })
}

function listBlocks(
  node: DocumentNode,
  context: DocxRenderContext,
  reference: string,
): FileChild[] {
  const level = context.list ? context.list.level + 1 : 0
  return renderBlocks(node.content ?? [], {
    ...context,
    list: { reference, level: Math.min(level, 8) },
  })
}

/** The Word export keyed by node name: a node added to the schema is a type error here. */
const docxNodeExporters: Record<NodeName, NodeExporter> = {
  doc: { block: (node, context) => renderBlocks(node.content ?? [], context) },
  paragraph: {
    block: (node, context) => [
      paragraphOf(context.role, renderInlines(node, context), context, isBoldLine(node)),
    ],
  },
  heading: {
    block: (node, context) => {
      const role = headingRole(Number(node.attrs?.level ?? 2), context)
      const headingContext = { ...context, role }
      return [paragraphOf(role, renderInlines(node, headingContext), headingContext)]
    },
  },
  blockquote: { block: (node, context) => renderBlocks(node.content ?? [], context) },
  bulletList: { block: (node, context) => listBlocks(node, context, 'dajuan-bullet') },
  orderedList: { block: (node, context) => listBlocks(node, context, 'dajuan-ordered') },
  listItem: { block: (node, context) => renderBlocks(node.content ?? [], context) },
  table: {
    block: (node, context) => [
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: (node.content ?? []).map((row) => renderRow(row, context)),
      }),
    ],
  },
  tableRow: {
    row: (node, context) =>
      new TableRow({ children: (node.content ?? []).map((cell) => renderCell(cell, context)) }),
  },
  tableHeader: { cell: (node, context) => tableCell(node, context, true) },
  tableCell: { cell: (node, context) => tableCell(node, context, false) },
  text: {
    inline: (node, _context, format) =>
      scriptedText(node.text ?? '').map((piece) => ({ format, ...piece })),
  },
  hardBreak: { inline: (_node, _context, format) => [{ format, break: 1 }] },
  metric: {
    inline: (node, context, format) => {
      const figure = context.renderFigure(metricAttributesOf(node.attrs))
      return [{ format, text: figure.text, highlight: figure.pending }]
    },
  },
  reportImage: { block: imageBlocks },
  chart: { block: chartBlocks },
}

function exporterOf(node: DocumentNode): NodeExporter | undefined {
  return docxNodeExporters[node.type as NodeName] as NodeExporter | undefined
}

function renderRow(node: DocumentNode, context: DocxRenderContext): TableRow {
  const exporter = exporterOf(node)
  if (exporter && 'row' in exporter) {
    return exporter.row(node, context)
  }
  return new TableRow({ children: [renderCell(node, context)] })
}

function renderCell(node: DocumentNode, context: DocxRenderContext): TableCell {
  const exporter = exporterOf(node)
  if (exporter && 'cell' in exporter) {
    return exporter.cell(node, context)
  }
  return tableCell({ type: 'tableCell', content: [node] }, context, false)
}

function inlinePieces(node: DocumentNode, context: DocxRenderContext): RunPiece[] {
  return (node.content ?? []).flatMap((child) => {
    const exporter = exporterOf(child)
    const format = formatWithMarks(child, context.format)
    if (exporter && 'inline' in exporter) {
      return exporter.inline(child, context, format)
    }
    return inlinePieces(child, context)
  })
}

function renderInlines(node: DocumentNode, context: DocxRenderContext): ParagraphChild[] {
  return runsOf(inlinePieces(node, context), context)
}

function isInlineNode(node: DocumentNode): boolean {
  const exporter = exporterOf(node)
  return exporter !== undefined && 'inline' in exporter
}

/** Renders block nodes; stray inline nodes at block level are gathered into a paragraph. */
function renderBlocks(nodes: DocumentNode[], context: DocxRenderContext): FileChild[] {
  return wrapStrayInlines(nodes, isInlineNode).flatMap((node) => {
    const exporter = exporterOf(node)
    return exporter && 'block' in exporter
      ? exporter.block(node, context)
      : renderBlocks(node.content ?? [], context)
  })
}

/** A section body as Word paragraphs and tables, every paragraph in `context.role` unless a heading. */
export function renderDocxBlocks(doc: DocumentNode, context: DocxRenderContext): FileChild[] {
  return renderBlocks([doc], context)
}
