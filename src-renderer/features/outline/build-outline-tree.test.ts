import { describe, expect, it } from 'vitest'
import type { Section } from '../../../src-main/shared/sections/section'
import { buildOutlineTree } from './build-outline-tree'

const section = (id: number, parentId: number | null, position: number): Section => ({
  id,
  reportId: 1,
  parentId,
  position,
  kind: parentId ? 'subsection' : 'heading',
  title: `s${id}`,
  doc: { type: 'doc' },
  lineageKey: `k${id}`,
  version: 1,
  updatedAt: '',
  deletedAt: null,
})

describe('buildOutlineTree', () => {
  it('nests children under parents and orders siblings by position', () => {
    const tree = buildOutlineTree([
      section(3, 1, 1),
      section(1, null, 1),
      section(2, 1, 0),
      section(4, null, 0),
    ])
    expect(
      tree.map((entry) => [entry.section.id, entry.children.map((child) => child.section.id)]),
    ).toEqual([
      [4, []],
      [1, [2, 3]],
    ])
  })
})
