/**
 * The checks a report can be proofread with. pending-metric, pending-chart, stale-number and
 * year-not-moved work on the document and its metrics; change-consistency, number-usage and punctuation also
 * work on plain text (see checkText).
 */
export const checkRules = [
  'pending-metric',
  'pending-chart',
  'stale-number',
  'change-consistency',
  'year-not-moved',
  'number-usage',
  'punctuation',
] as const
export type CheckRule = (typeof checkRules)[number]

/** error: certainly wrong; warning: very likely wrong; info: worth a look, often a style choice. */
export type CheckSeverity = 'error' | 'warning' | 'info'

/** One problem a check found in a text, as the checks panel and `check --json` show it. */
export interface CheckFinding {
  rule: CheckRule
  severity: CheckSeverity
  /** In Chinese, from the "checks" messages of resources/locales/zh-CN.json. */
  message: string
  /** UTF-16 offset of the first character concerned in the checked text. */
  start: number
  /** UTF-16 offset just past the last character concerned. */
  end: number
  /** Replacement text for [start, end), given only when the fix is mechanical. */
  suggestion?: string
}
