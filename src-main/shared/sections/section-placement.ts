import type { z } from 'zod'
import { AppError } from '../errors/app-error'
import type { Section } from './section'
import type { SectionKind } from './section-kind'
import type { sectionPlacementSchema } from './structure-change-schema'

/** Where a section goes: right after or before another one, or last inside a 栏目. */
export type SectionPlacement = z.output<typeof sectionPlacementSchema>

/** Kinds a person adds and moves in the outline: 栏目 at the top level, 小节 inside a 栏目. */
export const structuralKinds = ['heading', 'subsection'] as const satisfies readonly SectionKind[]
export type StructuralKind = (typeof structuralKinds)[number]

/** The parent and sibling index a placement gives, with the kinds' rules checked. */
export interface ResolvedPlacement {
  parentId: number | null
  /** Index among the parent's live children, after the section itself is taken out. */
  index: number
}

function siblingsOf(sections: Section[], parentId: number | null, except?: number): Section[] {
  return sections
    .filter((item) => item.parentId === parentId && item.id !== except)
    .sort((a, b) => a.position - b.position || a.id - b.id)
}

/**
 * Resolves a placement among a report's live sections for a section of `kind` (the one moved,
 * `movingId`, is left out of its old place). A 小节 goes inside a 栏目 (or beside another 小节);
 * a 栏目 and the other kinds stay at the top level; nothing goes inside itself.
 */
export function resolvePlacement(
  sections: Section[],
  kind: SectionKind,
  placement: SectionPlacement,
  movingId?: number,
): ResolvedPlacement {
  const targetId =
    'after' in placement
      ? placement.after
      : 'before' in placement
        ? placement.before
        : placement.inside
  const target = sections.find((item) => item.id === targetId)
  if (!target || targetId === movingId) {
    throw new AppError('placement_invalid')
  }
  const parentId = 'inside' in placement ? target.id : target.parentId
  const parent = parentId === null ? undefined : sections.find((item) => item.id === parentId)
  const allowed = kind === 'subsection' ? parent?.kind === 'heading' : parentId === null
  let ancestor = parent
  while (ancestor) {
    if (ancestor.id === movingId) {
      throw new AppError('placement_invalid')
    }
    ancestor = sections.find((item) => item.id === ancestor!.parentId)
  }
  if (!allowed) {
    throw new AppError(kind === 'subsection' ? 'placement_needs_heading' : 'placement_top_level')
  }
  const siblings = siblingsOf(sections, parentId, movingId)
  if ('inside' in placement) {
    return { parentId, index: siblings.length }
  }
  const at = siblings.findIndex((item) => item.id === target.id)
  return { parentId, index: 'after' in placement ? at + 1 : at }
}

/** The live siblings under `parentId` in order, for renumbering after a change. */
export function orderedSiblings(
  sections: Section[],
  parentId: number | null,
  except?: number,
): Section[] {
  return siblingsOf(sections, parentId, except)
}
