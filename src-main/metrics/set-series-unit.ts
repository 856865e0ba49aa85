import { AppError } from '../shared/errors/app-error'
import { requireReport } from '../reports/report-service'
import type { Workspace } from '../workspace/workspace'
import type { MetricSeries } from '../shared/metrics/metric-series'
import { requireSeries } from './metric-service'

/** Multipliers a display unit may put before its unit (万吨 over 吨). */
const multipliers = ['', '万', '亿', '万亿', '千', '百万', '千万']
/** Display units of percent-like units that are not a multiplier and the unit. */
const percentForms: Record<string, string[]> = {
  '%': ['%', '％', '百分之'],
  百分点: ['百分点', '个百分点'],
}

function fits(unit: string, displayUnit: string): boolean {
  if (percentForms[unit]?.includes(displayUnit)) {
    return true
  }
  if (!displayUnit.endsWith(unit)) {
    return false
  }
  const prefix = displayUnit.slice(0, displayUnit.length - unit.length)
  return multipliers.includes(prefix) || multipliers.includes(prefix.replace(/^个/, ''))
}

/**
 * Sets a series' base unit and the unit its values are shown in. Stored values are in the base
 * unit and are not touched: this names what they measure ("人口35万" read with no unit → 人).
 * The display unit must be the unit with an optional multiplier (万吨 for 吨).
 */
export function setSeriesUnit(
  workspace: Workspace,
  input: { reportId: number; seriesId: number; unit: string; displayUnit: string },
): MetricSeries {
  const report = requireReport(workspace, input.reportId)
  const series = requireSeries(workspace, report, input.seriesId)
  const unit = input.unit.trim()
  const displayUnit = input.displayUnit.trim() || unit
  if (!fits(unit, displayUnit)) {
    throw new AppError('display_unit_mismatch', { unit: unit || '（无）', displayUnit })
  }
  workspace.metrics.setUnit(series.id, unit, displayUnit)
  workspace.reports.touch(report.id)
  return workspace.metrics.getSeries(series.id)!
}
