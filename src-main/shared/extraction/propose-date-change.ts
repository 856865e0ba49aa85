import type { DateReference } from './date-reference'
import { planYears } from './date-reference'
import { formatChineseYear, parseChineseYear } from './chinese-year'
import { formatChineseInteger } from './numerals'

/** 十四五 for 14. */
function planName(plan: number): string {
  return `${formatChineseInteger(plan)}五`
}

/** The year written in a reference, re-written as `year` in the same form. */
function rewriteYear(text: string, from: number, to: number): string {
  const arabic = String(from)
  if (text.includes(arabic)) {
    return text.replace(arabic, String(to))
  }
  const chinese = /[〇零一二三四五六七八九]{4}/u.exec(text)
  if (chinese && parseChineseYear(chinese[0]) === from) {
    return text.replace(chinese[0], formatChineseYear(to))
  }
  return text
}

/** A date or plan reference as a roll forward from `fromYear` proposes to write it. */
export interface DateChangeProposal {
  /** Exactly the reference's text, possibly extended by a word that moves with it (收官 → 开局). */
  end: number
  proposedText: string
}

const planPhases: [string, string][] = [['收官', '开局']]

/**
 * What a reference in a report of `fromYear` should read in the next year's report, or
 * undefined when nothing suggests a change. Years next to the report's own year move by one;
 * older years are history. A plan whose last year is `fromYear` becomes the next plan
 * (十四五收官 → 十五五开局). Relative years (今年, 去年) keep their words but are listed, so the
 * user checks that what they say still holds.
 */
export function proposeDateChange(
  reference: DateReference,
  text: string,
  fromYear: number,
): DateChangeProposal | undefined {
  if (reference.kind === 'relative') {
    return { end: reference.end, proposedText: reference.text }
  }
  if ((reference.kind === 'year' || reference.kind === 'date') && reference.year !== undefined) {
    const year = reference.year
    if (year < fromYear - 1 || year > fromYear + 1) {
      return undefined
    }
    const proposedText = rewriteYear(reference.text, year, year + 1).replace(/零/gu, '〇')
    return proposedText === reference.text ? undefined : { end: reference.end, proposedText }
  }
  if (reference.kind === 'plan' && reference.plan !== undefined) {
    if (planYears(reference.plan).last !== fromYear) {
      return undefined
    }
    const next = planName(reference.plan + 1)
    const afterQuote = text[reference.end] === '”' ? 1 : 0
    for (const [phase, nextPhase] of planPhases) {
      if (text.startsWith(phase, reference.end + afterQuote)) {
        const end = reference.end + afterQuote + phase.length
        return { end, proposedText: next + (afterQuote ? '”' : '') + nextPhase }
      }
    }
    return { end: reference.end, proposedText: next }
  }
  return undefined
}
