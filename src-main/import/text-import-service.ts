import { randomUUID } from 'node:crypto'
import { AppError } from '../errors/app-error'
import { createFigureDrafter } from '../metrics/figure-drafts'
import { persistSeriesDrafts } from '../metrics/persist-series-drafts'
import { insertSectionTree } from '../reports/create-report-with-sections'
import type { Workspace } from '../workspace/workspace'
import type { DetectedSection } from './detected-outline'
import { detectStructure } from './detect-structure'
import { outlineToDocuments } from './outline-to-documents'
import { resolveSourceImages } from './resolve-source-images'
import { stripOutlineNumbering } from './strip-outline-numbering'
import type { ReadBlock } from './source-paragraph'
import { splitTextParagraphs } from './split-text-paragraphs'

/** "——上党区交出二〇二五年高质量发展答卷" → "上党区高质量发展答卷"; else the title line. */
export function suggestReportTitle(sections: DetectedSection[], year: number): string {
  const subtitle = sections.find((section) => section.kind === 'subtitle')?.title ?? ''
  const answer = /^[—─-]*\s*(.+?)交出(?:[〇零一二三四五六七八九\d]{4}年)?(.*答卷)$/.exec(subtitle)
  if (answer) {
    return `${year}年 ${answer[1]}${answer[2]}`
  }
  const title = sections.find((section) => section.kind === 'title')?.title
  return `${year}年 ${title ?? '答卷'}`
}

export interface ReportImportOptions {
  year: number
  title?: string
  organization?: string
}

export interface TextImportInput extends ReportImportOptions {
  text: string
}

/**
 * Imports blocks read from a file into a new report: pictures stored, structure detected,
 * figures bound; all in one transaction. Returns the report id.
 */
export function importBlocks(
  workspace: Workspace,
  blocks: ReadBlock[],
  options: ReportImportOptions,
): number {
  if (!blocks.some((block) => block.kind === 'paragraph' && block.text.trim())) {
    throw new AppError('empty_import')
  }
  const familyId = randomUUID()
  return workspace.db.transaction(() => {
    const reportId = workspace.reports.insert({
      year: options.year,
      title: '',
      organization: options.organization ?? '',
      familyId,
    })
    const outline = stripOutlineNumbering(
      detectStructure(resolveSourceImages(workspace, reportId, blocks)),
    )
    workspace.reports.rename(
      reportId,
      options.title?.trim() || suggestReportTitle(outline, options.year),
    )
    const { inline, drafts } = createFigureDrafter()
    const sections = outlineToDocuments(outline, inline)
    insertSectionTree(
      workspace,
      reportId,
      persistSeriesDrafts(workspace, familyId, options.year, drafts, sections),
    )
    return reportId
  })()
}

/** Imports a report laid out as plain text into a new report, figures bound; returns its id. */
export function importText(workspace: Workspace, input: TextImportInput): number {
  return importBlocks(workspace, splitTextParagraphs(input.text), input)
}
