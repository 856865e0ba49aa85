import type { DocumentNode } from '../shared/document/document-json'

/** Formatting an importer saw on a paragraph (none for plain text). */
export interface ParagraphHints {
  /** Word heading style or <h1>-<h6> level. */
  headingLevel?: number
  /** The whole paragraph is bold. */
  bold?: boolean
  align?: 'left' | 'center' | 'right' | 'justify'
  fontSizePt?: number
  fontFamily?: string
  /** UTF-16 length of a bold run at the paragraph's start (the lead sentence), when formatting shows one. */
  leadLength?: number
}

/** One paragraph of an imported file, before structure detection. */
export interface SourceParagraph {
  kind: 'paragraph'
  text: string
  hints?: ParagraphHints
}

/** A table, image or other block an importer already converted; it stays with the section it falls in. */
export interface SourceAttachment {
  kind: 'attachment'
  node: DocumentNode
}

export type SourceBlock = SourceParagraph | SourceAttachment

/**
 * A picture an importer found: its bytes, or only its address when it was remote and not fetched.
 * The import service stores the bytes as an asset and turns the picture into an attachment.
 */
export interface SourceImage {
  kind: 'image'
  bytes?: Uint8Array
  remoteUrl?: string
  caption: string
  credit: string
}

/** What a file reader (.docx, .html) returns: paragraphs, converted blocks and pictures. */
export type ReadBlock = SourceBlock | SourceImage
