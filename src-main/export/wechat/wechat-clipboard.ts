import { chartAttributesOf } from '../../shared/charts/chart-node'
import type { DocumentNode } from '../../shared/document/document-json'
import { documentPlainText } from '../../shared/document/plain-text'
import { textAttribute } from '../../shared/document/text-attribute'
import type { HtmlExportInput } from '../html/render-report-article'
import { renderReportArticleWithSlots } from '../html/render-report-article'
import { photoCaptionText } from '../photo-caption-text'
import { scriptedText } from '../scripted-text'
import { PhotoMarkers } from './photo-markers'
import type { WechatProfile } from './wechat-profile'

function paragraphOf(text: string): DocumentNode {
  return { type: 'paragraph', content: text ? [{ type: 'text', text }] : [] }
}

/** The document with each photo or chart as its marker line and its caption line, in reading order. */
function withMarkers(
  node: DocumentNode,
  markers: PhotoMarkers,
  chartCaption: (node: DocumentNode) => string,
): DocumentNode[] {
  if (node.type === 'chart') {
    const caption = chartCaption(node)
    return [paragraphOf(markers.next()), ...(caption ? [paragraphOf(caption)] : [])]
  }
  if (node.type === 'reportImage') {
    const caption = photoCaptionText(
      textAttribute(node.attrs, 'caption'),
      textAttribute(node.attrs, 'credit'),
    )
    return [paragraphOf(markers.next()), ...(caption ? [paragraphOf(caption)] : [])]
  }
  if (!node.content) {
    return [node]
  }
  return [
    {
      ...node,
      content: node.content.flatMap((child) => withMarkers(child, markers, chartCaption)),
    },
  ]
}

/**
 * What "复制到公众号" puts on the clipboard: the styled article with 【图1】, 【图2】… where the
 * photos go (公众号's editor drops pictures pasted as data), and the same as plain text, one
 * line a paragraph, so the editor uploads 01.jpg at 【图1】.
 */
export function wechatClipboard(
  input: HtmlExportInput,
  profile: WechatProfile,
): { html: string; text: string } {
  const html = renderReportArticleWithSlots(input, new PhotoMarkers(profile.photoMarker))
  const markers = new PhotoMarkers(profile.photoMarker)
  const renderText = (attributes: Parameters<HtmlExportInput['renderFigure']>[0]) =>
    input.renderFigure(attributes).text
  const chartCaption = (node: DocumentNode) => {
    const drawn = input.renderChart(chartAttributesOf(node.attrs))
    return 'problem' in drawn ? `【图表无法绘制：${drawn.problem}】` : drawn.spec.caption
  }
  const text = input.sections
    .flatMap((section) => withMarkers(section.doc, markers, chartCaption))
    .map((doc) => documentPlainText(doc, renderText))
    .join('\n')
  const plain = scriptedText(text)
    .map((piece) => piece.text)
    .join('')
  return { html, text: plain }
}
