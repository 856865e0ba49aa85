import { formatFigure } from '../document/format-figure'
import { extractFigures } from './extract-figures'

/** A streak a roll forward proposes to count on: 连续五年 → 连续六年. */
export interface StreakChangeProposal {
  start: number
  end: number
  oldText: string
  proposedText: string
}

const streakLead = '连续'
const clauseBreaks = /[，。；：！？、\n]/u
const longestClause = 24

/**
 * The streaks of a text (连续五年, 连续3届, 连续两次), each proposed one higher in the same
 * writing (连续六年, 连续4届, 连续三次). Whether the streak still holds is for a person to say,
 * so these are suggestions, never changed on their own.
 */
export function proposeStreakChanges(text: string): StreakChangeProposal[] {
  const proposals: StreakChangeProposal[] = []
  let at = text.indexOf(streakLead)
  while (at >= 0) {
    const numberStart = at + streakLead.length
    let clauseEnd = numberStart
    while (
      clauseEnd < text.length &&
      clauseEnd - numberStart < longestClause &&
      !clauseBreaks.test(text[clauseEnd])
    ) {
      clauseEnd++
    }
    const clause = text.slice(at, clauseEnd)
    const streak = extractFigures(clause).find(
      (figure) => figure.duration === 'streak' && figure.start === streakLead.length,
    )
    if (streak) {
      proposals.push({
        start: at + streak.start,
        end: at + streak.end,
        oldText: streak.text,
        proposedText: formatFigure(streak.value + 1, streak.style),
      })
    }
    at = text.indexOf(streakLead, numberStart)
  }
  return proposals
}
