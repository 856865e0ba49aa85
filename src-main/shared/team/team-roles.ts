/**
 * The roles of a team account: a writer (记者) writes sections, an editor (编辑) fills metric
 * values and assigns sections, a reviewer (审核) reads, checks and signs off without editing text,
 * an admin manages accounts and may do everything.
 */
export const teamRoles = ['writer', 'editor', 'reviewer', 'admin'] as const

export type TeamRole = (typeof teamRoles)[number]
