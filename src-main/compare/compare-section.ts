import type { z } from 'zod'
import type { sectionComparisonSchema } from '../shared/compare/comparison-schema'
import { documentPlainText } from '../shared/document/plain-text'
import { figureRendererFor } from '../metrics/metric-service'
import { requireReport } from '../reports/report-service'
import { requireSection } from '../sections/section-service'
import type { Workspace } from '../workspace/workspace'
import { blackline } from '../shared/compare/blackline'
import { compareMetrics } from './compared-metrics'
import { findCounterpart } from '../reports/find-counterpart'

/** A section next to its counterpart of last year: a blackline of the text and the figures' values. */
export type SectionComparison = z.output<typeof sectionComparisonSchema>

/** A section next to its counterpart of last year: a blackline of the text and the figures' values. */
export function compareSection(workspace: Workspace, sectionId: number): SectionComparison {
  const section = requireSection(workspace, sectionId)
  const report = requireReport(workspace, section.reportId)
  const found = findCounterpart(workspace, report, section)
  const currentText = documentPlainText(section.doc, figureRendererFor(workspace, report))
  const previousText = found
    ? documentPlainText(found.section.doc, figureRendererFor(workspace, found.report))
    : ''
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
    metrics: compareMetrics(workspace, report, [section.doc]),
  }
}
