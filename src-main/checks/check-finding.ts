import type { CheckRule } from './check-rule-info'

/** error: certainly wrong; warning: very likely wrong; info: worth a look, often a style choice. */
export type CheckSeverity = 'error' | 'warning' | 'info'

/** One problem a check found in a text, as the checks panel and `check --json` show it. */
export interface CheckFinding {
  rule: CheckRule
  severity: CheckSeverity
  /** In Chinese, from the "checks" messages of resources/locales/zh-CN.json. */
  message: string
  /** The message's key under "checks" in the locale files, for the UI to show it in its language. */
  messageKey?: string
  messageParams?: Record<string, string | number>
  /** UTF-16 offset of the first character concerned in the checked text. */
  start: number
  /** UTF-16 offset just past the last character concerned. */
  end: number
  /** Replacement text for [start, end), given only when the fix is mechanical. */
  suggestion?: string
}
