import type { DocumentMark } from '../../document/document-json'
import type { MarkName } from '../../document/node-names'
import type { RunFormat } from './docx-render-context'

/** How each mark changes a run's format; a mark added to the schema is a type error here. */
export const docxMarkFormats: Record<MarkName, (format: RunFormat, mark: DocumentMark) => RunFormat> = {
  bold: (format) => ({ ...format, bold: true }),
  italic: (format) => ({ ...format, italics: true }),
  link: (format, mark) => {
    const href = mark.attrs?.href
    return typeof href === 'string' && href !== '' ? { ...format, link: href } : format
  },
  leadSentence: (format) => ({ ...format, characterRole: 'leadSentence' }),
}
