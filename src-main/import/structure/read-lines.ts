import type { ParagraphHints, SourceAttachment, SourceBlock } from '../source-paragraph'
import { isCreditsLine, isProse } from './line-shapes'

/** A non-empty trimmed paragraph; `formattedLead` is its bold leading run after trimming. */
export interface Line {
  kind: 'paragraph'
  text: string
  hints?: ParagraphHints
  formattedLead: number
}

/** A line or an attachment, in reading order. */
export type Item = Line | SourceAttachment

/** The font size and family of body text, when formatting hints give them. */
export interface BodyStyle {
  fontSizePt?: number
  fontFamily?: string
}

/** The report's lines with what is known about them all. */
export interface Reading {
  items: Item[]
  style: BodyStyle
  /** Index of the first trailing credits line, or `items.length` when there are none. */
  creditsStart: number
  /** Whether a prose paragraph or an attachment follows the item before the credits. */
  contentAfter: boolean[]
}

/**
 * The report's non-empty paragraphs (trimmed) and attachments, with the body text's style and where
 * the trailing credits start; undefined when there is no paragraph or attachment at all.
 */
export function readLines(blocks: SourceBlock[]): Reading | undefined {
  const items = normalizeBlocks(blocks)
  return items.length === 0 ? undefined : readItems(items)
}

function normalizeBlocks(blocks: SourceBlock[]): Item[] {
  const items: Item[] = []
  for (const block of blocks) {
    if (block.kind === 'attachment') {
      items.push(block)
      continue
    }
    const text = block.text.trim()
    if (text === '') {
      continue
    }
    const indent = block.text.length - block.text.trimStart().length
    const boldRun = (block.hints?.leadLength ?? 0) - indent
    const formattedLead = Math.min(Math.max(boldRun, 0), text.length)
    items.push({ kind: 'paragraph', text, hints: block.hints, formattedLead })
  }
  return items
}

function readItems(items: Item[]): Reading {
  const style = measureBodyStyle(items)
  const creditsStart = findCreditsStart(items)
  const contentAfter: boolean[] = Array.from({ length: items.length }, () => false)
  let seen = false
  for (let index = creditsStart - 1; index >= 0; index--) {
    contentAfter[index] = seen
    const item = items[index]
    seen ||= item.kind === 'attachment' || isProse(style, item)
  }
  return { items, style, creditsStart, contentAfter }
}

/** The body's font size and family: the ones carrying the most text. */
function measureBodyStyle(items: Item[]): BodyStyle {
  const sizes = new Map<number, number>()
  const families = new Map<string, number>()
  for (const item of items) {
    if (item.kind !== 'paragraph' || !item.hints) {
      continue
    }
    const { fontSizePt, fontFamily } = item.hints
    if (fontSizePt !== undefined) {
      sizes.set(fontSizePt, (sizes.get(fontSizePt) ?? 0) + item.text.length)
    }
    if (fontFamily !== undefined) {
      families.set(fontFamily, (families.get(fontFamily) ?? 0) + item.text.length)
    }
  }
  return { fontSizePt: mostWeighted(sizes), fontFamily: mostWeighted(families) }
}

function mostWeighted<T>(weights: Map<T, number>): T | undefined {
  let best: T | undefined
  let bestWeight = -1
  for (const [value, weight] of weights) {
    if (weight > bestWeight) {
      best = value
      bestWeight = weight
    }
  }
  return best
}

function findCreditsStart(items: Item[]): number {
  let start = items.length
  let hasStrongLine = false
  for (let index = items.length - 1; index >= 0; index--) {
    const item = items[index]
    if (item.kind === 'attachment') {
      continue
    }
    if (!isCreditsLine(item.text, 'any')) {
      break
    }
    hasStrongLine ||= isCreditsLine(item.text, 'strong')
    start = index
  }
  return hasStrongLine ? start : items.length
}

/** The next line before the credits, skipping attachments. */
export function nextLineIndex(reading: Reading, index: number): number | undefined {
  for (let next = index + 1; next < reading.creditsStart; next++) {
    if (reading.items[next].kind === 'paragraph') {
      return next
    }
  }
  return undefined
}

/** Whether there is an item at `index` and it is prose. */
export function isProseItem(reading: Reading, index: number | undefined): boolean {
  return index !== undefined && isProse(reading.style, reading.items[index])
}

/** The first prose paragraph, or the credits' start when there is none: where the front matter ends. */
export function findFirstProse(reading: Reading): number {
  for (let index = 0; index < reading.creditsStart; index++) {
    if (isProse(reading.style, reading.items[index])) {
      return index
    }
  }
  return reading.creditsStart
}
