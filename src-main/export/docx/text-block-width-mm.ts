import type { ExportProfile } from './export-profile'

/** The width of the page's text block (版心) in mm: the paper less both margins and the binding. */
export function textBlockWidthMm(page: ExportProfile['page']): number {
  const { marginMm } = page
  return page.widthMm - marginMm.left - marginMm.right - marginMm.binding
}
