import type { SectionKind } from '../shared/sections/section-kind'
import type { SourceAttachment } from './source-paragraph'

/** A body paragraph; `leadLength` is the UTF-16 length of its bold lead sentence (0 when none). */
export interface DetectedParagraph {
  kind: 'paragraph'
  text: string
  leadLength: number
}

export type DetectedBlock = DetectedParagraph | SourceAttachment

/**
 * One outline entry. `title` is what the outline shows: the heading line for `heading`
 * (not repeated in `blocks`), the lead sentence without its final 。 for `subsection`,
 * the title line for `title`, the subtitle line for `subtitle` (also not repeated in blocks), and for
 * the others a short label taken from their first line.
 */
export interface DetectedSection {
  kind: SectionKind
  title: string
  blocks: DetectedBlock[]
  children: DetectedSection[]
}
