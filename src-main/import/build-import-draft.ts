import { AppError } from '../shared/errors/app-error'
import { createFigureDrafter } from '../metrics/figure-drafts'
import { detectStructure } from './detect-structure'
import { draftSourceImages } from './draft-source-images'
import type { ImportDraft, ReportImportOptions } from './import-draft'
import { labelSeriesDrafts } from './label-series-drafts'
import { outlineToDocuments } from './outline-to-documents'
import type { ReadBlock } from './source-paragraph'
import { stripOutlineNumbering } from './strip-outline-numbering'
import { suggestReportTitle } from './suggest-report-title'

/**
 * Reads the blocks of an imported file into a report draft without touching a database:
 * pictures become image drafts, the outline is detected, and every figure becomes a `metric`
 * node bound to a series draft. `persistImport` writes the result.
 */
export function buildImportDraft(blocks: ReadBlock[], options: ReportImportOptions): ImportDraft {
  if (!blocks.some((block) => block.kind === 'paragraph' && block.text.trim())) {
    throw new AppError('empty_import')
  }
  const source = draftSourceImages(blocks)
  const outline = stripOutlineNumbering(detectStructure(source.blocks))
  const { inline, drafts } = createFigureDrafter()
  const sections = outlineToDocuments(outline, inline)
  return {
    year: options.year,
    title: options.title?.trim() || suggestReportTitle(outline, options.year),
    organization: options.organization ?? '',
    images: source.images,
    series: labelSeriesDrafts(drafts, sections),
    sections,
  }
}
