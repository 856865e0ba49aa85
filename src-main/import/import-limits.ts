/** A limit on what one imported file may produce, and the error code that names it. */
export interface ImportLimit {
  limit: number
  code: string
  /** The limit as the message shows it, when not as a plain number. */
  shown?: string
}

/**
 * What one imported file (.txt, .docx, .html, or pasted text) may hold, counted while it is read:
 * a file passing one is refused at once, before it can take the app's memory and time. Each is
 * many times what a real 两会 report has (the bench's 200-page report: about 4,000 paragraphs,
 * 200,000 characters, 40 tables, 20 photos; a Word file of it about 150,000 XML elements).
 */
export const importLimits = {
  paragraphs: { limit: 20_000, code: 'import_too_many_paragraphs' },
  characters: { limit: 2_000_000, code: 'import_too_many_characters' },
  /** One line of text (a real paragraph is a few hundred characters; this is some 25 pages). */
  paragraphLength: { limit: 50_000, code: 'import_paragraph_too_long' },
  tableCells: { limit: 20_000, code: 'import_too_many_table_cells' },
  /** Styles defined in a Word file's styles part (Word's own files define a few hundred). */
  styles: { limit: 5_000, code: 'import_too_many_styles' },
  /** Elements of one XML part of a Word file, counted in its text before it is parsed. */
  xmlElements: { limit: 250_000, code: 'import_too_many_elements' },
  /** Elements of a web page, counted in its text before it is parsed. */
  htmlElements: { limit: 30_000, code: 'import_too_many_elements' },
  /** Bytes of the pictures embedded in one file, by the sizes its zip declares, before inflating. */
  pictureBytes: {
    limit: 100 * 1024 * 1024,
    code: 'import_too_many_picture_bytes',
    shown: '100 MB',
  },
} satisfies Record<string, ImportLimit>

export type ImportLimitName = keyof typeof importLimits
