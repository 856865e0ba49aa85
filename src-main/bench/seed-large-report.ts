import type { DocumentNode } from '../shared/document/document-json'
import { importBlocks } from '../import/text-import-service'
import { figureRendererFor } from '../metrics/metric-service'
import { requireReport } from '../reports/report-service'
import { sectionsInReadingOrder } from '../reports/report-text'
import type { Workspace } from '../workspace/workspace'
import { documentPlainText } from '../shared/document/plain-text'
import { generateReportBlocks } from './generate-report-blocks'

/** A report as stored, counted: what the bench's figures were measured on. */
export interface ReportShape {
  reportId: number
  pages: number
  characters: number
  sections: number
  boundFigures: number
  series: number
  tables: number
  images: number
}

function countNodes(node: DocumentNode, type: string): number {
  return (
    (node.type === type ? 1 : 0) +
    (node.content ?? []).reduce((sum, child) => sum + countNodes(child, type), 0)
  )
}

/** Counts what a stored report holds: characters as shown, sections, bound figures, tables, pictures. */
export function describeReport(workspace: Workspace, reportId: number, pages: number): ReportShape {
  const report = requireReport(workspace, reportId)
  const render = figureRendererFor(workspace, report)
  const sections = sectionsInReadingOrder(workspace.sections.listByReport(reportId))
  const total = (type: string) =>
    sections.reduce((sum, section) => sum + countNodes(section.doc, type), 0)
  return {
    reportId,
    pages,
    characters: sections.reduce(
      (sum, section) => sum + documentPlainText(section.doc, render).length,
      0,
    ),
    sections: sections.length,
    boundFigures: total('metric'),
    series: workspace.metrics.listSeries(report.familyId).length,
    tables: total('table'),
    images: total('reportImage'),
  }
}

/** Imports a generated report of `pages` pages through the app's own import (structure, binding). */
export function seedLargeReport(workspace: Workspace, pages: number): ReportShape {
  const generated = generateReportBlocks(pages)
  const reportId = importBlocks(workspace, generated.blocks, {
    year: 2025,
    organization: '上党区融媒体中心',
  })
  const shape = describeReport(workspace, reportId, pages)
  const same =
    shape.sections === generated.sections &&
    shape.tables === generated.tables &&
    shape.images === generated.images
  if (!same) {
    throw new Error(
      `generated report imported differently: ${shape.sections}/${generated.sections} sections, ` +
        `${shape.tables}/${generated.tables} tables, ${shape.images}/${generated.images} images`,
    )
  }
  return shape
}
