import en from '../../resources/locales/en.json'
import type { CheckSeverity } from '../shared/checks/check-finding'
import { checkMessage } from '../shared/checks/check-message'
import { checkRuleTable } from './check-rules'

/** One rule as the CLI (`check --rules`) and the README list it. */
export interface CheckRuleRow {
  id: string
  name: string
  englishName: string
  severity: CheckSeverity
  /** What it checks: a report (its sections with their metrics), plain text, or both. */
  checks: ('report' | 'text')[]
}

/** The check rules, from the rule table, in the panel's order. */
export function checkRuleRows(): CheckRuleRow[] {
  const englishNames: Record<string, string> = en.checks.rules
  return checkRuleTable.map((rule) => ({
    id: rule.id,
    name: checkMessage(rule.messageKey),
    englishName: englishNames[rule.id],
    severity: rule.severity,
    checks: [
      ...(rule.check.section ? ['report' as const] : []),
      ...(rule.check.text ? ['text' as const] : []),
    ],
  }))
}

/** The rules as a Markdown table: what `check --rules` prints and the README shows. */
export function formatCheckRuleRows(rows: CheckRuleRow[]): string {
  const lines = rows.map(
    (row) =>
      `| \`${row.id}\` | ${row.name} | ${row.englishName} | ${row.severity} | ${row.checks.join(', ')} |`,
  )
  return [
    '| Rule | 名称 | Name | Most severe | Checks |',
    '| --- | --- | --- | --- | --- |',
    ...lines,
  ].join('\n')
}
