import { AppError } from '../shared/errors/app-error'
import type { Report } from '../shared/reports/report'
import type { Workspace } from '../workspace/workspace'
import type { ChartSpec } from './build-chart-spec'
import { buildChartSpec } from './build-chart-spec'
import type { ChartAttributes } from '../shared/charts/chart-attributes-schema'
import { chartShapeProblem } from '../shared/charts/chart-attributes-schema'
import { loadChartData } from './load-chart-data'
import { renderChartSvg } from './render-chart-svg'

/** A chart of a report as drawn now: its spec (caption, text alternative, size) and its SVG. */
export interface RenderedChart {
  spec: ChartSpec
  svg: string
}

/**
 * Draws a chart of a report from its series' current values: the one path the editor (over the
 * contract), every export and the CLI take. A chart whose type does not fit its series and years
 * is `chart_invalid`; a missing series is `series_not_found`; series in different units are
 * `chart_units_differ`.
 */
export function renderReportChart(
  workspace: Workspace,
  report: Report,
  attributes: ChartAttributes,
): RenderedChart {
  const problem = chartShapeProblem(attributes)
  if (problem) {
    throw new AppError('chart_invalid', { reason: problem })
  }
  const spec = buildChartSpec(attributes, loadChartData(workspace, report, attributes))
  return { spec, svg: renderChartSvg(spec) }
}

/** What an export puts where a chart cannot be drawn, and why. */
export interface ChartFailure {
  problem: string
}

/**
 * The chart renderer an export uses: a chart that cannot be drawn (its series deleted, units
 * that differ) becomes a visible problem in the file rather than a failed export.
 */
export function reportChartRenderer(
  workspace: Workspace,
  report: Report,
): (attributes: ChartAttributes) => RenderedChart | ChartFailure {
  return (attributes) => {
    try {
      return renderReportChart(workspace, report, attributes)
    } catch (error) {
      if (error instanceof AppError) {
        return { problem: error.message }
      }
      throw error
    }
  }
}
