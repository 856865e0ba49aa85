import type { Section } from '../../../src-main/shared/sections/section'

/** A section's id and those of every section under it, for exporting "this section". */
export function sectionAndSubsections(sections: Section[], sectionId: number): number[] {
  const ids = [sectionId]
  for (let index = 0; index < ids.length; index++) {
    for (const section of sections) {
      if (section.parentId === ids[index]) {
        ids.push(section.id)
      }
    }
  }
  return ids
}
