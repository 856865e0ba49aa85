import { describe, expect, it } from 'vitest'
import type { Section } from '../../../src-main/shared/sections/section'
import { buildOutlineTree } from './build-outline-tree'
import { demoteChange, dropChange, moveChange, promoteChange } from './structure-moves'

let next = 1
function section(kind: Section['kind'], parentId: number | null = null): Section {
  const id = next++
  return {
    id,
    reportId: 1,
    parentId,
    position: id,
    kind,
    title: `${kind}${id}`,
    doc: { type: 'doc' },
    lineageKey: String(id),
    version: 1,
    updatedAt: '',
    deletedAt: null,
  }
}

// lead 1 · heading 2 [3, 4] · heading 5 [6] · heading 7 [] · closing 8
const sections = [
  section('lead'),
  section('heading'),
  section('subsection', 2),
  section('subsection', 2),
  section('heading'),
  section('subsection', 5),
  section('heading'),
  section('closing'),
]
const outline = buildOutlineTree(sections)

describe('outline moves', () => {
  it('moves a section past its sibling', () => {
    expect(moveChange(outline, 4, 'up')).toEqual({
      op: 'move',
      sectionId: 4,
      placement: { before: 3 },
    })
    expect(moveChange(outline, 5, 'down')).toEqual({
      op: 'move',
      sectionId: 5,
      placement: { after: 7 },
    })
  })

  it('moves a 小节 at the edge of its 栏目 into the neighbouring one', () => {
    expect(moveChange(outline, 6, 'up')).toEqual({
      op: 'move',
      sectionId: 6,
      placement: { inside: 2 },
    })
    expect(moveChange(outline, 4, 'down')).toEqual({
      op: 'move',
      sectionId: 4,
      placement: { before: 6 },
    })
    expect(moveChange(outline, 6, 'down')).toEqual({
      op: 'move',
      sectionId: 6,
      placement: { inside: 7 },
    })
    expect(moveChange(outline, 1, 'up')).toBeUndefined()
  })

  it('promotes a 小节 after its 栏目 and demotes an empty 栏目 into the one before', () => {
    expect(promoteChange(outline, 3)).toEqual({
      op: 'convert',
      sectionId: 3,
      kind: 'heading',
      placement: { after: 2 },
    })
    expect(demoteChange(outline, 7)).toEqual({
      op: 'convert',
      sectionId: 7,
      kind: 'subsection',
      placement: { inside: 5 },
    })
    expect(demoteChange(outline, 5)).toBeUndefined()
    expect(promoteChange(outline, 2)).toBeUndefined()
  })

  it('drops a 小节 into a 栏目 and other sections before or after the target', () => {
    expect(dropChange(outline, 3, 7, true)).toEqual({
      op: 'move',
      sectionId: 3,
      placement: { inside: 7 },
    })
    expect(dropChange(outline, 5, 2, true)).toEqual({
      op: 'move',
      sectionId: 5,
      placement: { before: 2 },
    })
    expect(dropChange(outline, 3, 4, false)).toEqual({
      op: 'move',
      sectionId: 3,
      placement: { after: 4 },
    })
    expect(dropChange(outline, 1, 2, true)).toBeUndefined()
  })
})
