import type { z } from 'zod'
import type { DocumentNode } from '../shared/document/document-json'
import type { MetricAttributes } from '../shared/document/metric-node'
import { metricAttributesOf } from '../shared/document/metric-node'
import { AppError } from '../shared/errors/app-error'
import type { Report } from '../shared/reports/report'
import { requireReport } from '../reports/report-service'
import type { Workspace } from '../workspace/workspace'
import { findChartOccurrences, replaceChartSeries } from '../shared/metrics/find-chart-occurrences'
import { findMetricOccurrences, replaceMetricNodes } from '../shared/metrics/metric-occurrences'
import type { MetricSeries, MetricValue, ReviewStatus } from '../shared/metrics/metric-series'
import { parseChangeInput } from './parse-change-input'
import { parseValueInput } from './parse-value-input'
import { requireUsableLabel } from './require-usable-label'
import { statedDirection } from './stated-direction'
import { renderFigureText } from '../shared/metrics/render-figure'
import type { metricRowSchema, reportMetricsSchema } from '../shared/metrics/report-metrics-schema'
import { changeInWords, changeUnitWord, seriesChange } from '../shared/metrics/series-change'

/** One row of the metrics panel (see metricRowSchema). */
export type MetricRow = z.output<typeof metricRowSchema>

/** A report's series with their values (see reportMetricsSchema). */
export type ReportMetrics = z.output<typeof reportMetricsSchema>

/** The series used by a report (or proposed by its import), with values and occurrences. */
export function listReportMetrics(workspace: Workspace, reportId: number): ReportMetrics {
  const report = requireReport(workspace, reportId)
  const sections = workspace.sections.listByReport(reportId)
  const occurrencesBySeries = new Map<number, MetricRow['occurrences']>()
  for (const { seriesId, sectionId, sectionTitle, index } of findMetricOccurrences(sections)) {
    const list = occurrencesBySeries.get(seriesId) ?? []
    list.push({ sectionId, sectionTitle, index })
    occurrencesBySeries.set(seriesId, list)
  }
  const values = new Map(
    workspace.metrics
      .listValues(report.familyId, report.year)
      .map((value) => [`${value.seriesId}:${value.year}`, value]),
  )
  const valueOf = (seriesId: number, year: number) => values.get(`${seriesId}:${year}`) ?? null
  const charted = new Set(
    findChartOccurrences(sections).flatMap((chart) => chart.attributes.seriesIds),
  )
  const rows = workspace.metrics
    .listSeries(report.familyId)
    .filter(
      (series) =>
        occurrencesBySeries.has(series.id) ||
        charted.has(series.id) ||
        valueOf(series.id, report.year),
    )
    .map((series) => {
      const current = valueOf(series.id, report.year)
      const previous = valueOf(series.id, report.year - 1)
      return {
        ...series,
        current,
        previous,
        ...seriesChange(series, current?.value, previous?.value),
        occurrences: occurrencesBySeries.get(series.id) ?? [],
      }
    })
  return { reportId, year: report.year, rows }
}

/** Renders figures of `year` from loaded series and values (pending ones as placeholders). */
export function figureRendererFrom(
  series: ReadonlyMap<number, Pick<MetricSeries, 'label'>>,
  valueOf: (seriesId: number, year: number) => number | null | undefined,
  year: number,
): (attributes: MetricAttributes) => string {
  return (attributes) =>
    renderFigureText(
      attributes,
      series.get(attributes.seriesId),
      valueOf(attributes.seriesId, year),
      valueOf(attributes.seriesId, year - 1),
    )
}

/** A report's series and its year's and last year's values, keyed for lookups. */
export function loadFamilyValues(workspace: Workspace, report: Report) {
  const series = new Map(
    workspace.metrics.listSeries(report.familyId).map((item) => [item.id, item]),
  )
  const values = new Map(
    workspace.metrics
      .listValues(report.familyId, report.year)
      .map((value) => [`${value.seriesId}:${value.year}`, value.value]),
  )
  const valueOf = (seriesId: number, year: number): number | null =>
    values.get(`${seriesId}:${year}`) ?? null
  return { series, valueOf }
}

/** Renders a report's figures from its year's values (pending ones as placeholders). */
export function figureRendererFor(
  workspace: Workspace,
  report: Report,
): (attributes: MetricAttributes) => string {
  const { series, valueOf } = loadFamilyValues(workspace, report)
  return figureRendererFrom(series, valueOf, report.year)
}

/** Like `figureRendererFor`, loading only the given series (for a few sections of a large report). */
export function figureRendererForSeries(
  workspace: Workspace,
  report: Report,
  seriesIds: number[],
): (attributes: MetricAttributes) => string {
  const labels = workspace.metrics.labelsOf(seriesIds)
  const series = new Map([...labels].map(([id, label]) => [id, { label }]))
  const values = workspace.metrics.numbersOf(seriesIds, report.year - 1, report.year)
  return figureRendererFrom(
    series,
    (seriesId, year) => values.get(`${seriesId}:${year}`),
    report.year,
  )
}

/** A series of the report's family, or `series_not_found`. */
export function requireSeries(
  workspace: Workspace,
  report: Report,
  seriesId: number,
): MetricSeries {
  const series = workspace.metrics.getSeries(seriesId)
  if (!series || series.familyId !== report.familyId) {
    throw new AppError('series_not_found', { id: seriesId })
  }
  return series
}

/** Writes a series' value for a year in the series' own display unit and qualifier. */
export function writeSeriesValue(
  workspace: Workspace,
  series: MetricSeries,
  year: number,
  value: number | null,
  source: string,
): void {
  workspace.metrics.writeValue({
    seriesId: series.id,
    year,
    value,
    displayUnit: series.displayUnit,
    qualifier: series.qualifier,
    source,
  })
}

function describeTypedChange(value: number, series: MetricSeries): string {
  return changeInWords(value, `${Math.abs(value)}${changeUnitWord(series.unit)}`)
}

/**
 * This year's value of a change series from text as typed: a bare number takes the direction the
 * report states (下降 in the text: "10.5" is −10.5); a direction against it is refused with
 * `direction_contradicts` unless `confirmDirection`, so a person decides, not the parser.
 */
function typedChangeValue(
  workspace: Workspace,
  report: Report,
  series: MetricSeries,
  text: string,
  confirmDirection: boolean,
): number {
  const typed = parseChangeInput(text, series)
  const stated = statedDirection(workspace, report, series)
  if (typed.direction === 0) {
    return stated < 0 ? -Math.abs(typed.value) : Math.abs(typed.value)
  }
  if (stated !== 0 && typed.direction !== stated && !confirmDirection) {
    throw new AppError('direction_contradicts', {
      label: series.label,
      stated: stated < 0 ? '下降' : '增长',
      typed: describeTypedChange(typed.value, series),
    })
  }
  return typed.value
}

/**
 * Sets this year's value from text as written ("3700万吨", "3700", "下降10.5%"); a bad value
 * stores nothing. See typedChangeValue for change series.
 */
export function setMetricValue(
  workspace: Workspace,
  input: {
    reportId: number
    seriesId: number
    text: string
    source?: string
    confirmDirection?: boolean
  },
): MetricValue {
  const report = requireReport(workspace, input.reportId)
  const series = requireSeries(workspace, report, input.seriesId)
  const value =
    series.kind === 'change'
      ? typedChangeValue(workspace, report, series, input.text, input.confirmDirection ?? false)
      : parseValueInput(input.text, series)
  writeSeriesValue(workspace, series, report.year, value, input.source ?? 'manual')
  workspace.reports.touch(report.id)
  return workspace.metrics.getValue(series.id, report.year)!
}

/** Marks this year's value 已核 (checked, by whom, when) or back to 待核. */
export function setMetricReview(
  workspace: Workspace,
  input: { reportId: number; seriesId: number; status: ReviewStatus; reviewer: string },
): MetricValue {
  const report = requireReport(workspace, input.reportId)
  const series = requireSeries(workspace, report, input.seriesId)
  if (!workspace.metrics.getValue(series.id, report.year)) {
    throw new AppError('invalid_value', { text: '（尚未填写数值）' })
  }
  workspace.metrics.setReview(series.id, report.year, input.status, input.reviewer || null)
  return workspace.metrics.getValue(series.id, report.year)!
}

/**
 * Renames a series (see requireUsableLabel for the names refused). Renaming is not confirming:
 * whether the figures really are this series stays as it was.
 */
export function relabelSeries(
  workspace: Workspace,
  input: { reportId: number; seriesId: number; label: string },
): MetricSeries {
  const report = requireReport(workspace, input.reportId)
  requireSeries(workspace, report, input.seriesId)
  const label = requireUsableLabel(workspace, report.familyId, input.label, input.seriesId)
  workspace.metrics.relabel(input.seriesId, label)
  workspace.reports.touch(report.id)
  return workspace.metrics.getSeries(input.seriesId)!
}

/** Confirms the import's bindings of these series. */
export function acceptSeries(
  workspace: Workspace,
  input: { reportId: number; seriesIds: number[] },
): void {
  const report = requireReport(workspace, input.reportId)
  workspace.db.transaction(() => {
    for (const seriesId of input.seriesIds) {
      requireSeries(workspace, report, seriesId)
      workspace.metrics.setBindingStatus(seriesId, 'accepted')
    }
  })()
}

function rewriteReportSections(
  workspace: Workspace,
  reportId: number,
  replace: (node: DocumentNode) => DocumentNode[],
  rewriteCharts: (doc: DocumentNode) => DocumentNode = (doc) => doc,
): void {
  for (const section of workspace.sections.listAllByReport(reportId)) {
    const doc = rewriteCharts(replaceMetricNodes(section.doc, replace))
    if (JSON.stringify(doc) !== JSON.stringify(section.doc)) {
      workspace.sections.updateIfVersion(section.id, section.version, doc, section.title, 'metrics')
    }
  }
}

function seriesStillUsed(workspace: Workspace, report: Report, seriesId: number): boolean {
  return workspace.reports.listFamily(report.familyId).some((member) => {
    const sections = workspace.sections.listAllByReport(member.id)
    return (
      findMetricOccurrences(sections).some((item) => item.seriesId === seriesId) ||
      findChartOccurrences(sections).some((chart) => chart.attributes.seriesIds.includes(seriesId))
    )
  })
}

/** Turns a series' figures in this report back into plain text; the series goes if nothing else uses it. */
export function rejectSeries(
  workspace: Workspace,
  input: { reportId: number; seriesId: number },
): void {
  const report = requireReport(workspace, input.reportId)
  requireSeries(workspace, report, input.seriesId)
  const render = figureRendererFor(workspace, report)
  workspace.db.transaction(() => {
    rewriteReportSections(workspace, report.id, (node) => {
      const attributes = metricAttributesOf(node.attrs)
      return attributes.seriesId === input.seriesId
        ? [{ type: 'text', text: render(attributes) }]
        : [node]
    })
    if (!seriesStillUsed(workspace, report, input.seriesId)) {
      workspace.metrics.deleteSeries(input.seriesId)
    }
  })()
}

/**
 * Merges two series that measure the same thing: figures of `from` are bound to `into`, and
 * `from`'s values fill the years `into` lacks. Refused when the two are one series, differ in
 * unit or kind, or hold different values for a year (merging would drop a statistic).
 */
export function mergeSeries(
  workspace: Workspace,
  input: { reportId: number; fromSeriesId: number; intoSeriesId: number },
): MetricSeries {
  const report = requireReport(workspace, input.reportId)
  if (input.fromSeriesId === input.intoSeriesId) {
    throw new AppError('merge_same_series')
  }
  const from = requireSeries(workspace, report, input.fromSeriesId)
  const into = requireSeries(workspace, report, input.intoSeriesId)
  if (from.unit !== into.unit) {
    throw new AppError('merge_unit_mismatch', { from: from.unit || '无', into: into.unit || '无' })
  }
  if (from.kind !== into.kind) {
    throw new AppError('merge_kind_mismatch', { from: from.label, into: into.label })
  }
  const intoValues = new Map(
    workspace.metrics.listAllValues(into.id).map((value) => [value.year, value.value]),
  )
  const fromValues = workspace.metrics.listAllValues(from.id)
  const conflicts = fromValues.filter(
    (value) =>
      intoValues.has(value.year) &&
      value.value !== null &&
      intoValues.get(value.year) !== null &&
      intoValues.get(value.year) !== value.value,
  )
  if (conflicts.length > 0) {
    throw new AppError('merge_values_conflict', {
      years: conflicts.map((value) => value.year).join('、'),
    })
  }
  workspace.db.transaction(() => {
    for (const member of workspace.reports.listFamily(report.familyId)) {
      rewriteReportSections(
        workspace,
        member.id,
        (node) =>
          Number(node.attrs?.seriesId) === from.id
            ? [{ ...node, attrs: { ...node.attrs, seriesId: into.id } }]
            : [node],
        (doc) => replaceChartSeries(doc, from.id, into.id),
      )
    }
    for (const value of fromValues) {
      const kept = intoValues.get(value.year)
      if (!intoValues.has(value.year)) {
        workspace.metrics.moveValue(from.id, into.id, value.year)
      } else if (kept === null && value.value !== null) {
        writeSeriesValue(workspace, into, value.year, value.value, value.source)
      }
    }
    workspace.metrics.repointBase(from.id, into.id)
    if (into.baseSeriesId === from.id) {
      workspace.metrics.setBase(into.id, null)
    }
    workspace.metrics.deleteSeries(from.id)
    workspace.reports.touch(report.id)
  })()
  return workspace.metrics.getSeries(into.id)!
}

/** Deletes a series no figure uses any more; refused with the list of places otherwise. */
export function deleteSeries(
  workspace: Workspace,
  input: { reportId: number; seriesId: number },
): void {
  const report = requireReport(workspace, input.reportId)
  requireSeries(workspace, report, input.seriesId)
  const places = workspace.reports.listFamily(report.familyId).flatMap((member) => {
    const sections = workspace.sections.listAllByReport(member.id)
    return [
      ...findMetricOccurrences(sections)
        .filter((item) => item.seriesId === input.seriesId)
        .map((item) => `${member.year}年《${item.sectionTitle}》`),
      ...findChartOccurrences(sections)
        .filter((chart) => chart.attributes.seriesIds.includes(input.seriesId))
        .map((chart) => `${member.year}年《${chart.sectionTitle}》的图表`),
    ]
  })
  if (places.length > 0) {
    throw new AppError('series_in_use', { places: [...new Set(places)].join('、') })
  }
  workspace.metrics.deleteSeries(input.seriesId)
}

/** Creates a series from the metric picker ("new metric") with this year's value. */
export function createSeries(
  workspace: Workspace,
  input: {
    reportId: number
    label: string
    unit: string
    displayUnit: string
    kind: MetricSeries['kind']
    text: string
  },
): MetricSeries {
  const report = requireReport(workspace, input.reportId)
  const label = requireUsableLabel(workspace, report.familyId, input.label)
  const draft = { unit: input.unit, displayUnit: input.displayUnit, kind: input.kind }
  const value = input.text.trim() === '' ? null : parseValueInput(input.text, draft)
  return workspace.db.transaction(() => {
    const seriesId = workspace.metrics.insertSeries({
      familyId: report.familyId,
      label,
      unit: input.unit,
      displayUnit: input.displayUnit,
      qualifier: 'exact',
      kind: input.kind,
      baseSeriesId: null,
      bindingStatus: 'accepted',
    })
    workspace.metrics.writeValue({
      seriesId,
      year: report.year,
      value,
      displayUnit: input.displayUnit,
      qualifier: 'exact',
      source: 'manual',
    })
    return workspace.metrics.getSeries(seriesId)!
  })()
}
