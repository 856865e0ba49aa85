import type { Section } from '../../../src-main/shared/sections/section'

export interface OutlineEntry {
  section: Section
  children: OutlineEntry[]
}

/** The flat section list as a tree, siblings in position order. */
export function buildOutlineTree(sections: Section[]): OutlineEntry[] {
  const byParent = new Map<number | null, Section[]>()
  for (const section of sections) {
    byParent.set(section.parentId, [...(byParent.get(section.parentId) ?? []), section])
  }
  const build = (parentId: number | null): OutlineEntry[] =>
    (byParent.get(parentId) ?? [])
      .sort((a, b) => a.position - b.position)
      .map((section) => ({ section, children: build(section.id) }))
  return build(null)
}
