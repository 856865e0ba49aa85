import { AppError } from '../shared/errors/app-error'
import { requireReport } from '../reports/report-service'
import type { Workspace } from '../workspace/workspace'
import type { MetricSeries } from '../shared/metrics/metric-series'
import { requireSeries } from './metric-service'

/**
 * Sets, changes or removes (null) the amount a change or share series is about: the link the
 * 同比 check compares a stated change against. Only a change or rate series links; the target is
 * a series of the family that is not itself, not a change, and does not lead back to it.
 */
export function setSeriesLink(
  workspace: Workspace,
  input: { reportId: number; seriesId: number; baseSeriesId: number | null },
): MetricSeries {
  const report = requireReport(workspace, input.reportId)
  const series = requireSeries(workspace, report, input.seriesId)
  if (series.kind !== 'change' && series.kind !== 'rate') {
    throw new AppError('link_not_allowed')
  }
  if (input.baseSeriesId !== null) {
    const base = requireSeries(workspace, report, input.baseSeriesId)
    let cursor: MetricSeries | undefined = base
    const visited = new Set<number>()
    while (cursor && !visited.has(cursor.id)) {
      if (cursor.id === series.id || cursor.kind === 'change') {
        throw new AppError('link_target_invalid', { label: base.label })
      }
      visited.add(cursor.id)
      cursor = cursor.baseSeriesId ? workspace.metrics.getSeries(cursor.baseSeriesId) : undefined
    }
  }
  workspace.metrics.setBase(series.id, input.baseSeriesId)
  workspace.reports.touch(report.id)
  return workspace.metrics.getSeries(series.id)!
}
