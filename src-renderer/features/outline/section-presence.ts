import type {
  SectionAssignment,
  SectionPresence,
  TeamMember,
} from '../../../src-main/shared/team/team-member-schema'

/**
 * Who else has each section open: names by section, each name once, the signed-in account left
 * out (its own editor is not news); sections only oneself has open are absent.
 */
export function othersEditing(
  presence: SectionPresence[],
  selfName: string | undefined,
): Map<number, string[]> {
  const editing = new Map<number, string[]>()
  for (const { sectionId, members } of presence) {
    const names = editing.get(sectionId) ?? []
    for (const { name } of members) {
      if (name !== selfName && !names.includes(name)) {
        names.push(name)
      }
    }
    if (names.length > 0) {
      editing.set(sectionId, names)
    }
  }
  return editing
}

/** The accounts each section is assigned to; sections assigned to nobody are absent. */
export function assigneesBySection(assignments: SectionAssignment[]): Map<number, TeamMember[]> {
  const assignees = new Map<number, TeamMember[]>()
  for (const { sectionId, members } of assignments) {
    if (members.length > 0) {
      assignees.set(sectionId, members)
    }
  }
  return assignees
}

const presenceColors = ['#1a73e8', '#188038', '#e37400', '#9334e6', '#d01884', '#007b83']

/** A steady colour for a person's presence mark (the same name, the same colour). */
export function presenceColor(name: string): string {
  let hash = 0
  for (const character of name) {
    hash = (hash * 31 + character.codePointAt(0)!) >>> 0
  }
  return presenceColors[hash % presenceColors.length]!
}
