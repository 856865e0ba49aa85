import type { TeamRole } from './team-roles'

/** Who made a call on the team server: the signed-in account. Absent on one person's own PC. */
export interface TeamCaller {
  userId: number
  name: string
  role: TeamRole
}
