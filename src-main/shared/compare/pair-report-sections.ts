import { diffArrays } from 'diff'

/** How a section of the whole-report compare stands against last year's report. */
export const comparedSectionStatuses = ['paired', 'added', 'removed'] as const
export type ComparedSectionStatus = (typeof comparedSectionStatuses)[number]

/** This year's section and last year's counterpart; one of them is missing when not paired. */
export interface SectionPair<S> {
  status: ComparedSectionStatus
  current: S | null
  previous: S | null
}

/**
 * Pairs this year's sections with last year's by lineage key, both given in reading order, and
 * returns them in this year's reading order. A section new this year is `added`; a section of
 * last year's with no counterpart this year is `removed` and stands where it stood last year
 * among the sections both years share (the longest common run of lineage keys decides where).
 * A section moved this year is paired at its new place.
 */
export function pairReportSections<S extends { lineageKey: string }>(
  current: readonly S[],
  previous: readonly S[],
): SectionPair<S>[] {
  const previousByKey = new Map<string, S>()
  for (const section of previous) {
    if (!previousByKey.has(section.lineageKey)) {
      previousByKey.set(section.lineageKey, section)
    }
  }
  const currentKeys = new Set(current.map((section) => section.lineageKey))
  const pairs: SectionPair<S>[] = []
  let currentIndex = 0
  let previousIndex = 0
  const changes = diffArrays(
    previous.map((section) => section.lineageKey),
    current.map((section) => section.lineageKey),
  )
  for (const change of changes) {
    const count = change.value.length
    if (change.removed) {
      for (const section of previous.slice(previousIndex, previousIndex + count)) {
        if (!currentKeys.has(section.lineageKey)) {
          pairs.push({ status: 'removed', current: null, previous: section })
        }
      }
      previousIndex += count
      continue
    }
    for (const section of current.slice(currentIndex, currentIndex + count)) {
      const counterpart = previousByKey.get(section.lineageKey) ?? null
      pairs.push({
        status: counterpart ? 'paired' : 'added',
        current: section,
        previous: counterpart,
      })
    }
    currentIndex += count
    if (!change.added) {
      previousIndex += count
    }
  }
  return pairs
}
