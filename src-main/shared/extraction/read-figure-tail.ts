import type { FigureQualifier } from './extracted-figure'
import type { UnitMatch } from './match-unit'
import { matchUnit } from './match-unit'
import type { DurationKind } from './read-duration'

/** What follows a number inside a figure's span: space, 余/多, multiplier, unit, 以上 …. */
export interface FigureTail {
  end: number
  /** Power of ten of the multiplier: 4 for 万, 8 for 亿; 0 when none is written. */
  exponent: number
  multiplier: string
  unit: UnitMatch | undefined
  qualifier: FigureQualifier
  /** Set when the number is a length of time (过去三年) or a streak (连续五年, 连续三届). */
  duration?: DurationKind
}

const multipliers: [string, number][] = [
  ['万亿', 12],
  ['千万', 7],
  ['百万', 6],
  ['亿', 8],
  ['万', 4],
]

const trailingQualifiers: [string, FigureQualifier][] = [
  ['及以上', 'over'],
  ['及以下', 'under'],
  ['以上', 'over'],
  ['以下', 'under'],
  ['以内', 'under'],
  ['左右', 'about'],
  ['上下', 'about'],
]

function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\u3000' || char === '\u00a0'
}

function isInnerQualifier(char: string | undefined): boolean {
  return char === '余' || char === '多'
}

function readTrailingQualifier(
  text: string,
  position: number,
): [string, FigureQualifier] | undefined {
  const trailing = trailingQualifiers.find(([written]) => text.startsWith(written, position))
  return trailing && !(trailing[0] === '上下' && text[position + 2] === '游') ? trailing : undefined
}

/**
 * Reads the tail of a figure whose number ends at `start`. Arabic numbers may take one stray
 * space ("451 亿元") and a multiplier; Chinese numerals carry their 万/亿 themselves. Returns
 * undefined when neither a unit nor a multiplier follows: a bare number is no figure. In
 * 'qualifier-only' mode (百分之五十以上) just a trailing 以上/以下/左右 is read, if any.
 */
export function readFigureTail(
  text: string,
  start: number,
  numerals: 'arabic' | 'chinese' | 'qualifier-only',
): FigureTail | undefined {
  if (numerals === 'qualifier-only') {
    const trailing = readTrailingQualifier(text, start)
    const end = start + (trailing?.[0].length ?? 0)
    const qualifier = trailing?.[1] ?? 'exact'
    return { end, exponent: 0, multiplier: '', unit: undefined, qualifier }
  }
  let position = start
  if (numerals === 'arabic' && isSpace(text[position]) && !isSpace(text[position + 1])) {
    position++
  }
  let qualifier: FigureQualifier = 'exact'
  if (isInnerQualifier(text[position])) {
    qualifier = 'about'
    position++
  }
  let exponent = 0
  let multiplier = ''
  if (numerals === 'arabic') {
    const found = multipliers.find(([written]) => text.startsWith(written, position))
    if (found) {
      multiplier = found[0]
      exponent = found[1]
      position += multiplier.length
      if (qualifier === 'exact' && isInnerQualifier(text[position])) {
        qualifier = 'about'
        position++
      }
    }
  }
  const unit = matchUnit(text, position, numerals)
  if (!unit && !multiplier) {
    return undefined
  }
  position = unit ? unit.end : position
  const trailing = readTrailingQualifier(text, position)
  if (trailing) {
    position += trailing[0].length
    qualifier = qualifier === 'exact' ? trailing[1] : qualifier
  }
  return { end: position, exponent, multiplier, unit, qualifier }
}
