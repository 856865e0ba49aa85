import type { CheckFinding } from '../shared/checks/check-finding'
import type { PlantedError } from './eval-corpus'

/** How findings compare with the errors planted in a text. */
export interface CheckScore {
  planted: number
  caught: number
  /** Caught with exactly the right form the labeller wrote (when one was written). */
  fixedRight: number
  findings: number
  /** Findings that match no planted error: on a clean sentence, or of another rule. */
  falseAlarms: number
  /** Sentences with no planted error, and how many of them drew a finding. */
  cleanSentences: number
  cleanSentencesFlagged: number
  /** Planted errors missed, and false alarms, as "start rule text". */
  missed: string[]
  alarms: string[]
}

const sentenceEnds = /[。！？；\n]/u

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end
}

function sentenceSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = []
  let start = 0
  for (let index = 0; index <= text.length; index++) {
    if (index === text.length || sentenceEnds.test(text[index])) {
      if (text.slice(start, index).trim() !== '') {
        spans.push({ start, end: index + 1 })
      }
      start = index + 1
    }
  }
  return spans
}

/**
 * Scores the findings of the plain-text checks on `text` against its planted errors: a planted
 * error is caught by a finding of its rule that overlaps it; every other finding is a false alarm.
 */
export function scoreChecks(
  text: string,
  planted: readonly PlantedError[],
  findings: readonly CheckFinding[],
): CheckScore {
  const catches = (error: PlantedError, finding: CheckFinding) =>
    finding.rule === error.rule && overlaps(error, finding)
  const caughtErrors = planted.filter((error) => findings.some((found) => catches(error, found)))
  const replaced = (span: { start: number; end: number }, replacement: string) =>
    text.slice(0, span.start) + replacement + text.slice(span.end)
  // Right when applying the finding's fix gives the text the labeller's right form gives.
  const fixedRight = caughtErrors.filter((error) =>
    findings.some(
      (found) =>
        catches(error, found) &&
        error.suggestion !== '' &&
        found.suggestion !== undefined &&
        replaced(found, found.suggestion) === replaced(error, error.suggestion),
    ),
  ).length
  const alarms = findings.filter((found) => !planted.some((error) => catches(error, found)))
  const clean = sentenceSpans(text).filter(
    (sentence) => !planted.some((error) => overlaps(sentence, error)),
  )
  const flagged = clean.filter((sentence) => findings.some((found) => overlaps(sentence, found)))
  return {
    planted: planted.length,
    caught: caughtErrors.length,
    fixedRight,
    findings: findings.length,
    falseAlarms: alarms.length,
    cleanSentences: clean.length,
    cleanSentencesFlagged: flagged.length,
    missed: planted
      .filter((error) => !caughtErrors.includes(error))
      .map((error) => `${error.start} ${error.rule} ${error.text}`),
    alarms: alarms.map(
      (found) => `${found.start} ${found.rule} ${text.slice(found.start, found.end)}`,
    ),
  }
}
