import type { z } from 'zod'
import type { reportComparisonSchema } from '../shared/compare/comparison-schema'
import type { DocumentNode } from '../shared/document/document-json'
import type { FigureRenderer } from '../shared/document/document-text-map'
import { documentPlainText } from '../shared/document/plain-text'
import { figureRendererFor } from '../metrics/metric-service'
import { previousReportOf } from '../reports/find-counterpart'
import { requireReport } from '../reports/report-service'
import { sectionsInReadingOrder } from '../reports/report-text'
import type { Section } from '../shared/sections/section'
import type { Workspace } from '../workspace/workspace'
import { blackline } from '../shared/compare/blackline'
import { compareMetrics } from './compared-metrics'
import { pairReportSections } from '../shared/compare/pair-report-sections'

/** The whole report against last year's: every section in reading order, and the figures. */
export type ReportComparison = z.output<typeof reportComparisonSchema>

/** One section of the whole-report compare. */
export type ComparedSection = ReportComparison['sections'][number]

function textOf(section: Section | null, render: FigureRenderer | undefined): string {
  return section && render ? documentPlainText(section.doc, render) : ''
}

/**
 * The blackline of every section of a report against last year's counterpart (same lineage
 * key), in this year's reading order: a section new this year is wholly added, one of last
 * year's with no counterpart is wholly removed where it stood. Then the figures of both years'
 * texts, in the order they first appear, with this year's value against last year's. Without a
 * last year's report, `previous` is null and every section is added. Nothing is written.
 */
export function compareReport(workspace: Workspace, reportId: number): ReportComparison {
  const report = requireReport(workspace, reportId)
  const previous = previousReportOf(workspace, report) ?? null
  const current = sectionsInReadingOrder(workspace.sections.listByReport(report.id))
  const last = previous ? sectionsInReadingOrder(workspace.sections.listByReport(previous.id)) : []
  const renderCurrent = figureRendererFor(workspace, report)
  const renderPrevious = previous ? figureRendererFor(workspace, previous) : undefined
  const pairs = pairReportSections(current, last)
  const docs: DocumentNode[] = []
  const sections = pairs.map(({ status, current: now, previous: before }): ComparedSection => {
    docs.push(...[now?.doc, before?.doc].filter((doc) => doc !== undefined))
    const parts = blackline(textOf(before, renderPrevious), textOf(now, renderCurrent))
    const shown = (now ?? before)!
    return {
      status,
      kind: shown.kind,
      title: shown.title,
      previousTitle: before?.title ?? null,
      sectionId: now?.id ?? null,
      previousSectionId: before?.id ?? null,
      changed: parts.some((part) => part.kind !== 'same'),
      parts,
    }
  })
  return {
    reportId: report.id,
    year: report.year,
    title: report.title,
    previous: previous && { reportId: previous.id, year: previous.year, title: previous.title },
    sections,
    metrics: compareMetrics(workspace, report, docs),
  }
}
