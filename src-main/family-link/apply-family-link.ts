import type { z } from 'zod'
import { chartAttributesOf } from '../shared/charts/chart-node'
import type { DocumentNode } from '../shared/document/document-json'
import { AppError } from '../shared/errors/app-error'
import { writeSeriesValue } from '../metrics/metric-service'
import type { MetricSeries } from '../shared/metrics/metric-series'
import type { Workspace } from '../workspace/workspace'
import type {
  FamilyLinkApply,
  familyLinkResultSchema,
} from '../shared/family-link/family-link-schema'
import { matchFamilySeries } from '../shared/family-link/match-family-series'
import { freeLabel, pairYears, requireLinkable } from './preview-family-link'

/** A document whose figures and charts draw the later series where they drew the earlier one. */
function rebind(doc: DocumentNode, laterOf: ReadonlyMap<number, number>): DocumentNode {
  if (doc.type === 'metric') {
    const later = laterOf.get(Number(doc.attrs?.seriesId))
    return later === undefined ? doc : { ...doc, attrs: { ...doc.attrs, seriesId: later } }
  }
  if (doc.type === 'chart') {
    const ids = chartAttributesOf(doc.attrs).seriesIds
    const mapped = [...new Set(ids.map((id) => laterOf.get(id) ?? id))]
    return ids.some((id) => laterOf.has(id))
      ? { ...doc, attrs: { ...doc.attrs, seriesIds: mapped } }
      : doc
  }
  return doc.content ? { ...doc, content: doc.content.map((child) => rebind(child, laterOf)) } : doc
}

interface PlannedPair {
  earlier: MetricSeries
  later: MetricSeries
  years: ReturnType<typeof pairYears>
}

/** What linking wrote (see familyLinkResultSchema). */
export type FamilyLinkResult = z.output<typeof familyLinkResultSchema>

/**
 * Links `previousReportId` as the previous year of `reportId`, in one transaction: the earlier
 * family's reports join the later family; each confirmed pair of series becomes the later series
 * (its figures and charts rebound, the years it lacks filled from the earlier one, a year where
 * the two differ set as the person decided: no value is overwritten without a decision); the
 * other earlier series join as they are, renamed only when their label is taken. A pair that is
 * not a candidate of the preview, or a conflict left undecided, refuses the whole link.
 */
export function applyFamilyLink(workspace: Workspace, input: FamilyLinkApply): FamilyLinkResult {
  const { report, previous } = requireLinkable(workspace, input.reportId, input.previousReportId)
  const later = workspace.metrics.listSeries(report.familyId)
  const earlier = workspace.metrics.listSeries(previous.familyId)
  const candidates = matchFamilySeries(earlier, later).pairs
  const seenEarlier = new Set<number>()
  const seenLater = new Set<number>()
  const planned: PlannedPair[] = input.pairs.map((wanted) => {
    const pair = candidates.find(
      (candidate) =>
        candidate.earlier.id === wanted.earlierSeriesId &&
        candidate.later.id === wanted.laterSeriesId,
    )
    if (!pair || seenEarlier.has(wanted.earlierSeriesId) || seenLater.has(wanted.laterSeriesId)) {
      const known = [...earlier, ...later].find((series) => series.id === wanted.earlierSeriesId)
      throw new AppError('link_pair_invalid', {
        label: known?.label ?? String(wanted.earlierSeriesId),
      })
    }
    seenEarlier.add(pair.earlier.id)
    seenLater.add(pair.later.id)
    return {
      earlier: pair.earlier,
      later: pair.later,
      years: pairYears(workspace, pair.earlier, pair.later),
    }
  })
  const decisions = new Map(
    input.decisions.map((decision) => [
      `${decision.laterSeriesId}:${decision.year}`,
      decision.keep,
    ]),
  )
  for (const pair of planned) {
    const open = pair.years.find(
      (year) => year.state === 'conflict' && !decisions.has(`${pair.later.id}:${year.year}`),
    )
    if (open) {
      throw new AppError('link_conflict_undecided', {
        label: pair.later.label,
        year: open.year,
        later: open.laterText,
        earlier: open.earlierText,
      })
    }
  }
  const laterOf = new Map(planned.map((pair) => [pair.earlier.id, pair.later.id]))
  const taken = new Set(later.map((series) => series.label))
  const earlierReports = workspace.reports.listFamily(previous.familyId)
  return workspace.db.transaction(() => {
    let filled = 0
    let replaced = 0
    for (const pair of planned) {
      for (const year of pair.years) {
        const source = workspace.metrics.getValue(pair.earlier.id, year.year)?.source ?? 'link'
        if (year.state === 'fill') {
          if (workspace.metrics.getValue(pair.later.id, year.year)) {
            writeSeriesValue(workspace, pair.later, year.year, year.earlier, source)
          } else {
            workspace.metrics.moveValue(pair.earlier.id, pair.later.id, year.year)
          }
          filled++
        } else if (
          year.state === 'conflict' &&
          decisions.get(`${pair.later.id}:${year.year}`) === 'earlier'
        ) {
          writeSeriesValue(workspace, pair.later, year.year, year.earlier, source)
          replaced++
        }
      }
    }
    for (const member of earlierReports) {
      for (const section of workspace.sections.listByReport(member.id)) {
        const doc = rebind(section.doc, laterOf)
        if (doc !== section.doc && JSON.stringify(doc) !== JSON.stringify(section.doc)) {
          workspace.sections.updateIfVersion(
            section.id,
            section.version,
            doc,
            section.title,
            'metrics',
          )
        }
      }
    }
    for (const pair of planned) {
      workspace.metrics.repointBase(pair.earlier.id, pair.later.id)
      workspace.metrics.deleteSeries(pair.earlier.id)
    }
    const joining = earlier.filter((series) => !laterOf.has(series.id))
    for (const series of joining) {
      const label = freeLabel(series.label, taken, previous.year)
      taken.add(label)
      workspace.metrics.moveToFamily(series.id, report.familyId, label)
    }
    workspace.reports.moveFamily(previous.familyId, report.familyId)
    workspace.reports.setPredecessor(report.id, previous.id)
    workspace.reports.touch(report.id)
    return {
      merged: planned.length,
      joined: joining.length,
      reports: earlierReports.length,
      filled,
      replaced,
    }
  })()
}
