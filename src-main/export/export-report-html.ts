import { documentPlainText } from '../document/plain-text'
import { AppError } from '../errors/app-error'
import { figureRendererFor } from '../metrics/metric-service'
import { requireReport } from '../reports/report-service'
import { sectionsInReadingOrder } from '../reports/report-text'
import type { Workspace } from '../workspace/workspace'
import { exportHtml } from './html/export-html'
import type { HtmlExportInput } from './html/render-report-article'
import { renderReportArticle } from './html/render-report-article'

/** Which part of a report to export. */
export interface HtmlExportOptions {
  /** Only these sections, in reading order (a heading's subsections only when listed too). */
  sectionIds?: number[]
}

/** Loads what the HTML export needs; pending figures are those without a value for the year. */
function htmlExportInput(
  workspace: Workspace,
  reportId: number,
  options: HtmlExportOptions,
): HtmlExportInput {
  const report = requireReport(workspace, reportId)
  const render = figureRendererFor(workspace, report)
  const values = workspace.metrics.listValues(report.familyId, report.year)
  const hasValue = (seriesId: number) =>
    values.some(
      (value) => value.seriesId === seriesId && value.year === report.year && value.value !== null,
    )
  const sections = sectionsInReadingOrder(workspace.sections.listByReport(reportId))
  const wanted = options.sectionIds
  const missing = wanted?.find((id) => !sections.some((section) => section.id === id))
  if (missing !== undefined) {
    throw new AppError('section_not_found', { id: missing })
  }
  return {
    title: report.title,
    sections: sections
      .filter((section) => !wanted || wanted.includes(section.id))
      .map((section) => ({ kind: section.kind, doc: section.doc })),
    renderFigure: (attributes) => ({
      text: render(attributes),
      pending: !hasValue(attributes.seriesId),
    }),
    loadImage: (assetId) => {
      const asset = workspace.assets.get(assetId)
      return asset ? { bytes: asset.bytes, mimeType: asset.mimeType } : undefined
    },
  }
}

/** A report (or some of its sections) as one standalone HTML document with inline styles. */
export function exportReportHtml(
  workspace: Workspace,
  reportId: number,
  options: HtmlExportOptions = {},
): string {
  return exportHtml(htmlExportInput(workspace, reportId, options))
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
  const input = htmlExportInput(workspace, reportId, options)
  const renderText = (attributes: Parameters<typeof input.renderFigure>[0]) =>
    input.renderFigure(attributes).text
  return {
    html: renderReportArticle(input),
    text: input.sections.map((section) => documentPlainText(section.doc, renderText)).join('\n'),
  }
}
