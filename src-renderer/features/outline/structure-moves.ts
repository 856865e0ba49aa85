import type { ChannelInput } from '../../../src-main/contract/channels'
import type { Section } from '../../../src-main/shared/sections/section'
import type { OutlineEntry } from './build-outline-tree'

export type StructureChange = ChannelInput<'sections.structure'>

interface Located {
  entry: OutlineEntry
  siblings: OutlineEntry[]
  index: number
  parent: OutlineEntry | undefined
}

/** Where a section stands in the outline: its siblings, its index among them and its parent. */
export function locate(entries: OutlineEntry[], sectionId: number): Located | undefined {
  const walk = (list: OutlineEntry[], parent: OutlineEntry | undefined): Located | undefined => {
    for (const [index, entry] of list.entries()) {
      if (entry.section.id === sectionId) {
        return { entry, siblings: list, index, parent }
      }
      const inner = walk(entry.children, entry)
      if (inner) {
        return inner
      }
    }
    return undefined
  }
  return walk(entries, undefined)
}

const structural = (section: Section) => section.kind === 'heading' || section.kind === 'subsection'

/**
 * Alt+↑ / Alt+↓: a section moves before its previous sibling or after its next one; a 小节 at
 * the edge of its 栏目 moves into the neighbouring 栏目 (last of the one above, first of the one
 * below). Undefined when there is nowhere to go.
 */
export function moveChange(
  entries: OutlineEntry[],
  sectionId: number,
  direction: 'up' | 'down',
): StructureChange | undefined {
  const found = locate(entries, sectionId)
  if (!found) {
    return undefined
  }
  const { siblings, index, parent } = found
  const neighbour = siblings[direction === 'up' ? index - 1 : index + 1]
  if (neighbour) {
    const placement =
      direction === 'up' ? { before: neighbour.section.id } : { after: neighbour.section.id }
    return { op: 'move', sectionId, placement }
  }
  if (!parent) {
    return undefined
  }
  const outer = locate(entries, parent.section.id)!
  const headings = outer.siblings.filter((item) => item.section.kind === 'heading')
  const at = headings.indexOf(parent)
  const next = headings[direction === 'up' ? at - 1 : at + 1]
  if (!next) {
    return undefined
  }
  if (direction === 'up' || next.children.length === 0) {
    return { op: 'move', sectionId, placement: { inside: next.section.id } }
  }
  return { op: 'move', sectionId, placement: { before: next.children[0]!.section.id } }
}

/** 升为栏目: a 小节 becomes a 栏目 right after the 栏目 it was in. */
export function promoteChange(
  entries: OutlineEntry[],
  sectionId: number,
): StructureChange | undefined {
  const found = locate(entries, sectionId)
  if (!found || found.entry.section.kind !== 'subsection' || !found.parent) {
    return undefined
  }
  return {
    op: 'convert',
    sectionId,
    kind: 'heading',
    placement: { after: found.parent.section.id },
  }
}

/** 降为小节: a 栏目 without 小节 becomes the last 小节 of the 栏目 before it. */
export function demoteChange(
  entries: OutlineEntry[],
  sectionId: number,
): StructureChange | undefined {
  const found = locate(entries, sectionId)
  if (!found || found.entry.section.kind !== 'heading' || found.entry.children.length > 0) {
    return undefined
  }
  const previous = found.siblings
    .slice(0, found.index)
    .reverse()
    .find((item) => item.section.kind === 'heading')
  if (!previous) {
    return undefined
  }
  return {
    op: 'convert',
    sectionId,
    kind: 'subsection',
    placement: { inside: previous.section.id },
  }
}

/**
 * Where a dragged section lands when dropped on `targetId`: a 小节 dropped on a 栏目 goes in it
 * (last); otherwise before the target when dropped on its upper half, else after it.
 */
export function dropChange(
  entries: OutlineEntry[],
  draggedId: number,
  targetId: number,
  upperHalf: boolean,
): StructureChange | undefined {
  const dragged = locate(entries, draggedId)
  const target = locate(entries, targetId)
  if (!dragged || !target || draggedId === targetId || !structural(dragged.entry.section)) {
    return undefined
  }
  if (dragged.entry.section.kind === 'subsection' && target.entry.section.kind === 'heading') {
    return { op: 'move', sectionId: draggedId, placement: { inside: targetId } }
  }
  const placement = upperHalf ? { before: targetId } : { after: targetId }
  return { op: 'move', sectionId: draggedId, placement }
}
