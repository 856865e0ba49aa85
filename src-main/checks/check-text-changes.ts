import { formatFigure } from '../shared/document/format-figure'
import { extractFigures } from '../shared/extraction/extract-figures'
import type { ExtractedFigure } from '../shared/extraction/extracted-figure'
import { fallingVerbs, risingVerbs } from '../shared/extraction/lexicon'
import { readLeadIn } from '../shared/extraction/read-lead-in'
import { WordList } from '../shared/extraction/word-list'
import type { CheckFinding } from '../shared/checks/check-finding'
import type { FindingMessage } from '../shared/checks/check-message'
import { findingMessage } from '../shared/checks/check-message'
import type { StatedChange, StatedChangeResult } from './check-stated-change'
import { checkStatedChange } from './check-stated-change'

const sentenceEnds = new Set('。！？；!?;\n')
const clauseBreaks = new Set('，,、：:')
/** How far before the first value 由/从 may stand: "由2024年的200亿元". */
const leadInReach = 16
const longestLink = 16
const longestGap = 12
const directionWords = new WordList([...risingVerbs, ...fallingVerbs])

/** "，较上年的", "比2024年同期的": what joins a value to the earlier one it is compared with. */
const againstEarlier = /^[，,]?\s*(?:同比)?[较比](?:上年|去年|\d{4}年)(?:同期)?的?$/u
const longestDirectionGap = 4

function isCandidate(sentence: string): boolean {
  const hasChange = sentence.includes('%') || sentence.includes('％') || sentence.includes('百分点')
  const hasFrom = sentence.includes('由') || sentence.includes('从')
  const fromTo = hasFrom && (sentence.includes('到') || sentence.includes('至'))
  return hasChange && (fromTo || sentence.includes('较') || sentence.includes('比'))
}

function hasClauseBreak(text: string): boolean {
  for (const char of text) {
    if (clauseBreaks.has(char)) {
      return true
    }
  }
  return false
}

/** "由A增长到B，同比增长C": A opens with 由/从 in its clause, B follows after 到/至. */
function comparesTwoValues(sentence: string, from: ExtractedFigure, to: ExtractedFigure): boolean {
  const comparable = from.kind !== 'change' && from.kind === to.kind && from.unit === to.unit
  // A range's first end borrows its unit ("3至5万元"): that is a span, not a before and after.
  if (!comparable || from.style.template === '{v}') {
    return false
  }
  const leadIn = sentence.slice(Math.max(0, from.start - leadInReach), from.start)
  let clauseStart = leadIn.length
  while (clauseStart > 0 && !clauseBreaks.has(leadIn[clauseStart - 1])) {
    clauseStart--
  }
  const clause = leadIn.slice(clauseStart)
  const link = sentence.slice(from.end, to.start)
  return (
    (clause.includes('由') || clause.includes('从')) &&
    link.length <= longestLink &&
    (link.includes('到') || link.includes('至')) &&
    !hasClauseBreak(link)
  )
}

/**
 * "达到96亿元，较上年的80亿元增长25%": the first value is this year's and the second, after
 * 较上年的 or 比2024年的, the earlier one; only a direction word stands before the change.
 */
function comparesAgainstEarlier(
  sentence: string,
  current: ExtractedFigure,
  earlier: ExtractedFigure,
  change: ExtractedFigure,
): boolean {
  const comparable =
    current.kind !== 'change' && current.kind === earlier.kind && current.unit === earlier.unit
  const gap = sentence.slice(earlier.end, change.start)
  return (
    comparable &&
    againstEarlier.test(sentence.slice(current.end, earlier.start)) &&
    gap.length <= longestDirectionGap &&
    directionWords.endingAt(sentence, change.start) !== undefined &&
    !hasClauseBreak(gap)
  )
}

/** "，比上年", "，同比": what stands between a value and the difference it gained or lost. */
const yearOnYear = /^[，,、]?\s*(?:同比|[比较](?:上年|去年)(?:同期)?)$/u
const beforeChange = /^[，,、]?\s*(?:同比)?$/u

/**
 * "达到96亿元，比上年增加16亿元，增长25%": this year's value and the difference from last year
 * give last year's (96 − 16 = 80); returns it, or undefined when the sentence is not so built.
 */
function earlierFromDifference(
  sentence: string,
  current: ExtractedFigure,
  difference: ExtractedFigure,
  change: ExtractedFigure,
): number | undefined {
  const comparable =
    current.kind !== 'change' &&
    current.kind === difference.kind &&
    current.unit === difference.unit
  const lead = readLeadIn(sentence, difference.start)
  const changeWord = directionWords.endingAt(sentence, change.start)
  if (!comparable || lead.direction === 0 || lead.level || !changeWord) {
    return undefined
  }
  const joined = yearOnYear.test(sentence.slice(current.end, lead.start))
  const followed = beforeChange.test(
    sentence.slice(difference.end, change.start - changeWord.length),
  )
  return joined && followed ? current.value - lead.direction * difference.value : undefined
}

function isExact(figure: ExtractedFigure): boolean {
  return figure.qualifier === 'exact'
}

function directionWord(value: number, unit: '%' | '百分点'): string {
  if (value < 0) {
    return '下降'
  }
  return unit === '%' ? '增长' : '提高'
}

function describeChange(value: number, unit: '%' | '百分点', decimals: number): string {
  const written = Math.abs(value).toFixed(decimals)
  return `${directionWord(value, unit)}${written}${unit === '%' ? '%' : '个百分点'}`
}

function findingFor(
  result: Exclude<StatedChangeResult, { status: 'ok' } | { status: 'not-checkable' }>,
  stated: StatedChange,
  sentence: string,
  figures: [ExtractedFigure, ExtractedFigure, ExtractedFigure],
  offset: number,
): CheckFinding {
  const [from, to, change] = figures
  const writtenDirection =
    directionWords.endingAt(sentence, change.start) ?? directionWord(stated.value, stated.unit)
  const expectedUnit = result.status === 'wrong-unit' ? result.expectedUnit : stated.unit
  const shownDecimals = Math.max(stated.decimals, 1)
  const params = {
    from: from.text,
    to: to.text,
    computed: describeChange(result.computed, expectedUnit, shownDecimals),
    stated: `${writtenDirection}${change.text}`,
  }
  const rounded = Number(Math.abs(result.computed).toFixed(stated.decimals))
  // A mismatch offers no "use the computed value": official rates are often at comparable
  // prices, and only a person decides which number is right. Only the unit is corrected.
  let suggestion: string | undefined
  let message: FindingMessage
  if (result.status === 'mismatch') {
    message = findingMessage('changeConsistency.mismatch', params)
  } else if (result.status === 'wrong-direction') {
    message = findingMessage('changeConsistency.wrongDirection', params)
  } else {
    const pointsExpected = result.expectedUnit === '百分点'
    const template = pointsExpected ? '{v}个百分点' : '{v}%'
    message = findingMessage(
      pointsExpected ? 'changeConsistency.pointsExpected' : 'changeConsistency.percentExpected',
      params,
    )
    suggestion = formatFigure(rounded, { ...change.style, template })
  }
  const finding: CheckFinding = {
    rule: 'change-consistency',
    severity: 'warning',
    ...message,
    start: offset + change.start,
    end: offset + change.end,
  }
  return suggestion === undefined ? finding : { ...finding, suggestion }
}

function checkSentence(sentence: string, offset: number, findings: CheckFinding[]): void {
  const figures = extractFigures(sentence)
  for (let index = 0; index + 2 < figures.length; index++) {
    const from = figures[index]
    const to = figures[index + 1]
    const change = figures[index + 2]
    const changeUnit = change.unit
    const gap = sentence.slice(to.end, change.start)
    // "按可比价计算增长8.5%" says outright that the rate is not the nominal one.
    const statesChange =
      change.kind === 'change' &&
      (changeUnit === '%' || changeUnit === '百分点') &&
      gap.length <= longestGap &&
      !gap.includes('可比')
    if (!statesChange || ![from, to, change].every(isExact)) {
      continue
    }
    let values: [ExtractedFigure, ExtractedFigure]
    if (comparesTwoValues(sentence, from, to)) {
      values = [from, to]
    } else if (comparesAgainstEarlier(sentence, from, to, change)) {
      values = [to, from]
    } else {
      const earlierValue = earlierFromDifference(sentence, from, to, change)
      if (earlierValue === undefined) {
        continue
      }
      const earlierText = formatFigure(earlierValue, from.style)
      values = [{ ...from, value: earlierValue, text: earlierText }, from]
    }
    const [earlier, current] = values
    const stated: StatedChange = {
      value: change.value,
      unit: changeUnit,
      decimals: change.style.decimals,
    }
    const isRate = earlier.kind === 'rate' && earlier.unit === '%'
    const result = checkStatedChange(stated, current.value, earlier.value, isRate)
    if (result.status !== 'ok' && result.status !== 'not-checkable') {
      findings.push(findingFor(result, stated, sentence, [earlier, current, change], offset))
    }
  }
}

/**
 * Stated changes in plain text that disagree with the two values the same sentence gives:
 * "由2024年的200亿元增长到2025年的230亿元，同比增长15%" (230 / 200 is 增长15.0%, fine),
 * "从2.3万人增加到2.8万人，增长25%" (the figures give 21.7%) or "达到96亿元，较上年的80亿元增长
 * 25%" or "达到96亿元，比上年增加16亿元，增长25%" (both 20%). Checked are two exact values of one
 * unit, the first after 由/从 and the second after 到/至, or this year's first and the earlier
 * one after 较上年的/比上年的, or this year's and its difference from last year, followed in the
 * same sentence by an exact change in % or 百分点; see checkStatedChange for the arithmetic and
 * tolerance. Findings
 * are warnings on the change figure: official growth rates may be at comparable prices, and a
 * change said to be one ("按可比价计算增长8.5%") is not checked.
 */
export function checkTextChanges(text: string): CheckFinding[] {
  const findings: CheckFinding[] = []
  let start = 0
  for (let index = 0; index <= text.length; index++) {
    if (index < text.length && !sentenceEnds.has(text[index])) {
      continue
    }
    const sentence = text.slice(start, index)
    if (isCandidate(sentence)) {
      checkSentence(sentence, start, findings)
    }
    start = index + 1
  }
  return findings
}
