import type { z } from 'zod'
import type { checkFindingSchema } from './check-finding-schema'

/** error: certainly wrong; warning: very likely wrong; info: worth a look, often a style choice. */
export const checkSeverities = ['error', 'warning', 'info'] as const
export type CheckSeverity = (typeof checkSeverities)[number]

/** One problem a check found in a text (see checkFindingSchema). */
export type CheckFinding = z.output<typeof checkFindingSchema>
