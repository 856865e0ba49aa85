import type { CheckSeverity } from './check-finding'
import type { CheckMessageKey } from './check-message'

/**
 * What a check rule is, apart from how it checks (ESLint's rule `meta`): what the checks panel,
 * the CLI (`check --rules`) and the README list. The checks themselves are in check-rules.ts,
 * which the renderer does not load.
 */
export interface CheckRuleInfo {
  id: string
  /** The most severe finding it reports (error: certainly wrong; warning: very likely; info: worth a look). */
  severity: CheckSeverity
  /** Its name in the locale files: checks.rules.<id>. */
  messageKey: CheckMessageKey & `rules.${string}`
  /** Every message its findings carry, under "checks" in the locale files. */
  messageKeys: readonly CheckMessageKey[]
}

/** The rules, in the order the panel lists them. */
export const checkRuleInfo = [
  {
    id: 'pending-metric',
    severity: 'error',
    messageKey: 'rules.pending-metric',
    messageKeys: ['report.pendingMetric', 'report.pendingMetricNoPrevious'],
  },
  {
    id: 'pending-chart',
    severity: 'error',
    messageKey: 'rules.pending-chart',
    messageKeys: ['report.pendingChart'],
  },
  {
    id: 'stale-number',
    severity: 'warning',
    messageKey: 'rules.stale-number',
    messageKeys: ['report.staleNumber', 'report.sameAsLastYear', 'report.unboundFigure'],
  },
  {
    id: 'year-not-moved',
    severity: 'warning',
    messageKey: 'rules.year-not-moved',
    messageKeys: ['report.yearNotMoved'],
  },
  {
    id: 'number-usage',
    severity: 'warning',
    messageKey: 'rules.number-usage',
    messageKeys: [
      'numberUsage.magnitude',
      'numberUsage.magnitudeAmbiguous',
      'numberUsage.rangeMagnitude',
      'numberUsage.yearZero',
      'numberUsage.countingZero',
      'numberUsage.shortYear',
      'numberUsage.shortYearUncertain',
      'numberUsage.fullWidthDigits',
      'numberUsage.mixedPercent',
      'numberUsage.percentForm',
    ],
  },
  {
    id: 'punctuation',
    severity: 'error',
    messageKey: 'rules.punctuation',
    messageKeys: [
      'punctuation.halfWidth',
      'punctuation.ellipsis',
      'punctuation.unpaired',
      'punctuation.straightQuote',
      'punctuation.straightQuoteUnpaired',
      'punctuation.repeated',
      'punctuation.repeatedPeriods',
      'punctuation.stacked',
      'punctuation.emphatic',
      'punctuation.rangeDash',
      'punctuation.timeRangeDash',
      'punctuation.rangeEmDash',
      'punctuation.quotedListComma',
    ],
  },
  {
    id: 'change-consistency',
    severity: 'warning',
    messageKey: 'rules.change-consistency',
    messageKeys: [
      'changeConsistency.mismatch',
      'changeConsistency.wrongDirection',
      'changeConsistency.pointsExpected',
      'changeConsistency.percentExpected',
      'changeConsistency.directionWord',
    ],
  },
  {
    id: 'wording',
    severity: 'warning',
    messageKey: 'rules.wording',
    messageKeys: ['wording.replace', 'wording.quote', 'wording.firstMention'],
  },
] as const satisfies readonly CheckRuleInfo[]

/** A rule's id. */
export type CheckRule = (typeof checkRuleInfo)[number]['id']

/** The rules' ids, in the panel's order (a tuple, for z.enum). */
export const checkRules = checkRuleInfo.map((rule) => rule.id) as unknown as readonly [
  CheckRule,
  ...CheckRule[],
]
