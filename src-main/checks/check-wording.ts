import { WordList } from '../shared/extraction/word-list'
import type { CheckFinding } from '../shared/checks/check-finding'
import { createFinding } from './create-finding'
import type { WordEntry } from './proofreading-word-list'
import { proofreadingWordList } from './proofreading-word-list'
import type { WordSegmenter } from './word-segmenter'
import { wordSegmenter } from './word-segmenter'

const contextReach = 30
const clauseBreaks = new Set('，。；：！？、\n')

interface Matcher {
  words: WordList
  byWrong: Map<string, WordEntry[]>
}

const matchers = new WeakMap<readonly WordEntry[], Matcher>()

function matcherOf(entries: readonly WordEntry[]): Matcher {
  let matcher = matchers.get(entries)
  if (!matcher) {
    const byWrong = new Map<string, WordEntry[]>()
    for (const entry of entries) {
      byWrong.set(entry.wrong, [...(byWrong.get(entry.wrong) ?? []), entry])
    }
    matcher = { words: new WordList([...byWrong.keys()]), byWrong }
    matchers.set(entries, matcher)
  }
  return matcher
}

function inException(text: string, entry: WordEntry, start: number): boolean {
  return entry.exceptions.some((word) => {
    const offset = word.indexOf(entry.wrong)
    return offset >= 0 && text.startsWith(word, start - offset)
  })
}

function fitsContext(text: string, entry: WordEntry, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - contextReach), start)
  const after = text.slice(end, end + contextReach)
  return (
    (!entry.before || entry.before.test(before)) &&
    (!entry.after || entry.after.test(after)) &&
    !entry.notBefore?.test(before) &&
    !entry.notAfter?.test(after)
  )
}

/** The clause around [start, end), which the segmenter reads: words do not cross it. */
function clauseAround(text: string, start: number, end: number): [number, number] {
  let from = start
  while (from > 0 && start - from < contextReach && !clauseBreaks.has(text[from - 1])) {
    from--
  }
  let to = end
  while (to < text.length && to - end < contextReach && !clauseBreaks.has(text[to])) {
    to++
  }
  return [from, to]
}

/**
 * Whether the match is a word of its own, as a reader takes it: it starts where a word starts,
 * and it either ends where one ends or lies at the start of one word (座落在). So 座落 in
 * 这座落成 (这|座|落成) and 成份 in 达成份额 (达成|份额) are not matches.
 */
function standsAsWord(text: string, start: number, end: number, segmenter: WordSegmenter): boolean {
  const [from, to] = clauseAround(text, start, end)
  const boundaries = segmenter.boundaries(text.slice(from, to))
  if (!boundaries) {
    return true
  }
  const relativeStart = start - from
  const relativeEnd = end - from
  if (!boundaries.has(relativeStart)) {
    return false
  }
  if (boundaries.has(relativeEnd)) {
    return true
  }
  for (let inside = relativeStart + 1; inside < relativeEnd; inside++) {
    if (boundaries.has(inside)) {
      return false
    }
  }
  return true
}

function findingOf(entry: WordEntry, start: number, end: number): CheckFinding {
  const params = {
    text: entry.wrong,
    suggestion: entry.right,
    note: entry.note,
    source: entry.source,
  }
  const keys = {
    replace: 'wording.replace',
    quote: 'wording.quote',
    firstMention: 'wording.firstMention',
  } as const
  const key = keys[entry.kind]
  return createFinding('wording', entry.severity, key, params, { start, end }, entry.right)
}

/**
 * The proofreading word list (resources/proofreading/word-list.json) on plain text: each
 * wrong form found where it stands as a word (see standsAsWord; jieba segments the clause) and
 * its context rules hold, with the right form as the fix. A firstMention entry flags only the
 * first abbreviation, and only when its full name was not written before it. Without the native
 * segmenter the context rules and exceptions alone decide.
 */
export function checkWording(
  text: string,
  entries: readonly WordEntry[] = proofreadingWordList,
  segmenter: WordSegmenter = wordSegmenter(),
): CheckFinding[] {
  const { words, byWrong } = matcherOf(entries)
  const findings: CheckFinding[] = []
  const mentioned = new Set<string>()
  for (let index = 0; index < text.length; index++) {
    const wrong = words.startingAt(text, index)
    if (!wrong) {
      continue
    }
    const end = index + wrong.length
    for (const entry of byWrong.get(wrong)!) {
      if (entry.kind === 'firstMention') {
        if (mentioned.has(entry.id)) {
          continue
        }
        mentioned.add(entry.id)
        if (text.lastIndexOf(entry.right, index) >= 0) {
          continue
        }
      }
      const fits = !inException(text, entry, index) && fitsContext(text, entry, index, end)
      if (fits && standsAsWord(text, index, end, segmenter)) {
        findings.push(findingOf(entry, index, end))
        break
      }
    }
  }
  return findings
}
