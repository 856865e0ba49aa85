import type { DocumentTextMap, FigureRenderer } from '../shared/document/document-text-map'
import { documentTextMap } from '../shared/document/document-text-map'
import { findCounterpart } from '../reports/find-counterpart'
import { figureRendererFor, figureRendererFrom, loadFamilyValues } from '../metrics/metric-service'
import type { MetricSeries } from '../shared/metrics/metric-series'
import type { Report } from '../shared/reports/report'
import type { Section } from '../shared/sections/section'
import type { Workspace } from '../workspace/workspace'

/** What the report checks know about a report: its series and this and last year's values. */
export interface ReportCheckData {
  report: Report
  series: Map<number, MetricSeries>
  valueOf: (seriesId: number, year: number) => number | null
  /** The figure renderer of a report of the family (this one or last year's), built once. */
  rendererFor: (report: Report) => FigureRenderer
}

/** One section as the checks read it, with last year's counterpart when there is one. */
export interface SectionCheckContext {
  section: Section
  /** Figures rendered with this year's values (pending ones as placeholders). */
  shown: DocumentTextMap
  /** Figures as one character each; offsets here survive value changes. */
  anchor: DocumentTextMap
  counterpart?: { report: Report; shown: DocumentTextMap; anchor: DocumentTextMap }
}

/**
 * The series and values the checks read. With `seriesIds` (checking some sections), only those
 * series, their base series and their values for this year and the two before are loaded, which
 * keeps a refresh after one keystroke cheap in a report of thousands of figures.
 */
export function reportCheckData(
  workspace: Workspace,
  report: Report,
  seriesIds?: number[],
): ReportCheckData {
  if (!seriesIds) {
    return fullReportCheckData(workspace, report)
  }
  const series = new Map(
    workspace.metrics.listSeriesByIds(seriesIds).map((item) => [item.id, item]),
  )
  const bases = [...series.values()].flatMap((item) =>
    item.baseSeriesId && !series.has(item.baseSeriesId) ? [item.baseSeriesId] : [],
  )
  for (const base of workspace.metrics.listSeriesByIds(bases)) {
    series.set(base.id, base)
  }
  const values = new Map(
    workspace.metrics
      .listValuesOf([...series.keys()], report.year - 2, report.year)
      .map((value) => [`${value.seriesId}:${value.year}`, value.value]),
  )
  const valueOf = (seriesId: number, year: number): number | null =>
    values.get(`${seriesId}:${year}`) ?? null
  return {
    report,
    series,
    valueOf,
    rendererFor: memoizeByReport((target) =>
      target.familyId === report.familyId && target.year >= report.year - 1
        ? figureRendererFrom(series, valueOf, target.year)
        : figureRendererFor(workspace, target),
    ),
  }
}

/** A renderer per report, built on first use. */
function memoizeByReport(
  build: (report: Report) => FigureRenderer,
): (report: Report) => FigureRenderer {
  const renderers = new Map<number, FigureRenderer>()
  return (report) => {
    let renderer = renderers.get(report.id)
    if (!renderer) {
      renderer = build(report)
      renderers.set(report.id, renderer)
    }
    return renderer
  }
}

function fullReportCheckData(workspace: Workspace, report: Report): ReportCheckData {
  const { series, valueOf } = loadFamilyValues(workspace, report)
  return {
    report,
    series,
    valueOf,
    rendererFor: memoizeByReport((target) =>
      target.id === report.id
        ? figureRendererFrom(series, valueOf, report.year)
        : figureRendererFor(workspace, target),
    ),
  }
}

export function sectionCheckContext(
  workspace: Workspace,
  data: ReportCheckData,
  section: Section,
  found = findCounterpart(workspace, data.report, section),
): SectionCheckContext {
  return {
    section,
    shown: documentTextMap(section.doc, data.rendererFor(data.report)),
    anchor: documentTextMap(section.doc),
    counterpart: found && {
      report: found.report,
      shown: documentTextMap(found.section.doc, data.rendererFor(found.report)),
      anchor: documentTextMap(found.section.doc),
    },
  }
}
