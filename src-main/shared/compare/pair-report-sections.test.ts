import { describe, expect, it } from 'vitest'
import { pairReportSections } from './pair-report-sections'

const sections = (...keys: string[]) => keys.map((lineageKey) => ({ lineageKey }))

/** The pairs as "status:current/previous" keys, for reading a whole order at once. */
function shape(current: string[], previous: string[]): string[] {
  return pairReportSections(sections(...current), sections(...previous)).map(
    (pair) =>
      `${pair.status}:${pair.current?.lineageKey ?? '-'}/${pair.previous?.lineageKey ?? '-'}`,
  )
}

describe('pairReportSections', () => {
  it('pairs every section of an unchanged outline with its counterpart, in order', () => {
    expect(shape(['a', 'b', 'c'], ['a', 'b', 'c'])).toEqual([
      'paired:a/a',
      'paired:b/b',
      'paired:c/c',
    ])
  })

  it('shows a new section where it stands and a dropped one where it stood', () => {
    expect(shape(['a', 'n', 'c', 'd'], ['a', 'b', 'c', 'd'])).toEqual([
      'paired:a/a',
      'removed:-/b',
      'added:n/-',
      'paired:c/c',
      'paired:d/d',
    ])
    expect(shape(['b', 'c'], ['a', 'b', 'c', 'd'])).toEqual([
      'removed:-/a',
      'paired:b/b',
      'paired:c/c',
      'removed:-/d',
    ])
  })

  it('pairs a moved section at its new place and does not also show it removed', () => {
    expect(shape(['a', 'c', 'b', 'd'], ['a', 'b', 'c', 'd'])).toEqual([
      'paired:a/a',
      'paired:c/c',
      'paired:b/b',
      'paired:d/d',
    ])
  })

  it('is all added without a last year and all removed without a this year', () => {
    expect(shape(['a', 'b'], [])).toEqual(['added:a/-', 'added:b/-'])
    expect(shape([], ['a', 'b'])).toEqual(['removed:-/a', 'removed:-/b'])
  })

  it('hands back the same section objects', () => {
    const current = sections('a')
    const previous = sections('a')
    const [pair] = pairReportSections(current, previous)
    expect(pair.current).toBe(current[0])
    expect(pair.previous).toBe(previous[0])
  })
})
