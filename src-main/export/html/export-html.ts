import { escapeHtml } from './escape-html'
import { htmlStyles } from './html-styles'
import type { HtmlExportInput } from './render-report-article'
import { renderReportArticleWithSlots } from './render-report-article'
import { PictureSlots } from './picture-slots'

function documentWithSlots(input: HtmlExportInput, pictures: PictureSlots): string {
  const title = input.title.trim() || '答卷'
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="答卷">',
    `<title>${escapeHtml(title)}</title>`,
    '</head>',
    `<body style="${htmlStyles.body}">`,
    renderReportArticleWithSlots(input, pictures),
    '</body>',
    '</html>',
    '',
  ].join('\n')
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
