import type { z } from 'zod'
import type { outlineChangeSchema } from '../../shared/export/export-schema'
import type { OutlineChangeKind } from '../../shared/export/docx/outline-change-kind'
import type { ExportProfile } from './export-profile'
import type { ExportSection } from './numbered-outline'
import { opensWithHeadingLine } from './subsection-heading-line'

/** One change and how many lines, headings or subsections it touched (see outlineChangeSchema). */
export type OutlineChange = z.output<typeof outlineChangeSchema>

/**
 * The changes a profile makes to these sections when it exports them, for the export dialog to
 * say: masthead lines left out, headings and subsection heading lines numbered, and subsections
 * whose lead sentence runs on into its paragraph left unnumbered. Paragraphs are never split or
 * joined, so there is no change of that kind to report.
 */
export function outlineChanges(sections: ExportSection[], profile: ExportProfile): OutlineChange[] {
  const { outline } = profile
  const count = (kind: OutlineChangeKind, value: number) =>
    value > 0 ? [{ kind, count: value }] : []
  const masthead = sections
    .filter((section) => section.kind === 'masthead')
    .reduce((lines, section) => lines + (section.doc.content?.length ?? 0), 0)
  const headings = sections.filter((section) => section.kind === 'heading').length
  const subsections = sections.filter((section) => section.kind === 'subsection')
  const headingLines = subsections.filter((section) => opensWithHeadingLine(section.doc)).length
  return [
    ...count('mastheadOmitted', outline.masthead === 'omit' ? masthead : 0),
    ...count('headingsNumbered', outline.numberHeadings ? headings : 0),
    ...count('subsectionsNumbered', outline.numberSubsections ? headingLines : 0),
    ...count(
      'topicSentencesUnnumbered',
      outline.numberSubsections ? subsections.length - headingLines : 0,
    ),
  ]
}
