import type { z } from 'zod'
import type { checkFindingSchema } from './check-finding-schema'

/**
 * The checks a report can be proofread with. pending-metric, pending-chart, stale-number and
 * year-not-moved work on the document and its metrics; change-consistency, number-usage,
 * punctuation and wording (the proofreading word list) also work on plain text (see checkText).
 */
export const checkRules = [
  'pending-metric',
  'pending-chart',
  'stale-number',
  'change-consistency',
  'year-not-moved',
  'number-usage',
  'punctuation',
  'wording',
] as const
export type CheckRule = (typeof checkRules)[number]

/** error: certainly wrong; warning: very likely wrong; info: worth a look, often a style choice. */
export const checkSeverities = ['error', 'warning', 'info'] as const
export type CheckSeverity = (typeof checkSeverities)[number]

/** One problem a check found in a text (see checkFindingSchema). */
export type CheckFinding = z.output<typeof checkFindingSchema>
