import { createContext, useContext } from 'react'
import type { ChannelName } from '../../../src-main/contract/channels'
import { mayCallChannel } from '../../../src-main/shared/team/channel-permissions'
import type { TeamMember } from '../../../src-main/shared/team/team-member-schema'

/** The signed-in account on the team server; undefined on one person's own PC. */
export const TeamUserContext = createContext<TeamMember | undefined>(undefined)

/** The signed-in team account, or undefined outside team mode. */
export function useTeamUser(): TeamMember | undefined {
  return useContext(TeamUserContext)
}

/**
 * Whether the person at this screen may call `channel`: always on one's own PC; on the team server,
 * as the role table the server enforces says (so the page offers only what will be accepted).
 */
export function useMayCall(channel: ChannelName): boolean {
  const user = useTeamUser()
  return user === undefined || mayCallChannel(user.role, channel)
}
