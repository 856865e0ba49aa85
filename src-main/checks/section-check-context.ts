import type { DocumentTextMap, FigureRenderer } from '../document/document-text-map'
import { documentTextMap } from '../document/document-text-map'
import { findCounterpart } from '../compare/find-counterpart'
import { figureRendererFor, figureRendererFrom, loadFamilyValues } from '../metrics/metric-service'
import type { MetricSeries } from '../metrics/metric-series'
import type { Report } from '../reports/report'
import type { Section } from '../sections/section'
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

export function reportCheckData(workspace: Workspace, report: Report): ReportCheckData {
  const { series, valueOf } = loadFamilyValues(workspace, report)
  const renderers = new Map<number, FigureRenderer>([[report.id, figureRendererFrom(series, valueOf, report.year)]])
  return {
    report,
    series,
    valueOf,
    rendererFor: (target) => {
      let renderer = renderers.get(target.id)
      if (!renderer) {
        renderer = figureRendererFor(workspace, target)
        renderers.set(target.id, renderer)
      }
      return renderer
    },
  }
}

export function sectionCheckContext(workspace: Workspace, data: ReportCheckData, section: Section): SectionCheckContext {
  const found = findCounterpart(workspace, data.report, section)
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
