import { describe, expect, it } from 'vitest'
import type { Section } from '../../../src-main/shared/sections/section'
import { sectionAndSubsections } from './section-and-subsections'

function section(id: number, parentId: number | null): Section {
  return {
    id,
    reportId: 1,
    parentId,
    position: id,
    kind: parentId === null ? 'heading' : 'subsection',
    title: `栏目${id}`,
    doc: { type: 'doc', content: [] },
    lineageKey: `k${id}`,
    version: 1,
    updatedAt: '2026-01-01T00:00:00Z',
    deletedAt: null,
  }
}

describe('sectionAndSubsections', () => {
  const sections = [section(1, null), section(2, 1), section(3, 2), section(4, null), section(5, 4)]

  it('gives the section and everything under it, at any depth', () => {
    expect(sectionAndSubsections(sections, 1)).toEqual([1, 2, 3])
  })

  it('gives a section without subsections on its own', () => {
    expect(sectionAndSubsections(sections, 5)).toEqual([5])
  })
})
