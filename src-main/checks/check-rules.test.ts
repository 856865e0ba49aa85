import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import zhCN from '../../resources/locales/zh-CN.json'
import type { CheckFinding, CheckSeverity } from '../shared/checks/check-finding'
import { checkRuleRows, formatCheckRuleRows } from './check-rule-rows'
import { checkRules } from '../shared/checks/check-rule-info'
import { checkRuleTable } from './check-rules'
import { checkText } from './check-text'
import { proofreadingWordList } from './proofreading-word-list'

const severityRank: Record<CheckSeverity, number> = { info: 1, warning: 2, error: 3 }
const corpusFolder = new URL('../../eval-corpus/', import.meta.url)
const texts = [
  readFileSync(new URL('../../resources/shangdang-2025.txt', import.meta.url), 'utf8'),
  ...readdirSync(corpusFolder)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(new URL(name, corpusFolder), 'utf8')),
  // A few slips of each text rule, so every one reports something here.
  '全年投资4千万元，增长９%，二零二五年新建3-5个园区。。由80亿元增长到96亿元，同比增长25%。',
  '上党区坚持以人民为中心,打造"一流营商环境"，推进“放管服“改革！！',
]

function ruleOf(finding: CheckFinding) {
  const rule = checkRuleTable.find((entry) => entry.id === finding.rule)
  if (!rule) {
    throw new Error(`no rule ${finding.rule}`)
  }
  return rule
}

describe('the check rule table', () => {
  it('lists every rule once, named in the locale files', () => {
    expect(checkRuleTable.map((rule) => rule.id)).toEqual([...checkRules])
    expect(new Set(checkRules).size).toBe(checkRules.length)
    expect(Object.keys(zhCN.checks.rules).sort()).toEqual([...checkRules].sort())
    expect(checkRuleTable.every((rule) => rule.messageKey === `rules.${rule.id}`)).toBe(true)
  })

  it('gives every finding message in the locale files to exactly one rule', () => {
    const { rules, severities, ...groups } = zhCN.checks
    expect(Object.keys(rules).length).toBeGreaterThan(0)
    expect(Object.keys(severities)).toEqual(['error', 'warning', 'info'])
    const messages = Object.entries(groups).flatMap(([group, names]) =>
      Object.keys(names).map((name) => `${group}.${name}`),
    )
    const claimed = checkRuleTable.flatMap((rule) => [...rule.messageKeys])
    expect([...claimed].sort()).toEqual([...messages].sort())
  })

  it('gives every rule a check', () => {
    for (const rule of checkRuleTable) {
      expect(rule.check.section ?? rule.check.text, rule.id).toBeTypeOf('function')
    }
  })

  it("finds text slips with its rules' own messages, no more severe than the rule, every placeholder filled", () => {
    const findings = texts.flatMap((text) => checkText(text, { year: 2025 }))
    const textRules = checkRuleTable.filter((rule) => rule.check.text).map((rule) => rule.id)
    expect([...new Set(findings.map((finding) => finding.rule))].sort()).toEqual(textRules.sort())
    for (const finding of findings) {
      const rule = ruleOf(finding)
      expect(rule.messageKeys, finding.rule).toContain(finding.messageKey)
      expect(severityRank[finding.severity], finding.messageKey).toBeLessThanOrEqual(
        severityRank[rule.severity],
      )
      expect(finding.message, finding.messageKey).not.toMatch(/\{\{\w+\}\}/u)
    }
  })

  it('holds no word-list entry more severe than the wording rule', () => {
    const wording = checkRuleTable.find((rule) => rule.id === 'wording')
    const highest = Math.max(...proofreadingWordList.map((entry) => severityRank[entry.severity]))
    expect(highest).toBeLessThanOrEqual(severityRank[wording?.severity ?? 'info'])
  })
})

describe('the rule list in the README', () => {
  it('is the rule table', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
    expect(readme).toContain(formatCheckRuleRows(checkRuleRows()))
  })
})
