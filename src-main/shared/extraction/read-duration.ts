import type { FigureQualifier } from './extracted-figure'
import figureWords from './figure-words.json'
import type { UnitMatch } from './match-unit'
import { WordList } from './word-list'

/** streak: 连续五年, 连续三届 (one more each year it holds); period: 过去三年, 五年来, 建区24年来. */
export type DurationKind = 'streak' | 'period'

/** A number of years (or 届) that the words around it make a length of time. */
export interface DurationTail {
  unit: UnitMatch
  duration: DurationKind
  /** exact, or about after 历时近 / 用了近. */
  qualifier: FigureQualifier
  /** Where the lead word (连续, 过去, 近 …) starts; the number's start when the tail says it. */
  leadStart: number
}

const { leads, tails, streakLead, streakUnits, approximateAfter } = figureWords.durations
const leadWords = new WordList(leads)
const tailWords = new WordList(tails)
const approximateWords = new WordList(approximateAfter)
/** 年 followed by these is a grade, a decade, a year's part or a date: 六年级, 80年代, 三年底. */
const notAfterYear = new Set('级代度底初末月份前后')

/**
 * What makes the number between `start` and `end` a duration: 年 (or, after 连续, 届 or 次)
 * right after it, and a lead word before it (连续, 过去, 近, 建区 …) or a tail word after the
 * unit (来, 间, 之和 …), from figure-words.json. Undefined otherwise: 三年行动 and "24年全县"
 * are a name and a shortened year. 近 before a duration says "the last" (近三年), not "nearly",
 * unless a verb of time comes before it (历时近三年).
 */
export function readDuration(text: string, start: number, end: number): DurationTail | undefined {
  const lead = leadWords.endingAt(text, start)
  const streak = lead === streakLead
  const unitChar = text[end]
  const isUnit = unitChar === '年' || (streak && streakUnits.includes(unitChar))
  if (!isUnit || (unitChar === '年' && notAfterYear.has(text[end + 1] ?? ''))) {
    return undefined
  }
  const unitEnd = end + 1
  if (!lead && !tailWords.startingAt(text, unitEnd)) {
    return undefined
  }
  let qualifier: FigureQualifier = 'exact'
  if (lead === '近' && approximateWords.endingAt(text, start - 1)) {
    qualifier = 'about'
  }
  return {
    unit: { written: unitChar, unit: unitChar, unitClass: 'count', end: unitEnd },
    duration: streak ? 'streak' : 'period',
    qualifier,
    leadStart: lead ? start - lead.length : start,
  }
}

/** Whether `start` follows 连续: a count there (连续三次) is a streak too. */
export function followsStreakLead(text: string, start: number): boolean {
  return leadWords.endingAt(text, start) === streakLead
}

/** The units a streak can count in: 年, 届, 次. */
export const streakUnitSet: ReadonlySet<string> = new Set(streakUnits)

/** The words that make a duration one, with the figure: 过去三年, 五年来, 建区24年来. */
export function durationPhrase(text: string, start: number, end: number): string {
  const lead = leadWords.endingAt(text, start) ?? ''
  const tail = tailWords.startingAt(text, end) ?? ''
  return text.slice(start - lead.length, end + tail.length)
}
