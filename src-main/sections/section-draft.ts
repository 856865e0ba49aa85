import type { DocumentNode } from '../shared/document/document-json'
import type { SectionKind } from '../shared/sections/section-kind'

/** A section ready to be stored: its kind, outline title, body and children. */
export interface SectionDraft {
  kind: SectionKind
  title: string
  doc: DocumentNode
  children: SectionDraft[]
}
