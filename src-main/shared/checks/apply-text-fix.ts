import type { DocumentNode } from '../document/document-json'
import { replaceTextRange } from '../document/replace-text-range'
import type { ReportFix } from './report-finding'

/**
 * The section's document with a finding's fix applied, or undefined when the text has moved on
 * (the stretch no longer reads `expected`) or the stretch touches a figure. The editor applies
 * the same change as one undoable transaction; this pure form is what tests and the CLI use.
 */
export function applyTextFix(doc: DocumentNode, fix: ReportFix): DocumentNode | undefined {
  return replaceTextRange(doc, fix.anchorStart, fix.anchorEnd, fix.replacement, fix.expected)
}
