import type { TeamMember } from '../../../src-main/shared/team/team-member-schema'
import type { TeamRole } from '../../../src-main/shared/team/team-roles'

/** Writers first (they write sections), then editors, admins, reviewers. */
const roleOrder: Record<TeamRole, number> = { writer: 0, editor: 1, admin: 2, reviewer: 3 }

/** The accounts to offer in 分配给…: writers first, each role by name (Chinese collation). */
export function assignmentChoices(users: TeamMember[]): TeamMember[] {
  return [...users].sort(
    (left, right) =>
      roleOrder[left.role] - roleOrder[right.role] || left.name.localeCompare(right.name, 'zh-CN'),
  )
}
