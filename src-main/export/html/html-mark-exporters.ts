import type { DocumentMark, DocumentNode } from '../../shared/document/document-json'
import type { MarkName } from '../../shared/document/node-names'
import { escapeHtml } from './escape-html'
import { htmlStyles } from './html-styles'
import { safeHref } from './safe-href'

/** How a mark wraps the HTML of the run (`node`) it sits on. */
export type HtmlMarkExporter = (html: string, mark: DocumentMark, node: DocumentNode) => string

/** Whether a run shows text; a link around only spaces or a line break would be an empty link. */
function showsText(node: DocumentNode): boolean {
  return node.type === 'metric' || (node.text ?? '').trim() !== ''
}

/**
 * The HTML export's marks; a mark added to the schema is a type error here. A link whose target
 * is not http, https or mailto, or that shows no text, is dropped and leaves its content.
 */
export const htmlMarkExporters: Record<MarkName, HtmlMarkExporter> = {
  bold: (html) => `<strong style="${htmlStyles.bold}">${html}</strong>`,
  italic: (html) => `<em style="${htmlStyles.italic}">${html}</em>`,
  link: (html, mark, node) => {
    const href = safeHref(mark.attrs?.href)
    if (!href || !showsText(node)) {
      return html
    }
    return `<a href="${escapeHtml(href)}" style="${htmlStyles.link}">${html}</a>`
  },
  leadSentence: (html) => `<strong style="${htmlStyles.leadSentence}">${html}</strong>`,
}
