import { escapeHtml } from './escape-html'
import { htmlStyles } from './html-styles'

/** A standalone HTML document around an exported <article>, titled (答卷 when untitled). */
export function htmlDocument(title: string, article: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="答卷">',
    `<title>${escapeHtml(title.trim() || '答卷')}</title>`,
    '</head>',
    `<body style="${htmlStyles.body}">`,
    article,
    '</body>',
    '</html>',
    '',
  ].join('\n')
}
