import { z } from 'zod'
import { checkRules } from './check-rule-info'
import { checkSeverities } from './check-finding'

/** One problem a check found in a text, as the checks panel and `check --json` show it. */
export const checkFindingSchema = z.object({
  rule: z.enum(checkRules),
  severity: z.enum(checkSeverities),
  /** In Chinese, from the "checks" messages of resources/locales/zh-CN.json. */
  message: z.string(),
  /** The message's key under "checks" in the locale files, for the UI to show it in its language. */
  messageKey: z.string().optional(),
  messageParams: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  /** UTF-16 offset of the first character concerned in the checked text. */
  start: z.number().int().min(0),
  /** UTF-16 offset just past the last character concerned. */
  end: z.number().int().min(0),
  /** Replacement text for [start, end), given only when the fix is mechanical. */
  suggestion: z.string().optional(),
})
