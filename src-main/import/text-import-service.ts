import { randomUUID } from 'node:crypto'
import { AppError } from '../errors/app-error'
import { createFigureBinder } from '../metrics/bind-figures'
import { createReportWithSections } from '../reports/create-report-with-sections'
import type { Workspace } from '../workspace/workspace'
import type { DetectedSection } from './detected-outline'
import { detectStructure } from './detect-structure'
import { outlineToDocuments } from './outline-to-documents'
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

export interface TextImportInput {
  text: string
  year: number
  title?: string
  organization?: string
}

/** Imports a report laid out as plain text into a new report, figures bound; returns its id. */
export function importText(workspace: Workspace, input: TextImportInput): number {
  const paragraphs = splitTextParagraphs(input.text)
  if (paragraphs.length === 0) {
    throw new AppError('empty_import')
  }
  const outline = detectStructure(paragraphs)
  const title = input.title?.trim() || suggestReportTitle(outline, input.year)
  const familyId = randomUUID()
  return workspace.db.transaction(() => {
    const drafts = outlineToDocuments(outline, createFigureBinder(workspace, familyId, input.year))
    return createReportWithSections(
      workspace,
      { year: input.year, title, organization: input.organization ?? '', familyId },
      drafts,
    )
  })()
}
