import type { CheckFinding, CheckSeverity } from '../shared/checks/check-finding'
import { checkRuleTable } from './check-rules'

/** What plain text does not say itself: the year it reports on completes a shortened 24年. */
export interface CheckTextOptions {
  year?: number
}

const severityRanks: Record<CheckSeverity, number> = { error: 3, warning: 2, info: 1 }

/**
 * Whether `cover`'s suggestion already fixes `inner`: it spans it, and is either larger or, on the
 * same span, more severe. "3-5万" → "3万～5万" fixes the hyphen the punctuation rule reports.
 */
function fixes(cover: CheckFinding, inner: CheckFinding): boolean {
  if (cover.suggestion === undefined || cover.start > inner.start || cover.end < inner.end) {
    return false
  }
  const sameSpan = cover.start === inner.start && cover.end === inner.end
  return !sameSpan || severityRanks[cover.severity] > severityRanks[inner.severity]
}

/**
 * Every rule that checks plain text (number usage, punctuation, stated changes, the proofreading
 * word list) on `text`, in text order. A finding whose span lies inside another one's suggestion is left
 * out, so that every suggestion shown can be applied.
 */
export function checkText(text: string, options: CheckTextOptions = {}): CheckFinding[] {
  const findings = checkRuleTable.flatMap((rule) => rule.check.text?.(text, options) ?? [])
  findings.sort(
    (a, b) =>
      a.start - b.start || b.end - a.end || severityRanks[b.severity] - severityRanks[a.severity],
  )
  const kept: CheckFinding[] = []
  let cover: CheckFinding | undefined
  for (const finding of findings) {
    if (cover && fixes(cover, finding)) {
      continue
    }
    kept.push(finding)
    if (finding.suggestion !== undefined && (!cover || finding.end > cover.end)) {
      cover = finding
    }
  }
  return kept
}
