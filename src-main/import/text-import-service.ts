import type { Workspace } from '../workspace/workspace'
import { buildImportDraft } from './build-import-draft'
import type { ReportImportOptions } from './import-draft'
import { persistImport } from './persist-import'
import type { ReadBlock } from './source-paragraph'
import { splitTextParagraphs } from './split-text-paragraphs'

export interface TextImportInput extends ReportImportOptions {
  text: string
}

/**
 * Imports blocks read from a file into a new report: drafted first without the database
 * (pictures, structure, figures), then stored in one short transaction. Returns the report id.
 */
export function importBlocks(
  workspace: Workspace,
  blocks: ReadBlock[],
  options: ReportImportOptions,
): number {
  return persistImport(workspace, buildImportDraft(blocks, options))
}

/** Imports a report laid out as plain text into a new report, figures bound; returns its id. */
export function importText(workspace: Workspace, input: TextImportInput): number {
  return importBlocks(workspace, splitTextParagraphs(input.text), input)
}
