import type { CheckFinding, CheckSeverity } from '../shared/checks/check-finding'
import type { CheckRule } from '../shared/checks/check-rule-info'
import type { CheckMessageKey } from '../shared/checks/check-message'
import { findingMessage } from '../shared/checks/check-message'

/** A finding with its Chinese message; `suggestion` only when the fix is mechanical. */
export function createFinding(
  rule: CheckRule,
  severity: CheckSeverity,
  key: CheckMessageKey,
  params: Record<string, string>,
  span: { start: number; end: number },
  suggestion?: string,
): CheckFinding {
  const finding: CheckFinding = {
    rule,
    severity,
    ...findingMessage(key, params),
    start: span.start,
    end: span.end,
  }
  return suggestion === undefined ? finding : { ...finding, suggestion }
}
