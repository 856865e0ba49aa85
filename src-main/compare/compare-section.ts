import { documentPlainText } from '../document/plain-text'
import { metricAttributesOf } from '../document/metric-node'
import { findMetricOccurrences } from '../metrics/metric-occurrences'
import { figureRendererFor } from '../metrics/metric-service'
import type { ChangeUnit } from '../metrics/series-change'
import { seriesChange } from '../metrics/series-change'
import { formatFigure } from '../document/format-figure'
import { requireReport } from '../reports/report-service'
import { requireSection } from '../sections/section-service'
import type { Workspace } from '../workspace/workspace'
import type { DocumentNode } from '../document/document-json'
import type { BlacklinePart } from './blackline'
import { blackline } from './blackline'
import { findCounterpart } from '../reports/find-counterpart'

/** One figure's series in the compare view: this year's and last year's value as written. */
export interface ComparedMetric {
  seriesId: number
  label: string
  current: string | null
  previous: string | null
  /** Change from last year, in % or 个百分点 (see seriesChange); null when it cannot be given. */
  change: number | null
  changeUnit: ChangeUnit | null
}

export interface SectionComparison {
  sectionId: number
  title: string
  year: number
  counterpart: { sectionId: number; reportId: number; title: string; year: number } | null
  parts: BlacklinePart[]
  metrics: ComparedMetric[]
}

function firstMetricAttributes(
  doc: DocumentNode,
  seriesId: number,
): Record<string, unknown> | undefined {
  if (doc.type === 'metric' && Number(doc.attrs?.seriesId) === seriesId) {
    return doc.attrs
  }
  for (const child of doc.content ?? []) {
    const found = firstMetricAttributes(child, seriesId)
    if (found) {
      return found
    }
  }
  return undefined
}

/** A section next to its counterpart of last year: a blackline of the text and the figures' values. */
export function compareSection(workspace: Workspace, sectionId: number): SectionComparison {
  const section = requireSection(workspace, sectionId)
  const report = requireReport(workspace, section.reportId)
  const found = findCounterpart(workspace, report, section)
  const currentText = documentPlainText(section.doc, figureRendererFor(workspace, report))
  const previousText = found
    ? documentPlainText(found.section.doc, figureRendererFor(workspace, found.report))
    : ''
  const values = workspace.metrics.listValues(report.familyId, report.year)
  const series = new Map(
    workspace.metrics.listSeries(report.familyId).map((item) => [item.id, item]),
  )
  const seriesIds = [
    ...new Set(findMetricOccurrences([section]).map((occurrence) => occurrence.seriesId)),
  ]
  const metrics = seriesIds.map((seriesId): ComparedMetric => {
    const attributes = metricAttributesOf(firstMetricAttributes(section.doc, seriesId))
    const valueIn = (year: number) =>
      values.find((value) => value.seriesId === seriesId && value.year === year)?.value ?? null
    const current = valueIn(report.year)
    const previous = valueIn(report.year - 1)
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
  return {
    sectionId: section.id,
    title: section.title,
    year: report.year,
    counterpart: found
      ? {
          sectionId: found.section.id,
          reportId: found.report.id,
          title: found.section.title,
          year: found.report.year,
        }
      : null,
    parts: blackline(previousText, currentText),
    metrics,
  }
}
