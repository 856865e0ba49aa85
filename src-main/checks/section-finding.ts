import type { CheckFinding } from '../shared/checks/check-finding'
import type { ReportFix } from '../shared/checks/report-finding'

/**
 * A finding of one rule in one section, before the report checks give it its key and anchor:
 * offsets are in the shown text, `identity` tells it apart from the section's other findings.
 */
export interface SectionFinding extends CheckFinding {
  identity: string
  fix?: ReportFix
  dismissible: boolean
}
