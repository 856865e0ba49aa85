import type { z } from 'zod'
import type { revisionSchema, sectionSchema } from './section-schema'

/** One outline entry of a report with its body (see sectionSchema). */
export type Section = z.output<typeof sectionSchema>

/** Why a section was saved, as its history lists it. */
export const revisionReasons = [
  'create',
  'edit',
  'restore',
  'check-fix',
  'roll-forward',
  'metrics',
  'structure',
  'team',
] as const
export type RevisionReason = (typeof revisionReasons)[number]

/** The reasons an editor may give when it saves: a typed edit, or a check's fix applied in it. */
export const editorSaveReasons = ['edit', 'check-fix'] as const satisfies readonly RevisionReason[]
export type EditorSaveReason = (typeof editorSaveReasons)[number]

/** A saved state of a section, listed in its history (see revisionSchema). */
export type SectionRevision = z.output<typeof revisionSchema>
