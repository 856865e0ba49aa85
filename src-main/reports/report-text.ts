import type { z } from 'zod'
import { documentPlainText } from '../shared/document/plain-text'
import { figureRendererFor } from '../metrics/metric-service'
import type { Section } from '../shared/sections/section'
import type { Workspace } from '../workspace/workspace'
import { requireReport } from './report-service'
import type { reportTextSchema, sectionTextSchema } from '../shared/reports/report-text-schema'

/** A report as text (see reportTextSchema). */
export type ReportText = z.output<typeof reportTextSchema>

/** A section as `show` prints it (see sectionTextSchema). */
export type SectionText = z.output<typeof sectionTextSchema>

/** Sections in reading order (depth first, by position). */
export function sectionsInReadingOrder(sections: Section[]): Section[] {
  const ordered: Section[] = []
  const visit = (parentId: number | null) => {
    for (const section of sections
      .filter((item) => item.parentId === parentId)
      .sort((a, b) => a.position - b.position)) {
      ordered.push(section)
      visit(section.id)
    }
  }
  visit(null)
  return ordered
}

/** The report as text: `{id, year, title, sections: [{id, kind, title, text, metrics}]}`. */
export function reportText(workspace: Workspace, reportId: number): ReportText {
  const report = requireReport(workspace, reportId)
  const render = figureRendererFor(workspace, report)
  const series = new Map(
    workspace.metrics.listSeries(report.familyId).map((item) => [item.id, item]),
  )
  const values = workspace.metrics.listValues(report.familyId, report.year)
  const sections = sectionsInReadingOrder(workspace.sections.listByReport(reportId))
  return {
    id: report.id,
    year: report.year,
    title: report.title,
    sections: sections.map((section): SectionText => {
      const metrics: SectionText['metrics'] = []
      const text = documentPlainText(section.doc, (attributes) => {
        const rendered = render(attributes)
        const value = values.find(
          (item) => item.seriesId === attributes.seriesId && item.year === report.year,
        )?.value
        metrics.push({
          text: rendered,
          value: value ?? null,
          unit: series.get(attributes.seriesId)?.unit ?? '',
        })
        return rendered
      })
      return { id: section.id, kind: section.kind, title: section.title, text, metrics }
    }),
  }
}
