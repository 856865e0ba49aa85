import { z } from 'zod'
import { rowIdSchema } from '../../contract/row-id-schema'
import { teamRoles } from './team-roles'

/** A team account as others see it (to assign sections, to name a signer): no secrets. */
export const teamMemberSchema = z.object({
  id: rowIdSchema,
  name: z.string(),
  role: z.enum(teamRoles),
})
export type TeamMember = z.output<typeof teamMemberSchema>

/** The accounts a section is assigned to; a section with none is open to every writer. */
export const sectionAssignmentSchema = z.object({
  sectionId: rowIdSchema,
  members: z.array(teamMemberSchema),
})
export type SectionAssignment = z.output<typeof sectionAssignmentSchema>

/** Who has a section open in the team server right now (the outline marks it). */
export const sectionPresenceSchema = z.object({
  sectionId: rowIdSchema,
  members: z.array(z.object({ name: z.string(), role: z.enum(teamRoles) })),
})
export type SectionPresence = z.output<typeof sectionPresenceSchema>
