import type { MetricAttributes } from '../shared/document/metric-node'
import { documentPlainText } from '../shared/document/plain-text'
import type { Workspace } from '../workspace/workspace'
import { exportHtmlFile } from './html/export-html'
import { renderReportArticle } from './html/render-report-article'
import type { ReportExportOptions } from './report-export-source'
import { reportExportSource } from './report-export-source'

/** Which part of a report to export. */
export type HtmlExportOptions = ReportExportOptions

/** A report (or some of its sections) as one standalone HTML file with inline styles: its bytes. */
export function exportReportHtml(
  workspace: Workspace,
  reportId: number,
  options: HtmlExportOptions = {},
): Buffer {
  return exportHtmlFile(reportExportSource(workspace, reportId, options))
}

/**
 * What "copy as rich text" puts on the clipboard: `html` is the styled <article> fragment that
 * pastes into WeChat's editor or a CMS, `text` the same report as plain text, one line a paragraph.
 */
export function exportReportClipboard(
  workspace: Workspace,
  reportId: number,
  options: HtmlExportOptions = {},
): { html: string; text: string } {
  const source = reportExportSource(workspace, reportId, options)
  const renderText = (attributes: MetricAttributes) => source.renderFigure(attributes).text
  return {
    html: renderReportArticle(source),
    text: source.sections.map((section) => documentPlainText(section.doc, renderText)).join('\n'),
  }
}
