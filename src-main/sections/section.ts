import type { DocumentNode } from '../document/document-json'
import type { SectionKind } from './section-kind'

/** One outline entry of a report with its body. */
export interface Section {
  id: number
  reportId: number
  parentId: number | null
  position: number
  kind: SectionKind
  title: string
  doc: DocumentNode
  /** Stays the same when the report is carried into the next year. */
  lineageKey: string
  version: number
  updatedAt: string
  /** When the section was put into its report's trash; null while it is live. */
  deletedAt: string | null
}

/** Why a section was saved, as its history lists it. */
export const revisionReasons = [
  'create',
  'edit',
  'restore',
  'check-fix',
  'roll-forward',
  'metrics',
  'structure',
] as const
export type RevisionReason = (typeof revisionReasons)[number]

/** The reasons an editor may give when it saves: a typed edit, or a check's fix applied in it. */
export const editorSaveReasons = ['edit', 'check-fix'] as const satisfies readonly RevisionReason[]
export type EditorSaveReason = (typeof editorSaveReasons)[number]

/** A saved state of a section, listed in its history. */
export interface SectionRevision {
  id: number
  sectionId: number
  version: number
  title: string
  reason: string
  createdAt: string
}
