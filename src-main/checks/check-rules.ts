import { checkBoundChanges } from './check-bound-changes'
import type { CheckFinding } from '../shared/checks/check-finding'
import { checkNumberUsage } from './check-number-usage'
import { checkPendingCharts } from './check-pending-charts'
import { checkPendingFigures } from './check-pending-figures'
import { checkPunctuation } from './check-punctuation'
import type { CheckRule, CheckRuleInfo } from '../shared/checks/check-rule-info'
import { checkRuleInfo } from '../shared/checks/check-rule-info'
import { checkStaleNumbers } from './check-stale-numbers'
import type { CheckTextOptions } from './check-text'
import { checkTextChanges } from './check-text-changes'
import { checkWording } from './check-wording'
import { checkYearReferences } from './check-year-references'
import type { ReportCheckData, SectionCheckContext } from './section-check-context'
import type { SectionFinding } from './section-finding'

/** A check on one section of a report, with the report's metrics and last year's text. */
export type SectionCheck = (context: SectionCheckContext, data: ReportCheckData) => SectionFinding[]

/** A check on plain text, which is also how a section's text is checked. */
export type TextCheck = (text: string, options: CheckTextOptions) => CheckFinding[]

/** How a rule checks: a report's section, plain text, or both. */
export interface RuleCheck {
  section?: SectionCheck
  text?: TextCheck
}

/** A check rule, as ESLint and textlint write theirs: what it is and how it checks. */
export interface CheckRuleDefinition extends CheckRuleInfo {
  id: CheckRule
  check: RuleCheck
}

const checks: Record<CheckRule, RuleCheck> = {
  'pending-metric': { section: checkPendingFigures },
  'pending-chart': { section: checkPendingCharts },
  'stale-number': { section: checkStaleNumbers },
  'year-not-moved': { section: checkYearReferences },
  'number-usage': { text: (text, { year }) => checkNumberUsage(text, year) },
  punctuation: { text: (text) => checkPunctuation(text) },
  'change-consistency': { section: checkBoundChanges, text: (text) => checkTextChanges(text) },
  wording: { text: (text) => checkWording(text) },
}

/** Every check rule in the panel's order; checkReport and checkText run them in this order. */
export const checkRuleTable: readonly CheckRuleDefinition[] = checkRuleInfo.map((info) => ({
  ...info,
  check: checks[info.id],
}))
