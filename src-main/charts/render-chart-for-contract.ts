import { requireReport } from '../reports/report-service'
import type { Workspace } from '../workspace/workspace'
import type { ChartAttributes } from '../shared/charts/chart-attributes-schema'
import type { ChartFormat } from '../shared/charts/chart-formats'
import { renderChartPng, renderChartPngAsync } from './render-chart-png'
import { renderReportChart } from './render-report-chart'

/**
 * `charts.render`: a chart of a report drawn now, as SVG with its words (what the editor shows),
 * and as a PNG at print resolution on request (the CLI's `--format png`); otherwise that PNG is
 * drawn in the background for the next Word export.
 */
export function renderChartForContract(
  workspace: Workspace,
  input: { reportId: number; chart: ChartAttributes; format?: ChartFormat },
) {
  const report = requireReport(workspace, input.reportId)
  const { spec, svg } = renderReportChart(workspace, report, input.chart)
  if (input.format !== 'png') {
    // The Word picture of what the editor now shows, drawn on the thread pool meanwhile: an
    // export after editing finds it ready instead of drawing every chart then.
    void renderChartPngAsync(svg).catch(() => undefined)
  }
  return {
    svg,
    alt: spec.alt,
    caption: spec.caption,
    width: spec.width,
    height: spec.height,
    years: spec.years,
    pendingLabels: spec.pendingLabels,
    pngBase64: input.format === 'png' ? renderChartPng(svg).toString('base64') : null,
  }
}
