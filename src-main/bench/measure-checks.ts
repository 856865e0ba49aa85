import { checkReport } from '../checks/check-report'
import type { Workspace } from '../workspace/workspace'
import { findMiddleSection } from './find-middle-section'
import type { Measurement } from './measurement'
import { roundFigure } from './measurement'
import { percentile } from './percentile'
import { timeRuns } from './time-runs'

/** P9: the checks panel's refresh after a keystroke: every rule over one mid-report section. */
export async function measureSectionChecks(
  workspace: Workspace,
  reportId: number,
  runs: number,
): Promise<Measurement> {
  const section = findMiddleSection(workspace, reportId)
  let findings = 0
  const samples = await timeRuns(() => {
    findings = checkReport(workspace, { reportId, sectionIds: [section.id] }).length
  }, runs)
  const median = percentile(samples, 50)
  const p95 = percentile(samples, 95)
  return {
    id: 'P9',
    operation: `checks panel refresh: checkReport for one mid-report section (${findings} findings)`,
    value: roundFigure(median),
    unit: 'ms',
    p95: roundFigure(p95),
    target: 'p95 ≤ 16 ms',
    pass: p95 <= 16,
    runs,
  }
}
