import type { DocumentNode } from './document-json'
import type { FigureRenderer } from './document-text-map'
import { documentTextMap } from './document-text-map'

/** A section body as plain text, one line per paragraph, figures rendered by `renderFigure`. */
export function documentPlainText(doc: DocumentNode, renderFigure: FigureRenderer): string {
  return documentTextMap(doc, renderFigure).text
}
