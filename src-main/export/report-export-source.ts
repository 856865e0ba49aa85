import type { z } from 'zod'
import type { ChartAttributes } from '../shared/charts/chart-attributes-schema'
import type { ChartFailure, RenderedChart } from '../charts/render-report-chart'
import { reportChartRenderer } from '../charts/render-report-chart'
import type { MetricAttributes } from '../shared/document/metric-node'
import { AppError } from '../shared/errors/app-error'
import { figureRendererFrom, loadFamilyValues } from '../metrics/metric-service'
import { findMetricOccurrences } from '../shared/metrics/metric-occurrences'
import type { Report } from '../shared/reports/report'
import { requireReport } from '../reports/report-service'
import { sectionsInReadingOrder } from '../reports/report-text'
import type { Section } from '../shared/sections/section'
import type { Workspace } from '../workspace/workspace'
import type { pendingFigureSchema } from '../shared/export/export-schema'

/** Which part of a report to export. */
export interface ReportExportOptions {
  /** Only these sections, in reading order (a heading's subsections only when listed too). */
  sectionIds?: number[]
}

/** Everything an exporter reads from the workspace, whatever the format. */
export interface ReportExportSource {
  report: Report
  title: string
  /** The exported sections in reading order. */
  sections: Section[]
  /** A figure's text; `pending` when its series has no value for the report's year. */
  renderFigure: (attributes: MetricAttributes) => { text: string; pending: boolean }
  loadImage: (assetId: number) => { bytes: Buffer; mimeType: string } | undefined
  /** A chart drawn from the series' values now, or why it cannot be drawn. */
  renderChart: (attributes: ChartAttributes) => RenderedChart | ChartFailure
  /** How many figures of the exported sections come out as 【待填…】 placeholders. */
  pendingFigures: number
  /** Each of those figures, in reading order: its series' label and the section it stands in. */
  pending: PendingFigure[]
}

/** A figure exported as a 【待填…】 placeholder, named for a warning (see pendingFigureSchema). */
export type PendingFigure = z.output<typeof pendingFigureSchema>

/**
 * Loads a report (or some of its sections) for export; a section id that is not the report's
 * is refused with `section_not_found` rather than silently left out.
 */
export function reportExportSource(
  workspace: Workspace,
  reportId: number,
  options: ReportExportOptions = {},
): ReportExportSource {
  const report = requireReport(workspace, reportId)
  const { series, valueOf } = loadFamilyValues(workspace, report)
  const render = figureRendererFrom(series, valueOf, report.year)
  const isFilled = (seriesId: number) => valueOf(seriesId, report.year) !== null
  const all = sectionsInReadingOrder(workspace.sections.listByReport(reportId))
  const wanted = options.sectionIds
  const missing = wanted?.find((id) => !all.some((section) => section.id === id))
  if (missing !== undefined) {
    throw new AppError('section_not_found', { id: missing })
  }
  const sections = wanted ? all.filter((section) => wanted.includes(section.id)) : all
  const pending = findMetricOccurrences(sections)
    .filter((occurrence) => !isFilled(occurrence.seriesId))
    .map((occurrence) => ({
      label: series.get(occurrence.seriesId)?.label ?? '',
      sectionTitle: occurrence.sectionTitle,
    }))
  return {
    report,
    title: report.title,
    sections,
    renderFigure: (attributes) => ({
      text: render(attributes),
      pending: !isFilled(attributes.seriesId),
    }),
    loadImage: (assetId) => {
      const asset = workspace.assets.get(assetId)
      return asset ? { bytes: asset.bytes, mimeType: asset.mimeType } : undefined
    },
    renderChart: reportChartRenderer(workspace, report),
    pendingFigures: pending.length,
    pending,
  }
}
