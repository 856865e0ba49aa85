import type { DocumentNode } from '../shared/document/document-json'
import { AppError } from '../shared/errors/app-error'
import { requireReport } from '../reports/report-service'
import { writeSectionBody } from '../sections/section-service'
import type { Workspace } from '../workspace/workspace'
import { findMetricOccurrences } from '../shared/metrics/metric-occurrences'
import type { MetricSeries } from '../shared/metrics/metric-series'
import { requireSeries } from './metric-service'
import { requireUsableLabel } from './require-usable-label'

/** The document with its `index`-th metric node (reading order) bound to `seriesId`. */
function rebindNth(doc: DocumentNode, index: number, seriesId: number): DocumentNode {
  let seen = -1
  const visit = (node: DocumentNode): DocumentNode => {
    if (node.type === 'metric') {
      seen++
      return seen === index ? { ...node, attrs: { ...node.attrs, seriesId } } : node
    }
    return node.content ? { ...node, content: node.content.map(visit) } : node
  }
  return visit(doc)
}

/**
 * Splits one place off a series that two different things share: the figure at (section, index)
 * gets a new series named `label`, with the same unit, kind, link and every year's value (so the
 * text reads the same), and the rest keep the old series. One transaction; the section gets a
 * new revision.
 */
export function splitSeries(
  workspace: Workspace,
  input: { reportId: number; seriesId: number; sectionId: number; index: number; label: string },
): MetricSeries {
  const report = requireReport(workspace, input.reportId)
  const series = requireSeries(workspace, report, input.seriesId)
  const sections = workspace.sections.listByReport(report.id)
  const places = findMetricOccurrences(sections).filter((item) => item.seriesId === series.id)
  if (places.length < 2) {
    throw new AppError('split_single_occurrence')
  }
  const place = places.find(
    (item) => item.sectionId === input.sectionId && item.index === input.index,
  )
  const section = sections.find((item) => item.id === input.sectionId)
  if (!place || !section) {
    throw new AppError('occurrence_not_found')
  }
  const label = requireUsableLabel(workspace, report.familyId, input.label)
  return workspace.db.transaction(() => {
    const splitId = workspace.metrics.insertSeries({
      familyId: series.familyId,
      label,
      unit: series.unit,
      displayUnit: series.displayUnit,
      qualifier: series.qualifier,
      kind: series.kind,
      baseSeriesId: series.baseSeriesId,
      bindingStatus: 'accepted',
    })
    workspace.metrics.copyValues(series.id, splitId)
    const doc = rebindNth(section.doc, input.index, splitId)
    writeSectionBody(workspace, section, section.version, doc, 'metrics')
    return workspace.metrics.getSeries(splitId)!
  })()
}
