import type { ReportFinding } from '../../../src-main/shared/checks/report-finding'

/**
 * The report's findings with those of some sections replaced by a fresh run, in the report's
 * reading order (`sectionOrder` lists section ids in that order).
 */
export function mergeFindings(
  current: ReportFinding[],
  fresh: ReportFinding[],
  sectionIds: number[],
  sectionOrder: number[],
): ReportFinding[] {
  const replaced = new Set(sectionIds)
  const rank = new Map(sectionOrder.map((id, index) => [id, index]))
  return [...current.filter((finding) => !replaced.has(finding.sectionId)), ...fresh].sort(
    (a, b) =>
      (rank.get(a.sectionId) ?? 0) - (rank.get(b.sectionId) ?? 0) ||
      a.start - b.start ||
      a.end - b.end,
  )
}
