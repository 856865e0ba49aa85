import sources from '../../resources/proofreading/sources.json'
import wordList from '../../resources/proofreading/word-list.json'
import type { CheckSeverity } from '../shared/checks/check-finding'

/**
 * replace: the wrong form is replaced by the right one (截止 → 截至); quote: the term is put in
 * quotation marks (十四五 → “十四五”); firstMention: an abbreviated name is written in full
 * where it first appears (发改局 → 发展和改革局).
 */
export type WordEntryKind = 'replace' | 'quote' | 'firstMention'

/** One entry of resources/proofreading/word-list.json, its context rules compiled. */
export interface WordEntry {
  id: string
  kind: WordEntryKind
  wrong: string
  right: string
  /** The text right before the wrong form must match this (it ends with $). */
  before?: RegExp
  /** The text right after must match this (it starts with ^). */
  after?: RegExp
  notBefore?: RegExp
  notAfter?: RegExp
  /** Longer words holding the wrong form that are right (截止阀). */
  exceptions: string[]
  severity: CheckSeverity
  note: string
  /** The full citation, from resources/proofreading/sources.json. */
  source: string
  examples: { text: string; fixed: string }[]
  clean: string[]
}

interface WordEntryData {
  id: string
  kind: string
  wrong: string
  right: string
  before?: string
  after?: string
  notBefore?: string
  notAfter?: string
  exceptions?: string[]
  severity: string
  note: string
  source: string
  examples?: { text: string; fixed: string }[]
  clean?: string[]
}

const kinds: readonly string[] = ['replace', 'quote', 'firstMention']
const severities: readonly string[] = ['error', 'warning', 'info']

function pattern(source: string | undefined): RegExp | undefined {
  return source === undefined ? undefined : new RegExp(source, 'u')
}

/**
 * Reads and checks word-list entries: every entry has a known kind, severity and source, and
 * patterns that compile. Throws with the entry's id otherwise, so a broken edit fails at once.
 */
export function readWordEntries(
  entries: readonly WordEntryData[],
  citations: Readonly<Record<string, string>>,
): WordEntry[] {
  return entries.map((entry) => {
    const citation = citations[entry.source]
    const known = kinds.includes(entry.kind) && severities.includes(entry.severity)
    if (!known || !citation || entry.wrong === '' || entry.right === '') {
      throw new Error(`词表条目 ${entry.id} 不完整：kind、severity、source、wrong、right 必须有效`)
    }
    return {
      id: entry.id,
      kind: entry.kind as WordEntryKind,
      wrong: entry.wrong,
      right: entry.right,
      before: pattern(entry.before),
      after: pattern(entry.after),
      notBefore: pattern(entry.notBefore),
      notAfter: pattern(entry.notAfter),
      exceptions: entry.exceptions ?? [],
      severity: entry.severity as CheckSeverity,
      note: entry.note,
      source: citation,
      examples: entry.examples ?? [],
      clean: entry.clean ?? [],
    }
  })
}

/** The proofreading word list (规范表述 / 易错词) shipped in resources/proofreading/. */
export const proofreadingWordList: readonly WordEntry[] = readWordEntries(
  wordList.entries,
  sources as Record<string, string>,
)
