import type { CheckFinding } from './check-finding'

/**
 * A mechanical fix: new text for a stretch of the section's text, never a figure or a value.
 * The editor applies it as one undoable transaction after showing `expected` → `replacement`.
 */
export interface ReportFix {
  kind: 'replace-text'
  anchorStart: number
  anchorEnd: number
  expected: string
  replacement: string
}

/**
 * A finding in a report section. `start`/`end` are offsets in the section's text as `show`
 * prints it; `anchorStart`/`anchorEnd` locate it in the editor (figures count one character).
 */
export interface ReportFinding extends CheckFinding {
  /** Stable while the finding's facts stay the same: dismissals are recorded under it. */
  key: string
  sectionId: number
  sectionTitle: string
  anchorStart: number
  anchorEnd: number
  fix?: ReportFix
  /** Warnings and notes can be dismissed with a reason (e.g. 按可比价计算); errors cannot. */
  dismissible: boolean
  dismissed?: { reason: string; by: string; at: string }
}
