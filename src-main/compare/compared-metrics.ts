import type { z } from 'zod'
import type { comparedMetricSchema } from '../shared/compare/comparison-schema'
import type { DocumentNode } from '../shared/document/document-json'
import { formatFigure } from '../shared/document/format-figure'
import type { MetricAttributes } from '../shared/document/metric-node'
import { metricAttributesOf } from '../shared/document/metric-node'
import { seriesChange } from '../shared/metrics/series-change'
import type { Report } from '../shared/reports/report'
import type { Workspace } from '../workspace/workspace'

/** One figure's series in a compare: this year's and last year's value as written, and the change. */
export type ComparedMetric = z.output<typeof comparedMetricSchema>

function collectFigures(node: DocumentNode, found: Map<number, MetricAttributes>): void {
  if (node.type === 'metric') {
    const attributes = metricAttributesOf(node.attrs)
    if (!found.has(attributes.seriesId)) {
      found.set(attributes.seriesId, attributes)
    }
  }
  for (const child of node.content ?? []) {
    collectFigures(child, found)
  }
}

/**
 * The series of the figures in `docs`, in order of first appearance, each with the report's
 * year's value and last year's, written the way its first figure writes it (3700万吨), and the
 * change (seriesChange: 个百分点 for rates, % for amounts). Nothing is written.
 */
export function compareMetrics(
  workspace: Workspace,
  report: Report,
  docs: readonly DocumentNode[],
): ComparedMetric[] {
  const figures = new Map<number, MetricAttributes>()
  for (const doc of docs) {
    collectFigures(doc, figures)
  }
  if (figures.size === 0) {
    return []
  }
  const values = new Map(
    workspace.metrics
      .listValues(report.familyId, report.year)
      .map((value) => [`${value.seriesId}:${value.year}`, value.value]),
  )
  const series = new Map(
    workspace.metrics.listSeriesByIds([...figures.keys()]).map((item) => [item.id, item]),
  )
  return [...figures].map(([seriesId, attributes]): ComparedMetric => {
    const current = values.get(`${seriesId}:${report.year}`) ?? null
    const previous = values.get(`${seriesId}:${report.year - 1}`) ?? null
    const shape = series.get(seriesId) ?? { unit: '', kind: 'amount' as const }
    const { change, changeUnit } = seriesChange(shape, current, previous)
    return {
      seriesId,
      label: series.get(seriesId)?.label ?? '',
      current: current === null ? null : formatFigure(current, attributes),
      previous: previous === null ? null : formatFigure(previous, attributes),
      change,
      changeUnit,
    }
  })
}
