import { createContext, useContext } from 'react'
import type { TeamMember } from '../../../src-main/shared/team/team-member-schema'

/** The signed-in account on the team server; undefined on one person's own PC. */
export const TeamUserContext = createContext<TeamMember | undefined>(undefined)

/** The signed-in team account, or undefined outside team mode. */
export function useTeamUser(): TeamMember | undefined {
  return useContext(TeamUserContext)
}
