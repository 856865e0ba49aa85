import { htmlDocument } from './html-document'
import type { HtmlExportInput } from './render-report-article'
import { renderReportArticleWithSlots } from './render-report-article'
import { PictureSlots } from './picture-slots'

function documentWithSlots(input: HtmlExportInput, pictures: PictureSlots): string {
  return htmlDocument(input.title, renderReportArticleWithSlots(input, pictures))
}

/**
 * A report as one standalone HTML document: semantic markup, inline styles only, photos as data:
 * URIs, figures as their text (pending ones as the placeholder the renderer gives, highlighted).
 */
export function exportHtml(input: HtmlExportInput): string {
  const pictures = new PictureSlots()
  return pictures.fillAsString(documentWithSlots(input, pictures))
}

/** `exportHtml` as the file's UTF-8 bytes, the photos' base64 written straight into them. */
export function exportHtmlFile(input: HtmlExportInput): Buffer {
  const pictures = new PictureSlots()
  return pictures.fillAsBytes(documentWithSlots(input, pictures))
}
