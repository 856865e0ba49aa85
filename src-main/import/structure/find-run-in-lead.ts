import type { Role } from './classify-lines'
import { countHan, countLetters } from './line-shapes'
import type { Reading } from './read-lines'
import { leadNumbering, proseOpening, runInCore } from './structure-lexicon'
import {
  runInLeadHan,
  runInLeadMaxSentencesBefore,
  runInLeadMinLettersAround,
  runInLeadSizeTolerance,
} from './structure-thresholds'

/** The shortest and longest lead sentence of the body, in Han characters. */
export interface LeadSizes {
  min: number
  max: number
}

/** An intro paragraph split before its run-in lead: the intro, and the subsection's text from the lead on. */
export interface RunInLead {
  intro: string
  rest: string
  leadLength: number
}

/** The Han lengths of the body's lead sentences, which a run-in lead must be close to. */
export function measureLeadSizes(
  reading: Reading,
  roles: (Role | undefined)[],
  range: { start: number; end: number },
): LeadSizes | undefined {
  const sizes: number[] = []
  for (let index = range.start; index < range.end; index++) {
    const role = roles[index]
    const line = reading.items[index]
    const isLead = role?.kind === 'leadLine' || role?.kind === 'leadParagraph'
    if (line.kind !== 'paragraph' || !isLead) {
      continue
    }
    const leadLength = role.kind === 'leadLine' ? line.text.length : role.leadLength
    sizes.push(countHan(line.text.slice(0, leadLength).replace(leadNumbering, '')))
  }
  return sizes.length === 0 ? undefined : { min: Math.min(...sizes), max: Math.max(...sizes) }
}

/** A lead sentence that lost its paragraph break, after the first or second sentence of `text`. */
export function findRunInLead(text: string, sizes: LeadSizes): RunInLead | undefined {
  let sentencesBefore = 0
  for (const sentenceEnd of text.matchAll(/[。！？!?][”’」』）)]*/gu)) {
    sentencesBefore++
    if (sentencesBefore > runInLeadMaxSentencesBefore) {
      return undefined
    }
    const start = sentenceEnd.index + sentenceEnd[0].length
    const intro = text.slice(0, start).trimEnd()
    const rest = text.slice(start).trimStart()
    const leadEnd = rest.search(/[。！!]/u)
    if (leadEnd < 0) {
      return undefined
    }
    const core = rest.slice(0, leadEnd)
    if (
      countLetters(intro) >= runInLeadMinLettersAround &&
      countLetters(rest.slice(leadEnd + 1)) >= runInLeadMinLettersAround &&
      isRunInCore(core, sizes)
    ) {
      return { intro, rest, leadLength: leadEnd + 1 }
    }
  }
  return undefined
}

function isRunInCore(core: string, sizes: LeadSizes): boolean {
  const han = countHan(core)
  return (
    runInCore.test(core) &&
    han >= Math.max(runInLeadHan.min, sizes.min - runInLeadSizeTolerance) &&
    han <= Math.min(runInLeadHan.max, sizes.max + runInLeadSizeTolerance) &&
    !proseOpening.test(core)
  )
}
