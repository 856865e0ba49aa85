import { documentTextMap } from '../shared/document/document-text-map'
import { readLeadIn } from '../shared/extraction/read-lead-in'
import type { Report } from '../shared/reports/report'
import type { Workspace } from '../workspace/workspace'
import type { MetricSeries } from '../shared/metrics/metric-series'

/**
 * The direction the report states for a change series: the direction word its text writes before
 * the series' figures ("同比下降{v}%" → -1), else the sign of last year's value; 0 when neither
 * says. A bare number typed for the series takes this direction.
 */
export function statedDirection(
  workspace: Workspace,
  report: Report,
  series: Pick<MetricSeries, 'id'>,
): -1 | 0 | 1 {
  for (const section of workspace.sections.listByReport(report.id)) {
    const map = documentTextMap(section.doc)
    for (const piece of map.pieces) {
      if (piece.kind === 'figure' && piece.attributes.seriesId === series.id) {
        const direction = readLeadIn(map.text, piece.start).direction
        if (direction !== 0) {
          return direction
        }
      }
    }
  }
  const previous = workspace.metrics.getValue(series.id, report.year - 1)?.value
  if (previous === null || previous === undefined || previous === 0) {
    return 0
  }
  return previous > 0 ? 1 : -1
}
