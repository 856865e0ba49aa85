import { escapeHtml } from './escape-html'
import { htmlStyles } from './html-styles'
import type { HtmlExportInput } from './render-report-article'
import { renderReportArticle } from './render-report-article'

/**
 * A report as one standalone HTML document: semantic markup, inline styles only, photos as data:
 * URIs, figures as their text (pending ones as the placeholder the renderer gives, highlighted).
 */
export function exportHtml(input: HtmlExportInput): string {
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
    renderReportArticle(input),
    '</body>',
    '</html>',
    '',
  ].join('\n')
}
