import type { DocumentMark } from '../../shared/document/document-json'
import type { MarkName } from '../../shared/document/node-names'
import { safeHref } from '../html/safe-href'
import type { RunFormat } from './docx-render-context'

/** How each mark changes a run's format; a mark added to the schema is a type error here. */
export const docxMarkFormats: Record<
  MarkName,
  (format: RunFormat, mark: DocumentMark) => RunFormat
> = {
  bold: (format) => ({ ...format, bold: true }),
  italic: (format) => ({ ...format, italics: true }),
  link: (format, mark) => {
    // As in the HTML export: Word would follow a file://, UNC or script link on a click.
    const href = safeHref(mark.attrs?.href)
    return href ? { ...format, link: href } : format
  },
  leadSentence: (format) => ({ ...format, characterRole: 'leadSentence' }),
}
