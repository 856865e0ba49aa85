import { AppError } from '../shared/errors/app-error'
import type { MetricSeries } from '../shared/metrics/metric-series'
import { seriesValueText } from '../metrics/series-value-text'
import type { Report } from '../shared/reports/report'
import { requireReport } from '../reports/report-service'
import type { Workspace } from '../workspace/workspace'
import type { FamilyLinkPreview, LinkPair } from '../shared/family-link/family-link-schema'
import { matchFamilySeries } from '../shared/family-link/match-family-series'

/**
 * The two reports to link, or why they cannot be: the previous one must be of an earlier year and
 * of another family, the later one must have no previous year yet, neither may be in the trash,
 * and the two families may not both hold a report of the same year.
 */
export function requireLinkable(
  workspace: Workspace,
  reportId: number,
  previousReportId: number,
): { report: Report; previous: Report } {
  const report = requireReport(workspace, reportId)
  const previous = requireReport(workspace, previousReportId)
  if (report.deletedAt || previous.deletedAt) {
    throw new AppError('report_deleted')
  }
  if (report.familyId === previous.familyId) {
    throw new AppError('link_same_family', { title: previous.title })
  }
  if (previous.year >= report.year) {
    throw new AppError('link_year_order', { previous: previous.year, year: report.year })
  }
  if (report.predecessorId !== null && workspace.reports.get(report.predecessorId)) {
    const current = workspace.reports.get(report.predecessorId)!
    throw new AppError('link_has_previous', { title: current.title })
  }
  const laterYears = new Set(
    workspace.reports
      .listFamily(report.familyId)
      .filter((member) => !member.deletedAt)
      .map((member) => member.year),
  )
  const shared = workspace.reports
    .listFamily(previous.familyId)
    .find((member) => !member.deletedAt && laterYears.has(member.year))
  if (shared) {
    throw new AppError('link_year_taken', { year: shared.year })
  }
  return { report, previous }
}

function valuesByYear(workspace: Workspace, seriesId: number): Map<number, number | null> {
  return new Map(
    workspace.metrics.listAllValues(seriesId).map((value) => [value.year, value.value]),
  )
}

/** Every year the earlier series holds a value for, against the later series' value. */
export function pairYears(workspace: Workspace, earlier: MetricSeries, later: MetricSeries) {
  const mine = valuesByYear(workspace, later.id)
  return [...valuesByYear(workspace, earlier.id)]
    .filter(([, value]) => value !== null)
    .map(([year, value]) => {
      const kept = mine.get(year) ?? null
      const state: LinkPair['years'][number]['state'] =
        kept === null ? 'fill' : kept === value ? 'same' : 'conflict'
      return {
        year,
        earlier: value,
        later: kept,
        earlierText: seriesValueText(earlier, value),
        laterText: seriesValueText(later, kept),
        state,
      }
    })
}

/** A label free in the later family: the series' own, else with the earlier report's year. */
export function freeLabel(label: string, taken: Set<string>, year: number): string {
  if (!taken.has(label)) {
    return label
  }
  let candidate = `${label}（${year}年）`
  for (let nth = 2; taken.has(candidate); nth++) {
    candidate = `${label}（${year}年，${nth}）`
  }
  return candidate
}

/**
 * What linking `previousReportId` as the previous year of `reportId` would do, without writing
 * anything: series paired by label and unit (exact ones ticked, doubtful ones for a person to
 * confirm), for each pair the years it brings and the years where the two hold different values
 * (to be decided one by one), the series that join as they are, and the reports that move.
 */
export function previewFamilyLink(
  workspace: Workspace,
  input: { reportId: number; previousReportId: number },
): FamilyLinkPreview {
  const { report, previous } = requireLinkable(workspace, input.reportId, input.previousReportId)
  const later = workspace.metrics.listSeries(report.familyId)
  const earlier = workspace.metrics.listSeries(previous.familyId)
  const { pairs, unmatched } = matchFamilySeries(earlier, later)
  const taken = new Set(later.map((series) => series.label))
  const brief = ({ id, year, title }: Report) => ({ id, year, title })
  return {
    report: brief(report),
    previous: brief(previous),
    reports: workspace.reports
      .listFamily(previous.familyId)
      .filter((member) => !member.deletedAt)
      .map(brief),
    pairs: pairs.map((pair) => ({
      earlierSeriesId: pair.earlier.id,
      earlierLabel: pair.earlier.label,
      laterSeriesId: pair.later.id,
      laterLabel: pair.later.label,
      unit: pair.later.displayUnit || pair.later.unit,
      match: pair.match,
      similarity: pair.similarity,
      years: pairYears(workspace, pair.earlier, pair.later),
    })),
    separate: unmatched.map((series) => {
      const newLabel = freeLabel(series.label, taken, previous.year)
      taken.add(newLabel)
      return { seriesId: series.id, label: series.label, unit: series.unit, newLabel }
    }),
  }
}
